package nl.verhuurtoezicht.letters;

import java.util.List;

/**
 * A table for a {@code {{tabel:name}}} placeholder, e.g. inspection findings or amounts.
 * Cells are formatted like placeholder values (BigDecimal as euro amount, LocalDate as a date).
 *
 * @param headers column headings
 * @param widths  relative column widths, one per column
 * @param rows    rows with exactly one cell per column
 */
public record LetterTable(List<String> headers, List<Integer> widths, List<List<Object>> rows) {

    public LetterTable {
        if (headers == null || headers.isEmpty()) {
            throw new IllegalArgumentException("A letter table needs at least one column");
        }
        if (widths == null || widths.size() != headers.size() || widths.stream().anyMatch(w -> w == null || w <= 0)) {
            throw new IllegalArgumentException("A letter table needs one positive width per column " + headers);
        }
        if (rows == null || rows.isEmpty()) {
            throw new IllegalArgumentException("A letter table needs at least one row " + headers);
        }
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            if (row == null || row.size() != headers.size()) {
                throw new IllegalArgumentException("Row " + (i + 1) + " of table " + headers + " must have "
                        + headers.size() + " cells");
            }
        }
        headers = List.copyOf(headers);
        widths = List.copyOf(widths);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
