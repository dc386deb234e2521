package nl.verhuurtoezicht.property;

import java.util.regex.Pattern;
import nl.verhuurtoezicht.platform.InvalidInputException;

/** A Kamer van Koophandel registration number: exactly eight digits. */
public record KvkNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{8}");

    public KvkNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("kvkNumber", "validation.kvkNumber",
                    "A KvK number has exactly 8 digits", value);
        }
    }

    public static KvkNumber parse(String input) {
        return new KvkNumber(input == null ? null : input.replace(" ", "").strip());
    }
}
