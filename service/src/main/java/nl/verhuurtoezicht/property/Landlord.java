package nl.verhuurtoezicht.property;

import java.time.LocalDate;
import nl.verhuurtoezicht.platform.InvalidInputException;

/**
 * A verhuurder: a natural person (identified by date of birth) or a company (identified by KvK number). A landlord
 * who only registered an account may still lack identification and address; {@link #requireComplete()} is what a
 * permit application asks before it is submitted.
 */
public record Landlord(Long id, Kind kind, String name, KvkNumber kvkNumber, LocalDate dateOfBirth,
                       String street, Postcode postcode, String city, String email, String phone) {

    public enum Kind { NATURAL_PERSON, COMPANY }

    public Landlord {
        if (kind == Kind.COMPANY && kvkNumber == null) {
            throw new InvalidInputException("kvkNumber", "validation.kvkNumber.required",
                    "A company is identified by its KvK number");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "validation.name.required", "A name is required");
        }
    }

    /** The ordinance's application form needs identification and an address (Valkenburg verordening art. 4(a)). */
    public Landlord requireComplete() {
        if (street == null || street.isBlank() || postcode == null || city == null || city.isBlank()) {
            throw new InvalidInputException("street", "validation.address.required",
                    "A correspondence address (street, postcode, city) is required");
        }
        return requireIdentification();
    }

    private Landlord requireIdentification() {
        if (kind == Kind.COMPANY && kvkNumber == null) {
            throw new InvalidInputException("kvkNumber", "validation.kvkNumber.required",
                    "A company is identified by its KvK number");
        }
        if (kind == Kind.NATURAL_PERSON && dateOfBirth == null) {
            throw new InvalidInputException("dateOfBirth", "validation.dateOfBirth.required",
                    "A natural person is identified by date of birth");
        }
        return this;
    }
}
