package nl.verhuurtoezicht.property;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.verhuurtoezicht.platform.InvalidInputException;

/** A Dutch postcode, stored as {@code 6511AB}; typed as "6511 ab" it is normalised. PostNL never issues SA, SD or SS. */
public record Postcode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[1-9]\\d{3}[A-Z]{2}");
    private static final Set<String> NEVER_ISSUED = Set.of("SA", "SD", "SS");

    public Postcode {
        if (value == null || !FORMAT.matcher(value).matches() || NEVER_ISSUED.contains(value.substring(4))) {
            throw new InvalidInputException("postcode", "validation.postcode",
                    "A Dutch postcode is four digits (not starting with 0) and two letters, e.g. 6511 AB", value);
        }
    }

    public static Postcode parse(String input) {
        return new Postcode(input == null ? null : input.replace(" ", "").strip().toUpperCase(Locale.ROOT));
    }

    /** As printed on letters: {@code 6511 AB}. */
    public String formatted() {
        return value.substring(0, 4) + " " + value.substring(4);
    }
}
