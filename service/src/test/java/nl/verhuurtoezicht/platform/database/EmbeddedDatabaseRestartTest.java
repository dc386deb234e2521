package nl.verhuurtoezicht.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import nl.verhuurtoezicht.VerhuurtoezichtApplication;
import nl.verhuurtoezicht.platform.startup.SystemEventRepository;
import nl.verhuurtoezicht.platform.startup.SystemEventRepository.SystemEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aRowWrittenBeforeARestartIsReadBackAfterIt() {
        long written;
        try (ConfigurableApplicationContext first = start()) {
            written = first.getBean(SystemEventRepository.class).record("TEST", "written before restart");
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(SystemEventRepository.class).latest(10))
                    .extracting(SystemEvent::id, SystemEvent::detail)
                    .contains(org.assertj.core.groups.Tuple.tuple(written, "written before restart"));
        }
    }

    @Test
    void aPostgresLeftBehindByAKilledJvmIsStoppedAndItsCommittedDataKept() throws Exception {
        Path directory = dataDir.resolve("postgres");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitThenWait.class.getName(), directory.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(CommitThenWait.COMMITTED)) {
                // skip PostgreSQL's start-up log
            }
            assertThat(line).as("child JVM committed its row").isEqualTo(CommitThenWait.COMMITTED);
            child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs, PostgreSQL is orphaned
        }

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(directory, 0);
             Connection c = restarted.superuserDataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select v from survivor")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("committed");
        }
    }

    /** Runs in a child JVM: commits a row, says so, and waits to be killed. */
    public static final class CommitThenWait {
        static final String COMMITTED = "COMMITTED";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0);
            try (Connection c = server.superuserDataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("create table survivor (v text)");
                s.execute("insert into survivor values ('committed')");
            }
            System.out.println(COMMITTED);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(VerhuurtoezichtApplication.class)
                .run("--verhuurtoezicht.data-dir=" + dataDir, "--server.port=0");
    }
}
