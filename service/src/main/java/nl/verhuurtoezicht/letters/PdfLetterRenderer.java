package nl.verhuurtoezicht.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws a {@link LetterContent} as an A4 PDF/A-2b letter: letterhead, envelope-window address,
 * reference block, body, signature, enclosures and "pagina X van Y" on every page.
 */
final class PdfLetterRenderer {

    /** Liberation Sans ships inside PDFBox: Latin incl. Dutch, Polish and Romanian letters, and Cyrillic. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final byte[] fontBytes;
    private final byte[] logoBytes;
    private final LetterProperties properties;

    PdfLetterRenderer(LetterProperties properties) {
        this.properties = properties;
        try (InputStream font = PDFont.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("PDFBox no longer ships " + FONT);
            }
            this.fontBytes = font.readAllBytes();
            this.logoBytes = properties.municipality().logo() == null ? null
                    : Files.readAllBytes(properties.municipality().logo());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read letter font or logo " + properties.municipality().logo(), e);
        }
    }

    RenderedPdf render(LetterContent content, ZonedDateTime created) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, new java.io.ByteArrayInputStream(fontBytes), true);
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

    static PDPageContentStream append(PDDocument document, PDPage page) throws IOException {
        return new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true);
    }
}
