package nl.verhuurtoezicht.inspection;

import java.util.List;
import nl.verhuurtoezicht.identity.Account;
import nl.verhuurtoezicht.identity.AccountRepository;
import nl.verhuurtoezicht.letters.Addressee;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.Landlord;
import nl.verhuurtoezicht.property.PropertyRegister;
import org.springframework.stereotype.Component;

/** What the letters of an inspection share: the landlord as addressee and the inspectors as the letter names them. */
@Component
class InspectionLetters {

    private final PropertyRegister property;
    private final AccountRepository accounts;

    InspectionLetters(PropertyRegister property, AccountRepository accounts) {
        this.property = property;
        this.accounts = accounts;
    }

    /** The landlord at their correspondence address, or else "De verhuurder" at the let address. */
    Addressee landlordOf(Address address) {
        Landlord landlord = address.landlordId() == null ? null : property.landlord(address.landlordId()).orElse(null);
        if (landlord != null && landlord.street() != null && landlord.postcode() != null && landlord.city() != null) {
            return new Addressee(landlord.name(),
                    List.of(landlord.street(), landlord.postcode().formatted() + " " + landlord.city()));
        }
        String name = landlord == null ? "De verhuurder" : landlord.name();
        String number = address.houseNumber()
                + (address.houseNumberAddition() == null || address.houseNumberAddition().isBlank() ? "" : " " + address.houseNumberAddition());
        return new Addressee(name, List.of(address.street() + " " + number, address.postcode().formatted() + " " + address.city()));
    }

    /** "toezichthouder <name>", the way the report names who inspected. */
    String inspectors(String username) {
        return "toezichthouder " + displayName(username);
    }

    /**
     * Who comes, for the announcement's "inspecteren … de verblijfsruimte": toezichthouders usually visit in pairs and
     * only the planned one is known, so the plural names them as a group.
     */
    String announcedInspectors(String username) {
        return username == null ? "toezichthouders van de gemeente"
                : "toezichthouders van de gemeente, onder wie " + displayName(username) + ",";
    }

    private String displayName(String username) {
        return username == null ? "" : accounts.findByUsername(username).map(Account::displayName).orElse(username);
    }
}
