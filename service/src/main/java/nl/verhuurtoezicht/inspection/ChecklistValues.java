package nl.verhuurtoezicht.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values the checklist page shows in its fields: the last draft saved on the server, or what was just submitted
 * when it had problems. The page script may replace them with a newer draft kept on the phone.
 */
public final class ChecklistValues {

    private final Map<String, List<String>> values;

    private ChecklistValues(Map<String, List<String>> values) {
        this.values = values;
    }

    static ChecklistValues of(Map<String, List<String>> submitted) {
        return new ChecklistValues(new LinkedHashMap<>(submitted));
    }

    /** Reads a stored draft: an object of field name to a string or an array of strings. */
    static ChecklistValues ofDraft(ObjectMapper json, String draftJson) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (draftJson != null) {
            try {
                JsonNode fields = json.readTree(draftJson);
                fields.fields().forEachRemaining(e -> {
                    List<String> list = new ArrayList<>();
                    if (e.getValue().isArray()) {
                        e.getValue().forEach(v -> list.add(v.asText()));
                    } else {
                        list.add(e.getValue().asText());
                    }
                    values.put(e.getKey(), list);
                });
            } catch (Exception e) {
                // A draft that cannot be read is shown as an empty form; the inspector's phone still has its own copy.
                values.clear();
            }
        }
        return new ChecklistValues(values);
    }

    public String first(String field) {
        List<String> list = values.get(field);
        return list == null || list.isEmpty() ? "" : list.get(0);
    }

    public boolean has(String field, String value) {
        List<String> list = values.get(field);
        return list != null && list.contains(value);
    }
}
