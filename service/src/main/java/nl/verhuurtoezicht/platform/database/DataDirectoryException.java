package nl.verhuurtoezicht.platform.database;

import java.nio.file.Path;

/** The configured data directory cannot be used; reported at start-up by {@link StartupFailureAnalyzer}. */
public class DataDirectoryException extends RuntimeException {

    private final Path directory;

    public DataDirectoryException(Path directory, String reason, Throwable cause) {
        super("Data directory " + directory.toAbsolutePath() + " cannot be used: " + reason, cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
