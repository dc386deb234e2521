package nl.verhuurtoezicht.letters;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Lays one letter out on A4 pages, top to bottom, starting a new page whenever the next line, table
 * row or kept-together block does not fit. Positions are in PDF points from the bottom-left corner.
 */
final class LetterLayout {

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float LEFT = 70;
    private static final float RIGHT = A4.getWidth() - 60;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float TOP = A4.getHeight();
    private static final float BOTTOM = 64;
    private static final float CONTINUATION_TOP = TOP - 80;

    private static final float BODY_SIZE = 10;
    private static final float BODY_LEADING = 14;
    private static final float SMALL_SIZE = 8;
    private static final float TABLE_SIZE = 8.5f;
    private static final float TABLE_LEADING = 11;
    private static final float CELL_PADDING = 3;
    private static final float BULLET_INDENT = 14;
    private static final float META_VALUE_X = LEFT + 85;

    private static final Color TEXT = Color.BLACK;
    private static final Color MUTED = new Color(90, 90, 90);
    private static final Color RULE = new Color(150, 150, 150);
    private static final Color HEADER_FILL = new Color(228, 232, 236);

    private final PDDocument document;
    private final PDType0Font font;
    private final LetterContent content;
    private final LetterProperties properties;
    private PDPageContentStream out;
    private float y;

    LetterLayout(PDDocument document, PDType0Font font, LetterContent content, LetterProperties properties) {
        this.document = document;
        this.font = font;
        this.content = content;
        this.properties = properties;
    }

    void firstPage(PDImageXObject logo) throws IOException {
        PDPage page = new PDPage(A4);
        document.addPage(page);
        out = new PDPageContentStream(document, page);

        if (logo != null) {
            float height = 50;
            float width = logo.getWidth() * height / logo.getHeight();
            out.drawImage(logo, LEFT, TOP - 40 - height, width, height);
        }
        LetterProperties.Municipality municipality = properties.municipality();
        float x = 380;
        float line = TOP - 55;
        text(x, line, municipality.name(), 12, true, TEXT);
        line -= 15;
        List<String> contact = new ArrayList<>(municipality.postalAddress());
        contact.add(content.label("telefoon") + " " + municipality.phone());
        contact.add(municipality.email());
        contact.add(municipality.website());
        for (String c : contact) {
            text(x, line, c, SMALL_SIZE, false, MUTED);
            line -= 10.5f;
        }

        line = TOP - 165;
        text(LEFT, line, content.addressee().name(), BODY_SIZE, false, TEXT);
        for (String address : content.addressee().addressLines()) {
            line -= 13;
            text(LEFT, line, address, BODY_SIZE, false, TEXT);
        }

        y = TOP - 262;
        meta(content.label("datum"), content.date());
        meta(content.label("kenmerk"), content.kenmerk());
        meta(content.label("zaaknummer"), content.caseReference());
        meta(content.label("onderwerp"), content.subject());
        y -= 18;
    }

    private void meta(String label, String value) throws IOException {
        text(LEFT, y - BODY_SIZE, label, SMALL_SIZE, true, MUTED);
        for (String line : wrap(value, BODY_SIZE, RIGHT - META_VALUE_X)) {
            text(META_VALUE_X, y - BODY_SIZE, line, BODY_SIZE, false, TEXT);
            y -= BODY_LEADING;
        }
    }

    void body() throws IOException {
        List<LetterBlock> blocks = content.body();
        for (int i = 0; i < blocks.size(); i++) {
            LetterBlock block = blocks.get(i);
            if (block instanceof LetterBlock.Heading h) {
                heading(h);
            } else if (block instanceof LetterBlock.Paragraph p) {
                paragraph(p.text());
            } else if (block instanceof LetterBlock.Bullet b) {
                boolean last = i + 1 == blocks.size() || !(blocks.get(i + 1) instanceof LetterBlock.Bullet);
                bullet(b.text(), BODY_SIZE, BODY_LEADING, last ? 6 : 2);
            } else if (block instanceof LetterBlock.Table t) {
                table(t);
            }
        }
    }

    private void heading(LetterBlock.Heading heading) throws IOException {
        float size = heading.level() == 1 ? 11 : BODY_SIZE;
        List<String> lines = wrap(heading.text(), size, WIDTH);
        // A heading never ends a page: keep it with at least two lines of what follows.
        ensure(4 + lines.size() * (size + 5) + 2 * BODY_LEADING);
        y -= 4;
        for (String line : lines) {
            text(LEFT, y - size, line, size, true, TEXT);
            y -= size + 5;
        }
    }

    private void paragraph(String text) throws IOException {
        List<String> lines = wrap(text, BODY_SIZE, WIDTH);
        ensure(Math.min(lines.size(), 2) * BODY_LEADING);
        for (String line : lines) {
            ensure(BODY_LEADING);
            text(LEFT, y - BODY_SIZE, line, BODY_SIZE, false, TEXT);
            y -= BODY_LEADING;
        }
        y -= 6;
    }

    private void bullet(String text, float size, float leading, float after) throws IOException {
        List<String> lines = wrap(text, size, WIDTH - BULLET_INDENT);
        ensure(Math.min(lines.size(), 2) * leading);
        text(LEFT + 3, y - size, "\u2022", size, false, TEXT);
        for (String line : lines) {
            ensure(leading);
            text(LEFT + BULLET_INDENT, y - size, line, size, false, TEXT);
            y -= leading;
        }
        y -= after;
    }

    private void table(LetterBlock.Table table) throws IOException {
        float total = table.widths().stream().mapToInt(Integer::intValue).sum();
        float[] widths = new float[table.widths().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = WIDTH * table.widths().get(c) / total;
        }
        List<List<String>> header = cells(table.headers(), widths);
        float headerHeight = rowHeight(header);
        ensure(headerHeight + TABLE_LEADING + 2 * CELL_PADDING);
        row(header, widths, true);
        float roomOnFreshPage = CONTINUATION_TOP - BOTTOM - headerHeight;
        for (List<String> row : table.rows()) {
            List<List<String>> cells = cells(row, widths);
            while (y - rowHeight(cells) < BOTTOM) {
                int linesThatFit = (int) ((y - BOTTOM - 2 * CELL_PADDING) / TABLE_LEADING);
                // A row taller than a whole page is cut between lines; any other row moves to the next page whole.
                if (rowHeight(cells) > roomOnFreshPage && linesThatFit >= 2) {
                    row(firstLines(cells, linesThatFit), widths, false);
                    cells = remainingLines(cells, linesThatFit);
                }
                newPage();
                row(header, widths, true);
            }
            row(cells, widths, false);
        }
        y -= 10;
    }

    private static List<List<String>> firstLines(List<List<String>> cells, int lines) {
        return cells.stream().map(c -> c.subList(0, Math.min(lines, c.size()))).toList();
    }

    private static List<List<String>> remainingLines(List<List<String>> cells, int lines) {
        return cells.stream().map(c -> c.subList(Math.min(lines, c.size()), c.size())).toList();
    }

    private List<List<String>> cells(List<String> texts, float[] widths) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            cells.add(wrap(texts.get(c), TABLE_SIZE, widths[c] - 2 * CELL_PADDING));
        }
        return cells;
    }

    private static float rowHeight(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * TABLE_LEADING + 2 * CELL_PADDING;
    }

    private void row(List<List<String>> cells, float[] widths, boolean header) throws IOException {
        float height = rowHeight(cells);
        float x = LEFT;
        if (header) {
            out.setNonStrokingColor(HEADER_FILL);
            out.addRect(LEFT, y - height, WIDTH, height);
            out.fill();
        }
        for (int c = 0; c < widths.length; c++) {
            float line = y - CELL_PADDING - TABLE_SIZE;
            for (String text : cells.get(c)) {
                text(x + CELL_PADDING, line, text, TABLE_SIZE, header, TEXT);
                line -= TABLE_LEADING;
            }
            out.setStrokingColor(RULE);
            out.setLineWidth(0.5f);
            out.addRect(x, y - height, widths[c], height);
            out.stroke();
            x += widths[c];
        }
        y -= height;
    }

    void closing() throws IOException {
        if (content.signed()) {
            LetterProperties.Signatory signatory = properties.signatory();
            List<String> mandate = wrap(signatory.mandateLine(), BODY_SIZE, WIDTH);
            // The signature block is kept on one page: a mandate line without a name proves nothing.
            ensure(12 + (mandate.size() + 1) * BODY_LEADING + 34 + 2 * BODY_LEADING);
            y -= 12;
            text(LEFT, y - BODY_SIZE, content.label("groet"), BODY_SIZE, false, TEXT);
            y -= BODY_LEADING;
            for (String line : mandate) {
                text(LEFT, y - BODY_SIZE, line, BODY_SIZE, false, TEXT);
                y -= BODY_LEADING;
            }
            y -= 34;
            text(LEFT, y - BODY_SIZE, signatory.name(), BODY_SIZE, true, TEXT);
            y -= BODY_LEADING;
            text(LEFT, y - BODY_SIZE, signatory.function(), BODY_SIZE, false, TEXT);
            y -= BODY_LEADING;
        }
        if (!content.enclosures().isEmpty()) {
            ensure(16 + 2 * 12);
            y -= 16;
            text(LEFT, y - 9, content.label("bijlagen"), 9, true, TEXT);
            y -= 13;
            for (String enclosure : content.enclosures()) {
                bullet(enclosure, 9, 12, 0);
            }
        }
        out.close();
    }

    void pageNumbers() throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream footer = PdfLetterRenderer.append(document, document.getPage(i))) {
                out = footer;
                String label = content.label("pagina").replace("{0}", Integer.toString(i + 1))
                        .replace("{1}", Integer.toString(pages));
                text(RIGHT - width(label, SMALL_SIZE), 36, label, SMALL_SIZE, false, MUTED);
            }
        }
        out = null;
    }

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        out.close();
        PDPage page = new PDPage(A4);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        String header = properties.municipality().name() + "  \u00b7  " + content.label("kenmerk") + " "
                + content.kenmerk() + "  \u00b7  " + content.date();
        text(LEFT, TOP - 50, header, SMALL_SIZE, false, MUTED);
        out.setStrokingColor(RULE);
        out.setLineWidth(0.5f);
        out.moveTo(LEFT, TOP - 56);
        out.lineTo(RIGHT, TOP - 56);
        out.stroke();
        y = CONTINUATION_TOP;
    }

    private void text(float x, float baseline, String text, float size, boolean bold, Color color) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(color);
        if (bold) {
            // Only the regular face ships with PDFBox; stroking the outline gives a bold weight.
            out.setRenderingMode(RenderingMode.FILL_STROKE);
            out.setStrokingColor(color);
            out.setLineWidth(size * 0.035f);
        } else {
            out.setRenderingMode(RenderingMode.FILL);
        }
        out.newLineAtOffset(x, baseline);
        try {
            out.showText(text);
        } catch (IllegalArgumentException e) {
            throw new LetterTemplateException("Letter " + content.kenmerk() + " contains a character the letter font cannot print: "
                    + e.getMessage(), e);
        }
        out.endText();
    }

    private float width(String text, float size) throws IOException {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IllegalArgumentException e) {
            throw new LetterTemplateException("Letter " + content.kenmerk() + " contains a character the letter font cannot print: "
                    + e.getMessage(), e);
        }
    }

    /** Breaks text into lines that fit the width; a newline in a value forces a break, an overlong word is cut. */
    private List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        float space = width(" ", size);
        for (String part : text.replace("\r", "").replace('\t', ' ').split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : part.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = width(word, size);
                if (line.length() > 0 && lineWidth + space + wordWidth <= maxWidth) {
                    line.append(' ').append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                }
                while (wordWidth > maxWidth) {
                    int fit = fittingPrefix(word, size, maxWidth);
                    lines.add(word.substring(0, fit));
                    word = word.substring(fit);
                    wordWidth = width(word, size);
                }
                line = new StringBuilder(word);
                lineWidth = wordWidth;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private int fittingPrefix(String word, float size, float maxWidth) throws IOException {
        int fit = 1;
        while (fit < word.length() && width(word.substring(0, fit + 1), size) <= maxWidth) {
            fit++;
        }
        return fit;
    }
}
