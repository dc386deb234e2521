package nl.verhuurtoezicht.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Finds template text: first in the configured folder (so legal staff can change wording without a
 * release), then on the classpath under {@code letters/}. Files are read on every use, so an edited
 * template takes effect with the next letter.
 */
final class LetterTemplates {

    private static final String CLASSPATH_ROOT = "letters/";

    private final Path overrideDirectory;

    LetterTemplates(Path overrideDirectory) {
        // A mistyped folder would silently fall back to the built-in wording; refuse it at start-up instead.
        if (overrideDirectory != null && !Files.isDirectory(overrideDirectory)) {
            throw new LetterTemplateException("verhuurtoezicht.letters.template-directory " + overrideDirectory.toAbsolutePath()
                    + " is not a directory");
        }
        this.overrideDirectory = overrideDirectory;
    }

    ParsedTemplate letter(LetterKind kind, LetterLanguage language) {
        if (!kind.supports(language)) {
            throw new LetterTemplateException("Letter kind " + kind + " exists in " + kind.languages() + ", not in " + language);
        }
        String relative = language.folder() + "/" + kind.template() + ".txt";
        return TemplateParser.parseLetter(relative, read(relative));
    }

    List<TemplateLine> fragment(LetterLanguage language, String name) {
        String relative = language.folder() + "/fragmenten/" + name + ".txt";
        return TemplateParser.parseFragment(relative, read(relative));
    }

    Properties labels(LetterLanguage language) {
        String relative = language.folder() + "/labels.properties";
        Properties labels = new Properties();
        try {
            labels.load(new StringReader(read(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }

    private String read(String relative) {
        if (overrideDirectory != null) {
            Path file = overrideDirectory.resolve(relative).normalize();
            if (file.startsWith(overrideDirectory.normalize()) && Files.isRegularFile(file)) {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new LetterTemplateException("Cannot read letter template " + file + ": " + e.getMessage(), e);
                }
            }
        }
        try (InputStream in = LetterTemplates.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + relative)) {
            if (in == null) {
                throw new LetterTemplateException("No letter template " + relative + " in "
                        + (overrideDirectory == null ? "" : overrideDirectory + " or ") + "classpath:" + CLASSPATH_ROOT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LetterTemplateException("Cannot read letter template classpath:" + CLASSPATH_ROOT + relative, e);
        }
    }
}
