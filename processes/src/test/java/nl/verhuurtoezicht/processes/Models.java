package nl.verhuurtoezicht.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The BPMN and DMN files this module ships. */
final class Models {

    static final Path ROOT = Path.of("src/main/resources");

    private Models() {
    }

    static List<Path> all() {
        if (!Files.isDirectory(ROOT)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
