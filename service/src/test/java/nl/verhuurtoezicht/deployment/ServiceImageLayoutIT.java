package nl.verhuurtoezicht.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rehearses {@code docker/Dockerfile} without a Docker engine, on the jar the package phase built: the build stage's
 * layer extraction command, the runtime stage's COPY of the layers into one directory, its environment and
 * ENTRYPOINT, and its HEALTHCHECK command, all read from the Dockerfile itself. The service must start from that
 * layout and the health check must report it healthy, as Docker would. Image pulls and the non-root user are what is
 * left for a machine with Docker (docker/README.md).
 */
class ServiceImageLayoutIT {

    private static final Path DOCKERFILE = Path.of("..", "docker", "Dockerfile");
    private static final Path JAR = Path.of("target", "verhuurtoezicht.jar");
    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path work;

    @Test
    void theRuntimeStageLayoutStartsAndPassesItsHealthCheck() throws Exception {
        String dockerfile = Files.readString(DOCKERFILE);
        assertThat(JAR).as("the jar the Dockerfile's build stage produces").exists();

        Path layers = work.resolve("layers");
        List<String> extract = extractCommand(dockerfile, layers);
        assertThat(run(extract, Path.of("."), Map.of(), Duration.ofMinutes(2))).as(String.join(" ", extract)).isZero();

        Path app = work.resolve("app");
        Files.createDirectories(app);
        List<String> copied = new ArrayList<>();
        Matcher copy = Pattern.compile("(?m)^COPY --from=build /layers/([\\w-]+)/ \\./$").matcher(dockerfile);
        while (copy.find()) {
            copyTree(layers.resolve(copy.group(1)), app);
            copied.add(copy.group(1));
        }
        assertThat(copied).as("layers copied by the runtime stage")
                .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

        int port = freePort();
        Path data = work.resolve("data");
        List<String> entrypoint = jsonArray(dockerfile, "ENTRYPOINT");
        assertThat(entrypoint.get(0)).isEqualTo("java");
        List<String> command = new ArrayList<>(entrypoint);
        command.set(0, javaBinary());
        // The image's ENV, with a free port and a temporary data directory instead of the volume.
        Map<String, String> env = Map.of("VERHUURTOEZICHT_DATA_DIR", data.toString(), "SERVER_PORT", String.valueOf(port));
        assertThat(dockerfile).contains("VERHUURTOEZICHT_DATA_DIR=").contains("SERVER_PORT=");
        Process service = start(command, app, env);
        try {
            List<String> healthCheck = jsonArray(dockerfile, "CMD");
            assertThat(healthCheck.get(0)).isEqualTo("bash");
            Instant until = Instant.now().plus(START);
            int health = -1;
            while (Instant.now().isBefore(until) && service.isAlive()) {
                health = run(healthCheck, app, env, Duration.ofSeconds(10));
                if (health == 0) {
                    break;
                }
                Thread.sleep(1000);
            }
            assertThat(health).as("HEALTHCHECK exit code; log: " + tail(work.resolve("service.log"))).isZero();
            assertThat(Files.readString(work.resolve("service.log"))).contains("Started VerhuurtoezichtApplication");
        } finally {
            service.destroy();
            if (!service.waitFor(60, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private Process start(List<String> command, Path app, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("service.log").toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    /** The {@code java -Djarmode=tools -jar ... extract ...} of the build stage, with its paths made local. */
    private static List<String> extractCommand(String dockerfile, Path destination) {
        Matcher m = Pattern.compile("java (-Djarmode=tools) -jar (\\S+) (extract [^\\n]*?)--destination (\\S+)").matcher(dockerfile);
        assertThat(m.find()).as("the layer extraction in the build stage").isTrue();
        List<String> command = new ArrayList<>(List.of(javaBinary(), m.group(1), "-jar", m.group(2)));
        command.addAll(List.of(m.group(3).trim().split("\\s+")));
        command.add("--destination");
        command.add(destination.toString());
        assertThat(Path.of(m.group(2))).as("the Dockerfile extracts the jar the service module builds")
                .isEqualTo(Path.of("service").resolve(JAR));
        command.set(3, JAR.toString());
        return command;
    }

    /** The JSON-array form of an instruction, e.g. {@code ENTRYPOINT ["java", "..."]}. */
    private static List<String> jsonArray(String dockerfile, String instruction) throws IOException {
        Matcher m = Pattern.compile("(?m)" + instruction + " (\\[.*\\])\\s*$").matcher(dockerfile);
        assertThat(m.find()).as(instruction + " in exec form").isTrue();
        String[] items = new com.fasterxml.jackson.databind.ObjectMapper().readValue(m.group(1), String[].class);
        return List.of(items);
    }

    private static int run(List<String> command, Path directory, Map<String, String> env, Duration timeout)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
