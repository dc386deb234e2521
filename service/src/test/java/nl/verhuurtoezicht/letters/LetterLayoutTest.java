package nl.verhuurtoezicht.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page breaks, long tables, characters beyond ASCII, logo, and that veraPDF really rejects a plain PDF. */
class LetterLayoutTest {

    @TempDir
    Path templates;

    @Test
    void longLetterBreaksIntoNumberedPagesAndRepeatsTheTableHeader() throws IOException {
        Files.createDirectories(templates.resolve("nl"));
        StringBuilder body = new StringBuilder("onderwerp: Lange brief\n---\n");
        for (int i = 1; i <= 12; i++) {
            body.append("# Paragraaf ").append(i).append("\n")
                    .append("Alinea ").append(i).append(" ").append("met een lange zin die over meerdere regels loopt. ".repeat(8))
                    .append("\n\n");
        }
        body.append("{{tabel:rijen}}\nEinde van de brief.\n");
        Files.writeString(templates.resolve("nl/ontvangstbevestiging-aanvraag.txt"), body.toString());
        List<List<Object>> rows = new ArrayList<>();
        IntStream.rangeClosed(1, 60).forEach(i -> rows.add(List.of("Rij " + i, "Bevinding " + i + " met wat toelichting die moet afbreken in de cel", "voldoet niet")));
        LetterTable table = new LetterTable(List.of("Nummer", "Omschrijving", "Oordeel"), List.of(15, 60, 25), rows);

        byte[] pdf = new LetterRenderer(LetterFixtures.nijmegen(templates), LetterFixtures.CLOCK)
                .render(LetterKind.ONTVANGSTBEVESTIGING_AANVRAAG, new LetterData(LetterFixtures.LANDLORD, "Z-2026-0147",
                        LetterFixtures.DATE, LetterLanguage.NL, Map.of("rijen", table)), "Z-2026-0147-9").pdf();
        Pdfs.keepSample("layout-lange-brief", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(4);
            int pagesWithRows = 0;
            for (int p = 1; p <= pages; p++) {
                String page = pageText(document, p);
                assertThat(page).contains("pagina " + p + " van " + pages);
                if (p > 1) {
                    assertThat(page).contains("Gemeente Nijmegen · Kenmerk Z-2026-0147-9 · 23 november 2026");
                }
                if (page.contains("Rij ")) {
                    pagesWithRows++;
                    assertThat(page).as("table header repeated on page %d", p).contains("Nummer Omschrijving Oordeel");
                }
            }
            assertThat(pagesWithRows).isGreaterThanOrEqualTo(2);
            assertThat(lowestBaseline(document)).as("no text in the bottom margin except the page number").isGreaterThan(60);
        }
        String text = Pdfs.flatText(pdf);
        assertThat(text.indexOf("Rij 1 ")).isLessThan(text.indexOf("Rij 2 "));
        assertThat(text).contains("Rij 60", "Einde van de brief.", "mr. drs. A.M. de Vries");
    }

    @Test
    void tableRowTallerThanAPageContinuesOnTheNextPages() throws IOException {
        Files.createDirectories(templates.resolve("nl"));
        Files.writeString(templates.resolve("nl/ontvangstbevestiging-aanvraag.txt"), "onderwerp: Lange cel\n---\n{{tabel:rijen}}\n");
        StringBuilder cell = new StringBuilder();
        IntStream.rangeClosed(1, 400).forEach(i -> cell.append("woord").append(i).append(' '));
        cell.append("EINDE-CEL");
        LetterTable table = new LetterTable(List.of("Norm", "Toelichting"), List.of(20, 80),
                List.of(List.of("SNF-ROOF", cell.toString()), List.of("SNF-WC", "korte rij na de lange")));

        byte[] pdf = new LetterRenderer(LetterFixtures.nijmegen(templates), LetterFixtures.CLOCK)
                .render(LetterKind.ONTVANGSTBEVESTIGING_AANVRAAG, new LetterData(LetterFixtures.LANDLORD, "Z-1",
                        LetterFixtures.DATE, LetterLanguage.NL, Map.of("rijen", table)), "Z-1-1").pdf();

        String text = Pdfs.flatText(pdf);
        assertThat(text).contains("woord1 ", "woord200 ", "EINDE-CEL", "korte rij na de lange");
        assertThat(text.indexOf("woord399 ")).isLessThan(text.indexOf("EINDE-CEL"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(lowestBaseline(document)).isGreaterThan(60);
        }
        assertThat(PdfAConformance.failures(pdf)).isEmpty();
    }

    @Test
    void dutchPolishRomanianAndBulgarianLettersSurviveTheRoundTrip() {
        for (LetterLanguage language : LetterLanguage.values()) {
            byte[] pdf = new LetterRenderer(LetterFixtures.nijmegen(), LetterFixtures.CLOCK)
                    .render(LetterKind.HUURDERSINFORMATIE, LetterFixtures.data(LetterKind.HUURDERSINFORMATIE, language), "Z-2026-0147-2").pdf();
            Pdfs.keepSample("huurdersinformatie-" + language.folder(), pdf);
            String text = Pdfs.flatText(pdf);
            assertThat(text).contains("Andrzej Wiśniewski", "meldpunt.verhuur@nijmegen.nl", "Wet goed verhuurderschap");
            assertThat(PdfAConformance.failures(pdf)).as("PDF/A-2b of leaflet %s", language).isEmpty();
            switch (language) {
                case NL -> assertThat(text).contains("Uw rechten", "23 november 2026", "pagina 1 van");
                case EN -> assertThat(text).contains("Your rights", "twice the basic monthly rent", "page 1 of");
                case PL -> assertThat(text).contains("Twoje prawa", "dwukrotność", "Wynajmujący",
                        "23 listopada 2026 r.", "strona 1 z");
                case RO -> assertThat(text).contains("Drepturile dumneavoastră", "Țările de Jos", "garanția", "pagina 1 din");
                case BG -> assertThat(text).contains("Вашите права", "наемодателя", "23 ноември 2026 г.", "страница 1 от");
            }
        }
        byte[] dutch = new LetterRenderer(LetterFixtures.nijmegen(), LetterFixtures.CLOCK).render(LetterKind.INSPECTIERAPPORT,
                LetterFixtures.data(LetterKind.INSPECTIERAPPORT), "K-1").pdf();
        assertThat(Pdfs.flatText(dutch)).contains("Brink-Ëzerman", "geïnspecteerd", "R. Ţărănescu");
    }

    @Test
    void ijLigatureAndOtherNamesRenderInTheLetterFont() {
        Addressee addressee = new Addressee("Ĳsbrand Żółkiewski-Ștefănescu", List.of("Łódźstraat 1", "6500 AA Nijmegen"), "heer Żółkiewski");
        byte[] pdf = new LetterRenderer(LetterFixtures.nijmegen(), LetterFixtures.CLOCK).render(LetterKind.VERDAGING_BESLISTERMIJN,
                new LetterData(addressee, "Z-1", LetterFixtures.DATE, LetterLanguage.NL,
                        LetterFixtures.values(LetterKind.VERDAGING_BESLISTERMIJN)), "K-1").pdf();
        assertThat(Pdfs.flatText(pdf)).contains("Ĳsbrand Żółkiewski-Ștefănescu", "Łódźstraat 1", "Geachte heer Żółkiewski,");
    }

    @Test
    void logoFromConfigurationIsPrintedAndStaysPdfA() throws IOException {
        BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 0, 30));
        g.fillRect(0, 0, 60, 60);
        g.dispose();
        Path logo = templates.resolve("logo.png");
        ImageIO.write(image, "png", logo.toFile());
        LetterProperties base = LetterFixtures.nijmegen();
        LetterProperties.Municipality m = base.municipality();
        LetterProperties withLogo = new LetterProperties(new LetterProperties.Municipality(m.name(), m.college(), m.postalAddress(),
                m.phone(), m.email(), m.website(), logo), base.signatory(), base.remedies(), base.payment(), base.terms(),
                base.meldpunt(), null);

        byte[] pdf = new LetterRenderer(withLogo, LetterFixtures.CLOCK).render(LetterKind.VERDAGING_BESLISTERMIJN,
                LetterFixtures.data(LetterKind.VERDAGING_BESLISTERMIJN), "K-1").pdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getResources().getXObjectNames()).hasSize(1);
        }
        assertThat(PdfAConformance.failures(pdf)).isEmpty();
    }

    @Test
    void veraPdfRejectsAPlainPdfWithoutPdfAMetadata() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.beginText();
                out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                out.newLineAtOffset(70, 700);
                out.showText("Niet ingebedde letter, geen XMP");
                out.endText();
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            document.save(bytes);
            assertThat(PdfAConformance.failures(bytes.toByteArray())).isNotEmpty();
        }
    }

    private static String pageText(PDDocument document, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lowest baseline of body text on any page, in points from the bottom, ignoring the page-number line. */
    private static float lowestBaseline(PDDocument document) throws IOException {
        float[] lowest = {Float.MAX_VALUE};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (!text.startsWith("pagina")) {
                    for (TextPosition p : positions) {
                        float fromBottom = p.getPageHeight() - p.getYDirAdj();
                        lowest[0] = Math.min(lowest[0], fromBottom);
                    }
                }
            }
        };
        stripper.getText(document);
        return lowest[0];
    }
}
