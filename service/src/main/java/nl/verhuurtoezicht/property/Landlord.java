package nl.verhuurtoezicht.property;

import java.time.LocalDate;
import nl.verhuurtoezicht.platform.InvalidInputException;

/** A verhuurder: a natural person (identified by date of birth) or a company (identified by KvK number). */
public record Landlord(Long id, Kind kind, String name, KvkNumber kvkNumber, LocalDate dateOfBirth,
                       String street, Postcode postcode, String city, String email, String phone) {

    public enum Kind { NATURAL_PERSON, COMPANY }

    public Landlord {
        if (kind == Kind.COMPANY && kvkNumber == null) {
            throw new InvalidInputException("kvkNumber", "validation.kvkNumber.required",
                    "A company is identified by its KvK number");
        }
        if (kind == Kind.NATURAL_PERSON && dateOfBirth == null) {
            throw new InvalidInputException("dateOfBirth", "validation.dateOfBirth.required",
                    "A natural person is identified by date of birth");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "validation.name.required", "A name is required");
        }
    }
}
