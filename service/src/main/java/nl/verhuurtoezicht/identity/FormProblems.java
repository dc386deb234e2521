package nl.verhuurtoezicht.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/** Field name to message key, in the order found; empty means the input was accepted. */
public final class FormProblems {

    private final Map<String, String> byField = new LinkedHashMap<>();

    void add(String field, String messageKey) {
        byField.putIfAbsent(field, messageKey);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public Map<String, String> byField() {
        return Map.copyOf(byField);
    }

    public String get(String field) {
        return byField.get(field);
    }
}
