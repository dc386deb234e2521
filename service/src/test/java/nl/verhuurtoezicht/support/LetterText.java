package nl.verhuurtoezicht.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import nl.verhuurtoezicht.letters.StoredLetter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a stored PDF letter with its white space collapsed, so assertions need not know the line breaks. */
public final class LetterText {

    private LetterText() {
    }

    public static String of(StoredLetter letter) {
        try (var document = Loader.loadPDF(letter.pdf())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
