package nl.verhuurtoezicht.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalogue message with placeholders {measured}, {threshold}, {unit} and {detail}, split once into
 * parts so that rendering per finding is a plain concatenation.
 */
final class MessageTemplate {

    enum Placeholder { MEASURED, THRESHOLD, UNIT, DETAIL }

    private final Object[] parts;
    private final int literalLength;
    /** The whole message when the template has no placeholders, so that rendering it allocates nothing. */
    private final String constant;

    private MessageTemplate(List<Object> parts) {
        this.parts = parts.toArray();
        this.literalLength = parts.stream().filter(String.class::isInstance).mapToInt(p -> ((String) p).length()).sum();
        this.constant = parts.stream().allMatch(String.class::isInstance)
                ? parts.stream().map(String.class::cast).collect(Collectors.joining()) : null;
    }

    /** @throws InvalidInputException at {@code path} for an unknown or unclosed placeholder */
    static MessageTemplate compile(String text, String path) {
        List<Object> parts = new ArrayList<>();
        int position = 0;
        while (position < text.length()) {
            int open = text.indexOf('{', position);
            if (open < 0) {
                parts.add(text.substring(position));
                break;
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new InvalidInputException(path, "unclosed placeholder in '" + text + "'");
            }
            if (open > position) {
                parts.add(text.substring(position, open));
            }
            parts.add(placeholder(text.substring(open + 1, close), path));
            position = close + 1;
        }
        return new MessageTemplate(List.copyOf(parts));
    }

    private static Placeholder placeholder(String name, String path) {
        for (Placeholder p : Placeholder.values()) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new InvalidInputException(path, "unknown placeholder {" + name
                + "} (expected {measured}, {threshold}, {unit} or {detail})");
    }

    /** Measures are formatted only when the template uses them; a missing measure shows as a dash. */
    String render(Measure measured, Measure threshold, String unit, String detail, Language language) {
        if (constant != null) {
            return constant;
        }
        StringBuilder message = new StringBuilder(literalLength + 32);
        for (Object part : parts) {
            if (part instanceof Placeholder p) {
                message.append(switch (p) {
                    case MEASURED -> display(measured, language);
                    case THRESHOLD -> display(threshold, language);
                    case UNIT -> unit;
                    case DETAIL -> detail;
                });
            } else {
                message.append((String) part);
            }
        }
        return message.toString();
    }

    private static String display(Measure measure, Language language) {
        return measure == null ? "—" : measure.display(language);
    }
}
