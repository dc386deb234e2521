package nl.verhuurtoezicht.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** What the archive and a PDF reader see without reading the letter, and the font the letters use. */
class PdfMetadataTest {

    @Test
    void titleSubjectAuthorAndLanguageDescribeTheLetterEvenWithMarkupCharacters() throws IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("letters");
        java.nio.file.Files.createDirectories(dir.resolve("nl"));
        java.nio.file.Files.writeString(dir.resolve("nl/ontvangstbevestiging-aanvraag.txt"),
                "onderwerp: Aanvraag {{naam}}\n---\nTekst.\n");
        byte[] pdf = new LetterRenderer(LetterFixtures.nijmegen(dir), LetterFixtures.CLOCK).render(
                LetterKind.ONTVANGSTBEVESTIGING_AANVRAAG, new LetterData(LetterFixtures.LANDLORD, "Z-9", LetterFixtures.DATE,
                        LetterLanguage.NL, Map.of("naam", "Jansen & Zn <Holding> \"B.V.\"")), "Z-9-1").pdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Aanvraag Jansen & Zn <Holding> \"B.V.\"");
            assertThat(info.getSubject()).isEqualTo("Z-9-1");
            assertThat(info.getAuthor()).isEqualTo("Gemeente Nijmegen");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("Aanvraag Jansen &amp; Zn &lt;Holding&gt; &quot;B.V.&quot;", "<pdfaid:part>2</pdfaid:part>",
                    "2026-11-23T10:15:00+01:00");
        }
        assertThat(PdfAConformance.failures(pdf)).isEmpty();
    }

    @Test
    void letterFontKeepsEveryGlyphButNoSubstitutionTable() throws IOException {
        byte[] original;
        try (InputStream in = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            original = in.readAllBytes();
        }
        try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
             TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(LetterFont.withoutGlyphSubstitution()))) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB").hasSize(before.getTableMap().size() - 1);
            assertThat(after.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            for (int codePoint : "ëéĳłżșțЖ€".codePoints().toArray()) {
                assertThat(after.getUnicodeCmapLookup().getGlyphId(codePoint)).as("glyph for U+%04X", codePoint)
                        .isEqualTo(before.getUnicodeCmapLookup().getGlyphId(codePoint)).isPositive();
            }
        }
    }
}
