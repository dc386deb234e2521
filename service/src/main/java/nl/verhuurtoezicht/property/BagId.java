package nl.verhuurtoezicht.property;

import java.util.regex.Pattern;
import nl.verhuurtoezicht.platform.InvalidInputException;

/**
 * Identification of a BAG verblijfsobject: 16 digits, the 4-digit municipality code, object type {@code 01}
 * (verblijfsobject), then a 10-digit serial. A permit is granted per verblijfsobject, so only that type is accepted.
 */
public record BagId(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}01\\d{10}");

    public BagId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("bagId", "validation.bagId",
                    "A BAG verblijfsobject id has 16 digits, the 5th and 6th being 01 (e.g. 0268010000012345)", value);
        }
    }

    public static BagId parse(String input) {
        return new BagId(input == null ? null : input.strip());
    }

    /** The municipality (gemeentecode) that issued the id, e.g. 0268 for Nijmegen. */
    public String municipalityCode() {
        return value.substring(0, 4);
    }
}
