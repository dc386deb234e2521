package nl.verhuurtoezicht.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws a {@link LetterContent} as an A4 PDF/A-2b letter: letterhead, envelope-window address,
 * reference block, body, signature, enclosures and "pagina X van Y" on every page.
 */
final class PdfLetterRenderer {

    private final byte[] fontBytes;
    /**
     * Parsed fonts ready for reuse: parsing the font file is the largest fixed cost of a letter. A parsed
     * font is used by one letter at a time; subsetting only reads it.
     */
    private final Queue<TrueTypeFont> parsedFonts = new ConcurrentLinkedQueue<>();
    private final byte[] logoBytes;
    private final LetterProperties properties;

    PdfLetterRenderer(LetterProperties properties) {
        this.properties = properties;
        this.fontBytes = LetterFont.withoutGlyphSubstitution();
        try {
            this.logoBytes = properties.municipality().logo() == null ? null
                    : Files.readAllBytes(properties.municipality().logo());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the letterhead logo " + properties.municipality().logo(), e);
        }
    }

    RenderedPdf render(LetterContent content, ZonedDateTime created) {
        TrueTypeFont parsed = borrowFont();
        try {
            RenderedPdf pdf = render(content, created, parsed);
            parsedFonts.add(parsed);
            return pdf;
        } catch (RuntimeException e) {
            closeQuietly(parsed);
            throw e;
        }
    }

    private RenderedPdf render(LetterContent content, ZonedDateTime created, TrueTypeFont parsed) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, parsed, true);
            PDImageXObject logo = logoBytes == null ? null
                    : PDImageXObject.createFromByteArray(document, logoBytes, "logo");
            LetterLayout layout = new LetterLayout(document, font, content, properties);
            layout.firstPage(logo);
            layout.body();
            layout.closing();
            layout.pageNumbers();

            GregorianCalendar calendar = GregorianCalendar.from(created.withNano(0));
            PdfA.apply(document, new PdfA.Description(content.subject(), content.kenmerk(),
                    properties.municipality().name(), content.language().tag(), calendar));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return new RenderedPdf(out.toByteArray(), document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render letter " + content.kenmerk(), e);
        }
    }

    private TrueTypeFont borrowFont() {
        TrueTypeFont font = parsedFonts.poll();
        if (font != null) {
            return font;
        }
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(fontBytes));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the letter font", e);
        }
    }

    private static void closeQuietly(TrueTypeFont font) {
        try {
            font.close();
        } catch (IOException e) {
            // The font was only ever read from memory; nothing is left open.
        }
    }

    static PDPageContentStream append(PDDocument document, PDPage page) throws IOException {
        return new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true);
    }
}
