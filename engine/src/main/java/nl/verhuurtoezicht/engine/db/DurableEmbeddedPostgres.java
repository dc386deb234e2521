package nl.verhuurtoezicht.engine.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A zonky embedded PostgreSQL whose data lives in a directory the caller keeps, with durability
 * switched back on (zonky is made for tests and turns fsync and synchronous_commit off).
 */
public final class DurableEmbeddedPostgres implements AutoCloseable {
  private final EmbeddedPostgres postgres;

  private DurableEmbeddedPostgres(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static DurableEmbeddedPostgres start(Path dataDirectory) throws IOException, SQLException {
    Files.createDirectories(dataDirectory);
    stopOrphanedServer(dataDirectory);
    EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setServerConfig("max_connections", "50")
        .start();
    DurableEmbeddedPostgres database = new DurableEmbeddedPostgres(postgres);
    database.requireDurable();
    return database;
  }

  public DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  private void requireDurable() throws SQLException {
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
        try (ResultSet rs = s.executeQuery("show " + setting)) {
          rs.next();
          if (!"on".equals(rs.getString(1))) {
            throw new IllegalStateException("embedded PostgreSQL runs with " + setting + "=" + rs.getString(1)
                + "; the engine needs it on to be durable");
          }
        }
      }
    }
  }

  /**
   * A kill -9 of the JVM leaves its PostgreSQL server running on the data directory. It is ours:
   * stop it (a smart shutdown, its clients are gone) so that a new server can start there.
   */
  private static void stopOrphanedServer(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
    Optional<ProcessHandle> server;
    try {
      server = ProcessHandle.of(Long.parseLong(firstLine));
    } catch (NumberFormatException e) {
      return;
    }
    if (server.isEmpty() || !server.get().isAlive()) {
      return;
    }
    ProcessHandle process = server.get();
    process.destroy();
    try {
      process.onExit().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
