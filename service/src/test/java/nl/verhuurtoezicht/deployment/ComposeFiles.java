package nl.verhuurtoezicht.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** Environment of a service as compose merges it when both files are given with -f (maps merge key by key). */
    static Map<String, String> environment(String service, Map<String, Object>... files) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Map<String, Object> file : files) {
            map(service(file, service), "environment").forEach((k, v) -> environment.put(k, String.valueOf(v)));
        }
        return environment;
    }
}
