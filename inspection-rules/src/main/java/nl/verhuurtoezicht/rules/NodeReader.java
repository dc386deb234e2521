package nl.verhuurtoezicht.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads typed values out of a JSON/YAML object node and reports every problem with its JSON path.
 * A JSON {@code null} counts as absent.
 */
final class NodeReader {

    /** Dates outside these bounds are typing errors, and would overflow date arithmetic at the extremes. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

    private final JsonNode node;
    private final String path;

    private NodeReader(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static NodeReader root(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            throw new InvalidInputException("$", "empty input");
        }
        if (!node.isObject()) {
            throw new InvalidInputException("$", "expected an object");
        }
        return new NodeReader(node, "$");
    }

    String path() {
        return path;
    }

    String path(String field) {
        return path + "." + field;
    }

    boolean has(String field) {
        return present(field) != null;
    }

    /** Rejects field names this reader does not know, so that typos in configuration do not go unnoticed. */
    void rejectUnknownFields(Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new InvalidInputException(path(name), "unknown field (expected one of "
                        + known.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    NodeReader object(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw new InvalidInputException(path(field), "expected an object");
        }
        return new NodeReader(value, path(field));
    }

    List<NodeReader> objects(String field, boolean required) {
        List<NodeReader> result = new ArrayList<>();
        JsonNode array = array(field, required);
        if (array == null) {
            return null;
        }
        for (int i = 0; i < array.size(); i++) {
            String itemPath = path(field) + "[" + i + "]";
            if (!array.get(i).isObject()) {
                throw new InvalidInputException(itemPath, "expected an object");
            }
            result.add(new NodeReader(array.get(i), itemPath));
        }
        return result;
    }

    /** Non-blank strings, each passed through {@code convert}, which may throw IllegalArgumentException. */
    <T> List<T> texts(String field, boolean required, Function<String, T> convert) {
        JsonNode array = array(field, required);
        if (array == null) {
            return null;
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String itemPath = path(field) + "[" + i + "]";
            JsonNode item = array.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new InvalidInputException(itemPath, "expected a non-empty string");
            }
            try {
                result.add(convert.apply(item.asText().strip()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(itemPath, e.problem());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(itemPath, e.getMessage());
            }
        }
        return result;
    }

    String text(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidInputException(path(field), "expected a non-empty string");
        }
        return value.asText().strip();
    }

    Integer integer(String field, boolean required, Integer minimum) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidInputException(path(field), "expected a whole number (was " + value + ")");
        }
        int number = value.intValue();
        if (minimum != null && number < minimum) {
            throw new InvalidInputException(path(field), minimum == 0
                    ? "must not be negative (was " + number + ")"
                    : "must be at least " + minimum + " (was " + number + ")");
        }
        return number;
    }

    BigDecimal nonNegativeDecimal(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw new InvalidInputException(path(field), "expected a number (was " + value + ")");
        }
        BigDecimal number = value.decimalValue();
        if (number.signum() < 0) {
            throw new InvalidInputException(path(field), "must not be negative (was " + number.toPlainString() + ")");
        }
        return number;
    }

    Boolean bool(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new InvalidInputException(path(field), "expected true or false (was " + value + ")");
        }
        return value.booleanValue();
    }

    LocalDate date(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        try {
            if (!value.isTextual()) {
                throw new DateTimeParseException("not a string", value.toString(), 0);
            }
            LocalDate date = LocalDate.parse(value.asText());
            if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
                throw new InvalidInputException(path(field), "lies outside " + EARLIEST_DATE + " to " + LATEST_DATE
                        + " (was " + date + ")");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(path(field), "expected a date as yyyy-mm-dd (was " + value + ")");
        }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        return parseEnum(value, type, path(field));
    }

    static <E extends Enum<E>> E parseEnum(JsonNode value, Class<E> type, String path) {
        if (value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.asText())) {
                    return constant;
                }
            }
        }
        throw new InvalidInputException(path, "unknown value " + value + " (expected one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
    }

    static <E extends Enum<E>> E parseEnum(String value, Class<E> type, String path) {
        return parseEnum(TextNode.valueOf(value), type, path);
    }

    /** The value of a field as it is, or null when absent. */
    JsonNode raw(String field) {
        return present(field);
    }

    /** The object's own field names in document order. */
    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode array(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw new InvalidInputException(path(field), "expected an array");
        }
        return value;
    }

    private JsonNode value(String field, boolean required) {
        JsonNode value = present(field);
        if (value == null && required) {
            throw new InvalidInputException(path(field), "required field is missing");
        }
        return value;
    }

    private JsonNode present(String field) {
        JsonNode value = node.get(field);
        return value == null || value.getNodeType() == JsonNodeType.NULL ? null : value;
    }

    static String lowerCase(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
