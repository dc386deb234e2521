package nl.verhuurtoezicht.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL runs as a child process. When the JVM is killed with {@code kill -9} the child survives and keeps
 * the data directory locked, so the next start would fail. Before starting, a postmaster left behind on our own
 * data directory is asked to shut down (its clients died with the JVM, so a smart shutdown completes at once;
 * committed data is safe either way because PostgreSQL recovers from its WAL).
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path directory) {
        Optional<ProcessHandle> orphan = runningPostmaster(directory);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("A PostgreSQL (pid {}) from an earlier run still holds {}; stopping it first", process.pid(), directory);
        process.destroy();
        try {
            process.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new EmbeddedDatabaseStartException(directory, new IllegalStateException(
                    "PostgreSQL process " + process.pid() + " from an earlier run did not stop within "
                            + SHUTDOWN_WAIT.toSeconds() + " s; stop it by hand", e));
        }
    }

    private static Optional<ProcessHandle> runningPostmaster(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 2) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            Path recordedDirectory = Path.of(lines.get(1).trim());
            if (!sameDirectory(recordedDirectory, directory)) {
                return Optional.empty();
            }
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
