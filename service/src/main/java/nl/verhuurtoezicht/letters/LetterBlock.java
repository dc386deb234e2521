package nl.verhuurtoezicht.letters;

import java.util.List;

/** One piece of a letter body after the template has been filled in, ready to lay out. */
public sealed interface LetterBlock {

    record Heading(int level, String text) implements LetterBlock {
    }

    record Paragraph(String text) implements LetterBlock {
    }

    record Bullet(String text) implements LetterBlock {
    }

    record Table(List<String> headers, List<Integer> widths, List<List<String>> rows) implements LetterBlock {
    }
}
