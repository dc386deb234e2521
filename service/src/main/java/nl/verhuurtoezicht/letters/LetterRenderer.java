package nl.verhuurtoezicht.letters;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HexFormat;

/**
 * Turns letter data into a PDF/A letter without storing it: for previews and for the archive.
 * Same data, same kenmerk and same clock give the same bytes.
 */
public class LetterRenderer {

    private final LetterComposer composer;
    private final PdfLetterRenderer pdf;
    private final Clock clock;

    public LetterRenderer(LetterProperties properties, Clock clock) {
        this.composer = new LetterComposer(new LetterTemplates(properties.templateDirectory()), properties);
        this.pdf = new PdfLetterRenderer(properties);
        this.clock = clock;
    }

    /**
     * @throws MissingLetterValueException when the template needs a value the data lacks
     * @throws LetterTemplateException     when the template or a value cannot make a letter
     */
    public RenderedLetter render(LetterKind kind, LetterData data, String kenmerk) {
        return render(kind, data, kenmerk, null);
    }

    RenderedLetter render(LetterKind kind, LetterData data, String kenmerk, LetterComposer.Correction correction) {
        if (kind == null || data == null || kenmerk == null || kenmerk.isBlank()) {
            throw new IllegalArgumentException("Rendering a letter needs a kind, data and a kenmerk");
        }
        LetterContent content = composer.compose(kind, data, kenmerk, correction);
        RenderedPdf rendered = pdf.render(content, ZonedDateTime.now(clock));
        return new RenderedLetter(kind, kenmerk, data.caseReference(), rendered.bytes(), rendered.pages(),
                sha256(rendered.bytes()));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
