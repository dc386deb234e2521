package nl.verhuurtoezicht.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The letter font: Liberation Sans, which ships inside PDFBox (Latin incl. Dutch, Polish and Romanian
 * letters, and Cyrillic for Bulgarian), so no system font is needed.
 *
 * <p>Its glyph-substitution table (GSUB) is dropped once at start-up: PDFBox would otherwise run
 * regular-expression based substitution over every line drawn, which costs most of the rendering
 * time, while Latin and Cyrillic letters need no substitution.
 */
final class LetterFont {

    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final int HEADER = 12;
    private static final int ENTRY = 16;

    private LetterFont() {
    }

    static byte[] withoutGlyphSubstitution() {
        try (InputStream in = PDFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox no longer ships " + RESOURCE);
            }
            return dropTable(in.readAllBytes(), "GSUB");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the letter font " + RESOURCE, e);
        }
    }

    /** Removes one entry from a TrueType table directory; table data stays in place, unreferenced. */
    static byte[] dropTable(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(in.getShort(4));
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            String entryTag = new String(font, HEADER + i * ENTRY, 4, StandardCharsets.US_ASCII);
            if (!entryTag.equals(tag)) {
                kept.add(i);
            }
        }
        if (kept.size() == tables) {
            return font;
        }
        // Every table now starts one directory entry earlier.
        ByteBuffer out = ByteBuffer.allocate(font.length - ENTRY);
        out.put(font, 0, HEADER);
        int count = kept.size();
        int power = Integer.highestOneBit(count);
        out.putShort(4, (short) count);
        out.putShort(6, (short) (power * 16));
        out.putShort(8, (short) Integer.numberOfTrailingZeros(power));
        out.putShort(10, (short) (count * 16 - power * 16));
        out.position(HEADER);
        for (int i : kept) {
            int entry = HEADER + i * ENTRY;
            out.put(font, entry, 8);
            out.putInt(in.getInt(entry + 8) - ENTRY);
            out.putInt(in.getInt(entry + 12));
        }
        int rest = HEADER + tables * ENTRY;
        out.put(font, rest, font.length - rest);
        return out.array();
    }
}
