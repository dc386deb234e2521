package nl.verhuurtoezicht.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading letters back the way a reader or an archivist would. */
final class Pdfs {

    static final Path SAMPLES = Path.of("target", "letter-samples");

    private Pdfs() {
    }

    /** Text of all pages with runs of whitespace folded to single spaces, so assertions ignore line breaks. */
    static String flatText(byte[] pdf) {
        return text(pdf).replaceAll("\\s+", " ");
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void keepSample(String name, byte[] pdf) {
        try {
            Files.createDirectories(SAMPLES);
            Files.write(SAMPLES.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
