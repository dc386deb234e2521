package nl.verhuurtoezicht.engine.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * PostgreSQL's own counters (pg_stat_database, pg_stat_wal), read around a measuring window to
 * show what each completed instance cost the database: commits, WAL flushes (fsyncs shared by
 * group commit), statements touching rows, and new sessions (a pool that reconnects shows here).
 * Backends report their statistics with a delay of up to about a second, so these are close, not exact.
 */
record DatabaseCounters(long commits, long rollbacks, long sessions, long walSyncs, long rowsWritten, long rowsRead) {

  static DatabaseCounters read(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("select pg_stat_clear_snapshot()");
      try (ResultSet db = s.executeQuery("select xact_commit, xact_rollback, sessions,"
              + " tup_inserted + tup_updated + tup_deleted, tup_returned + tup_fetched"
              + " from pg_stat_database where datname = current_database()")) {
        db.next();
        long commits = db.getLong(1);
        long rollbacks = db.getLong(2);
        long sessions = db.getLong(3);
        long written = db.getLong(4);
        long read = db.getLong(5);
        try (ResultSet wal = s.executeQuery("select wal_sync from pg_stat_wal")) {
          wal.next();
          return new DatabaseCounters(commits, rollbacks, sessions, wal.getLong(1), written, read);
        }
      }
    }
  }

  DatabaseCounters minus(DatabaseCounters earlier) {
    return new DatabaseCounters(commits - earlier.commits, rollbacks - earlier.rollbacks,
        sessions - earlier.sessions, walSyncs - earlier.walSyncs, rowsWritten - earlier.rowsWritten,
        rowsRead - earlier.rowsRead);
  }

  String perInstance(double instances) {
    double n = Math.max(instances, 1);
    return String.format("%d commits (%.2f per completed instance), %d rollbacks, %d WAL fsyncs (%.3f per instance),"
            + " %.1f rows written and %.1f rows read per instance, %d new database sessions",
        commits, commits / n, rollbacks, walSyncs, walSyncs / n, rowsWritten / n, rowsRead / n, sessions);
  }
}
