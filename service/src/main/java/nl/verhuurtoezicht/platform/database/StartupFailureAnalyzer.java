package nl.verhuurtoezicht.platform.database;

import java.net.ConnectException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns the start-up failures a municipality's administrator can fix into one clear description and action,
 * instead of a wall of stack trace. Spring Boot already does this for a web port in use.
 */
class StartupFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    StartupFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        DataDirectoryException dataDirectory = find(failure, DataDirectoryException.class);
        if (dataDirectory != null) {
            return new FailureAnalysis(dataDirectory.getMessage(),
                    "Set verhuurtoezicht.data-dir (or VERHUURTOEZICHT_DATA_DIR) to a directory this user may write to.",
                    failure);
        }
        EmbeddedDatabaseStartException embedded = find(failure, EmbeddedDatabaseStartException.class);
        if (embedded != null) {
            return new FailureAnalysis(embedded.getMessage(),
                    "Check that no other Verhuurtoezicht uses " + embedded.directory().toAbsolutePath()
                            + " and that the disk is not full; or configure an external database with spring.datasource.url.",
                    failure);
        }
        SQLException sql = find(failure, SQLException.class);
        if (sql != null && isConnectionFailure(sql)) {
            String url = environment == null ? "the configured database" : environment.getProperty("spring.datasource.url", "the configured database");
            return new FailureAnalysis("Cannot connect to the database at " + url + ": " + sql.getMessage(),
                    "Check spring.datasource.url, spring.datasource.username and spring.datasource.password and that the "
                            + "database server is running and reachable; or remove spring.datasource.url to use the embedded database.",
                    failure);
        }
        return null;
    }

    private static boolean isConnectionFailure(SQLException sql) {
        String state = sql.getSQLState();
        return (state != null && (state.startsWith("08") || state.equals("28P01") || state.equals("3D000")))
                || find(sql, ConnectException.class) != null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
