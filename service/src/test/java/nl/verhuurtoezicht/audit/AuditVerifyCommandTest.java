package nl.verhuurtoezicht.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import nl.verhuurtoezicht.VerhuurtoezichtApplication;
import nl.verhuurtoezicht.platform.database.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verify command as an operator runs it ({@code --audit-verify}, in its own JVM): exit code 1 and the row
 * number when a row was changed directly in the database. (Exit code 0 for an intact chain: see docs/identity.md.)
 */
class AuditVerifyCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void theCommandExitsWithOneAndNamesTheRowChangedInTheDatabase() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), 0);
             Connection connection = postgres.superuserDataSource().getConnection()) {
            Flyway.configure().dataSource(postgres.superuserDataSource()).locations("classpath:db/migration").load().migrate();
            String previous = AuditHash.GENESIS;
            for (long seq = 1; seq <= 3; seq++) {
                previous = insert(connection, seq, previous, "fine EUR " + seq + ",000");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
                statement.executeUpdate("update audit_entry set after_state = 'fine EUR 200' where seq = 2");
            }
        }

        Result tampered = runCommand();
        assertThat(tampered.exitCode()).as(tampered.output()).isEqualTo(1);
        assertThat(tampered.output()).contains("Audit trail: 3 rows checked, 1 broken link(s)")
                .contains("row 2: content does not match its hash (row was changed)");
    }

    private static String insert(Connection connection, long seq, String previousHash, String after) throws Exception {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = AuditHash.of(previousHash, seq, at, "jurist@gemeente.nl", "LEGAL", "FINE_DECIDED", "case:1", null, after);
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_entry (seq, occurred_at, actor, actor_role,"
                + " action, case_ref, before_state, after_state, previous_hash, hash) values (?, ?, ?, ?, ?, ?, null, ?, ?, ?)")) {
            insert.setLong(1, seq);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setString(3, "jurist@gemeente.nl");
            insert.setString(4, "LEGAL");
            insert.setString(5, "FINE_DECIDED");
            insert.setString(6, "case:1");
            insert.setString(7, after);
            insert.setString(8, previousHash);
            insert.setString(9, hash);
            insert.executeUpdate();
        }
        return hash;
    }

    private record Result(int exitCode, String output) {
    }

    private Result runCommand() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), VerhuurtoezichtApplication.class.getName(),
                "--audit-verify", "--spring.main.web-application-type=none", "--verhuurtoezicht.data-dir=" + dataDir)
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("command finished").isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
