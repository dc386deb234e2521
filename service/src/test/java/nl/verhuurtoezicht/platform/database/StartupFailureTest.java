package nl.verhuurtoezicht.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verhuurtoezicht.VerhuurtoezichtApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A bad configuration stops the start at once with a description and an action, not only a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    @TempDir
    Path temp;

    @Test
    void unwritableDataDirectoryIsNamed(CapturedOutput output) throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> start("verhuurtoezicht.data-dir=" + file.resolve("data")));

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Data directory " + file.resolve("data").resolve("postgres").toAbsolutePath() + " cannot be used")
                .contains("Set verhuurtoezicht.data-dir");
    }

    @Test
    void unreachableExternalDatabaseIsNamed(CapturedOutput output) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/verhuurtoezicht";

        assertThatThrownBy(() -> start("spring.datasource.url=" + url, "spring.datasource.username=x",
                "spring.datasource.hikari.connection-timeout=2000", "spring.datasource.hikari.initialization-fail-timeout=1"));

        assertThat(output).contains("Cannot connect to the database at " + url)
                .contains("remove spring.datasource.url to use the embedded database");
    }

    @Test
    void portInUseIsNamed(CapturedOutput output) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> start("server.port=" + port, "verhuurtoezicht.data-dir=" + temp.resolve("data")));

            assertThat(output).contains("Port " + port + " was already in use");
        }
    }

    private void start(String... properties) {
        boolean portGiven = java.util.Arrays.stream(properties).anyMatch(p -> p.startsWith("server.port="));
        String[] args = java.util.stream.Stream.concat(portGiven ? java.util.stream.Stream.empty() : java.util.stream.Stream.of("server.port=0"),
                java.util.Arrays.stream(properties)).map(p -> "--" + p).toArray(String[]::new);
        new SpringApplicationBuilder(VerhuurtoezichtApplication.class).run(args).close();
    }
}
