package nl.verhuurtoezicht.inspection;

import java.io.IOException;
import java.io.UncheckedIOException;
import nl.verhuurtoezicht.letters.StoredLetter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of an archived letter, for an e-mail that carries it. The mail feature sends plain text without
 * attachments, so the mail holds the letter's words and the PDF stays in the archive.
 */
public final class LetterText {

    private LetterText() {
    }

    public static String of(StoredLetter letter) {
        try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
            return new PDFTextStripper().getText(pdf).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the text of letter " + letter.kenmerk(), e);
        }
    }
}
