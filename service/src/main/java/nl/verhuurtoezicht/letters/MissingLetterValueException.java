package nl.verhuurtoezicht.letters;

import java.util.List;

/** Rendering stopped because placeholders had no value: a letter with a hole in it is never produced. */
public class MissingLetterValueException extends LetterTemplateException {

    private final List<String> placeholders;

    public MissingLetterValueException(String template, List<String> placeholders) {
        super("Letter template " + template + " cannot be rendered: no value for placeholder(s) "
                + placeholders.stream().map(p -> "{{" + p + "}}").toList());
        this.placeholders = List.copyOf(placeholders);
    }

    public List<String> placeholders() {
        return placeholders;
    }
}
