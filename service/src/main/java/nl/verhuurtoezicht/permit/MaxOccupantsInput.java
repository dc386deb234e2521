package nl.verhuurtoezicht.permit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.verhuurtoezicht.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Reads the maximum number of occupants per address that legal staff enter when granting. Field names are
 * {@code maxOccupants[<addressId>]}; a blank or missing field means the number applied for. Every number must be a whole
 * number from 1 to {@link SnfOccupancyLimit#upperBound}.
 */
@Component
class MaxOccupantsInput {

    /** The fieldset as a whole: an address that is not in the application has no field of its own. */
    static final String UNKNOWN_ADDRESS_FIELD = "maxOccupants";

    private final SnfOccupancyLimit limit;

    MaxOccupantsInput(SnfOccupancyLimit limit) {
        this.limit = limit;
    }

    static String field(long addressId) {
        return "maxOccupants[" + addressId + "]";
    }

    /**
     * The decided number per address id, in application order.
     *
     * @throws InvalidInputException naming the first bad field: not a whole number, below 1, above the bound, or an
     *                               address that is not in the application
     */
    Map<Long, Integer> read(Application application, Map<String, String> entered, LocalDate day) {
        Map<String, String> input = entered == null ? Map.of() : entered;
        for (String key : input.keySet()) {
            if (application.addresses().stream().noneMatch(a -> String.valueOf(a.addressId()).equals(key.strip()))) {
                throw new InvalidInputException(UNKNOWN_ADDRESS_FIELD, "permit.validation.maxOccupantsAddress",
                        "Address " + key + " is not in application " + application.caseNumber());
            }
        }
        Map<Long, Integer> decided = new LinkedHashMap<>();
        for (Application.ApplicationAddress address : application.addresses()) {
            String text = input.get(String.valueOf(address.addressId()));
            int bound = limit.upperBound(address, day);
            int number = text == null || text.isBlank() ? address.plannedOccupants() : wholeNumber(address, text);
            if (number < 1 || number > bound) {
                throw new InvalidInputException(field(address.addressId()), "permit.validation.maxOccupants",
                        "Maximum occupants for " + address.oneLine() + " must be from 1 to " + bound + ", not " + number);
            }
            decided.put(address.addressId(), number);
        }
        return decided;
    }

    private static int wholeNumber(Application.ApplicationAddress address, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field(address.addressId()), "permit.validation.maxOccupants",
                    "Maximum occupants for " + address.oneLine() + " is not a whole number: " + text);
        }
    }
}
