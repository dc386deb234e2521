package nl.verhuurtoezicht.platform.database;

import java.nio.file.Path;

/** The embedded PostgreSQL did not start on an otherwise usable data directory. */
public class EmbeddedDatabaseStartException extends RuntimeException {

    private final Path directory;

    public EmbeddedDatabaseStartException(Path directory, Throwable cause) {
        super("The embedded PostgreSQL could not start in " + directory.toAbsolutePath() + ": " + cause.getMessage(), cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
