package nl.verhuurtoezicht.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL (zonky binaries) on a data directory that survives restarts.
 *
 * <p>zonky is built for tests and starts PostgreSQL with fsync and synchronous_commit off; the embedded
 * default keeps a municipality's data, so both are switched back on and checked after start-up.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path directory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    public static EmbeddedPostgresServer start(Path directory, int port) {
        prepareDirectory(directory);
        OrphanedPostmaster.stopIfRunning(directory);
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start(), directory);
            server.verifyDurability();
            return server;
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseStartException(directory, e);
        }
    }

    private static void prepareDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException | SecurityException e) {
            throw new DataDirectoryException(directory, "it cannot be created (" + e + ")", e);
        }
        if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new DataDirectoryException(directory, "it is not a writable directory", null);
        }
        Path probe = directory.resolve(".write-test");
        try {
            Files.writeString(probe, "ok");
            Files.delete(probe);
        } catch (IOException e) {
            throw new DataDirectoryException(directory, "writing to it failed (" + e.getMessage() + ")", e);
        }
    }

    private void verifyDurability() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rs = statement.executeQuery("SHOW " + setting)) {
                    rs.next();
                    String value = rs.getString(1);
                    if (!"on".equals(value)) {
                        throw new IllegalStateException("embedded PostgreSQL runs with " + setting + "=" + value
                                + "; committed data could be lost on a crash");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not verify durability settings of the embedded PostgreSQL", e);
        }
        log.info("Embedded PostgreSQL on 127.0.0.1:{} with data in {} (fsync, synchronous_commit, full_page_writes on)",
                postgres.getPort(), directory.toAbsolutePath());
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    public DataSource superuserDataSource() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
