package nl.verhuurtoezicht.permit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.verhuurtoezicht.platform.InvalidInputException;

/** Every problem of one form at once (field to message key, in form order), so the error summary lists them all. */
final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Runs one check; its {@link InvalidInputException} is recorded under {@code field} and null is returned. */
    <T> T check(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            add(field, e.messageKey());
            return null;
        }
    }

    void add(String field, String messageKey) {
        byField.putIfAbsent(field, messageKey);
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Thrown when the form had problems; carries all of them. */
    void throwIfAny() {
        if (!byField.isEmpty()) {
            throw new InvalidApplicationException(byField);
        }
    }

    /** A form with one or more problems; nothing was stored. */
    static final class InvalidApplicationException extends InvalidInputException {
        private final Map<String, String> problems;

        InvalidApplicationException(Map<String, String> ordered) {
            super(ordered.keySet().iterator().next(), ordered.values().iterator().next(),
                    "The application has " + ordered.size() + " problem(s): " + ordered);
            this.problems = new LinkedHashMap<>(ordered);
        }

        Map<String, String> problems() {
            return new LinkedHashMap<>(problems);
        }
    }
}
