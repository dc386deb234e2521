package nl.verhuurtoezicht.letters;

/** A body element of a template before its placeholders are filled in. */
sealed interface TemplateLine {

    record Heading(int level, String text) implements TemplateLine {
    }

    record Paragraph(String text) implements TemplateLine {
    }

    record Bullet(String text) implements TemplateLine {
    }

    /** {@code {{tabel:name}}}, {@code {{lijst:name}}} or {@code {{fragment:name}}} alone on a line. */
    record Directive(String type, String name) implements TemplateLine {
    }
}
