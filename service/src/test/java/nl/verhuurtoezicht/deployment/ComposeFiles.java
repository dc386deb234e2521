package nl.verhuurtoezicht.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** The files under {@code docker/}, read as plain YAML maps (anchors and merge keys resolved by SnakeYAML). */
final class ComposeFiles {

    static final Path DOCKER = Path.of("../docker");
    static final Path COMPOSE = DOCKER.resolve("compose.yaml");
    static final Path CLUSTER = DOCKER.resolve("compose.cluster.yaml");
    static final Path DOCKERFILE = DOCKER.resolve("Dockerfile");
    static final Path ENV_EXAMPLE = DOCKER.resolve(".env.example");

    private ComposeFiles() {
    }

    static Map<String, Object> read(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    static Map<String, Object> services(Map<String, Object> compose) {
        return map(compose, "services");
    }

    static Map<String, Object> service(Map<String, Object> compose, String name) {
        return map(services(compose), name);
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::([-?])([^}]*))?}");

    /** The variables of {@code docker/.env.example}, as compose reads an env file (NAME=value, # comments). */
    static Map<String, String> exampleVariables() {
        try {
            Map<String, String> variables = new LinkedHashMap<>();
            for (String line : Files.readAllLines(ENV_EXAMPLE)) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0) {
                    variables.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
                }
            }
            return variables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compose's interpolation of ${NAME}, ${NAME:-default} and ${NAME:?error}. */
    static String interpolate(String value, Map<String, String> variables) {
        return VARIABLE.matcher(value).replaceAll(match -> {
            String name = match.group(1);
            String set = variables.get(name);
            if (set != null && !set.isEmpty()) {
                return Matcher.quoteReplacement(set);
            }
            if ("?".equals(match.group(2))) {
                throw new IllegalArgumentException(name + " is not set: " + match.group(3));
            }
            return Matcher.quoteReplacement(match.group(3) == null ? "" : match.group(3));
        });
    }

    /** Environment of a service as compose merges it when both files are given with -f (maps merge key by key). */
    static Map<String, String> environment(String service, Map<String, Object>... files) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Map<String, Object> file : files) {
            map(service(file, service), "environment").forEach((k, v) -> environment.put(k, String.valueOf(v)));
        }
        return environment;
    }
}
