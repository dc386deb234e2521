package nl.verhuurtoezicht.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docker Compose's own validation ({@code config}), which needs no Docker engine: with the {@code docker compose}
 * plugin where it is installed, else the standalone {@code docker-compose} (Debian's package, which
 * {@code .ci/install-test-tools} installs). Skipped with a message where neither exists.
 */
class ComposeValidationTest {

    private static List<String> compose;

    @BeforeAll
    static void findCompose() {
        if (exitCode(List.of("docker", "compose", "version")) == 0) {
            compose = List.of("docker", "compose");
        } else if (exitCode(List.of("docker-compose", "version")) == 0) {
            compose = List.of("docker-compose");
        }
    }

    @Test
    void composeFileValidates() {
        Result result = config(ComposeFiles.COMPOSE);
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void threeBrokerVariantValidatesOnTopOfIt() {
        Result result = config(ComposeFiles.COMPOSE, ComposeFiles.CLUSTER);
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void withoutPasswordsComposeRefusesToStartAndSaysWhichOneIsMissing(@TempDir Path directory) throws IOException {
        assumeTrue(compose != null, "neither `docker compose` nor `docker-compose` installed: run .ci/install-test-tools");
        Path emptyEnvironment = Files.createFile(directory.resolve("empty.env"));
        List<String> command = new ArrayList<>(compose);
        command.addAll(List.of("--env-file", emptyEnvironment.toString(), "-f", ComposeFiles.COMPOSE.toString(), "config", "-q"));
        Result result = run(command);
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("set POSTGRES_PASSWORD in docker/.env");
    }

    private static Result config(Path... files) {
        assumeTrue(compose != null, "neither `docker compose` nor `docker-compose` installed: run .ci/install-test-tools");
        List<String> command = new ArrayList<>(compose);
        command.addAll(List.of("--env-file", ComposeFiles.ENV_EXAMPLE.toString()));
        for (Path file : files) {
            command.addAll(List.of("-f", file.toString()));
        }
        command.addAll(List.of("config", "-q"));
        return run(command);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            // Only the variables of the env file count, not whatever the developer's shell exports.
            builder.environment().keySet().removeIf(k -> k.startsWith("POSTGRES_") || k.startsWith("CAMUNDA_"));
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("compose finished").isTrue();
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int exitCode(List<String> command) {
        return run(command).exitCode();
    }
}
