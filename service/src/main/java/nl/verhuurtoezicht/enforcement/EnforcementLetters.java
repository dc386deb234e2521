package nl.verhuurtoezicht.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.verhuurtoezicht.letters.Addressee;
import nl.verhuurtoezicht.letters.LetterData;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.LetterLanguage;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.Landlord;
import nl.verhuurtoezicht.property.PropertyRegister;
import nl.verhuurtoezicht.rules.Language;
import nl.verhuurtoezicht.rules.RuleCatalogue;
import nl.verhuurtoezicht.rules.RuleVersion;
import org.springframework.stereotype.Component;

/**
 * Letter data of an enforcement case: the landlord as addressee, the address, the violations in words. The case
 * number is the kenmerk; the idempotency key is the process step, so a job delivered twice gets one letter.
 */
@Component
class EnforcementLetters {

    private final LetterService letters;
    private final PropertyRegister properties;
    private final RuleCatalogue rules;
    private final Clock clock;

    EnforcementLetters(LetterService letters, PropertyRegister properties, RuleCatalogue rules, Clock clock) {
        this.letters = letters;
        this.properties = properties;
        this.rules = rules;
        this.clock = clock;
    }

    StoredLetter issue(EnforcementCase c, LetterKind kind, Map<String, Object> values, String step) {
        return letters.issue(kind, data(c, values), step);
    }

    LetterData data(EnforcementCase c, Map<String, Object> values) {
        return dataFor(c, c.caseNumber(), values);
    }

    /** Letter data filed under another case of the same matter, such as the BZ- case of an objection. */
    LetterData dataFor(EnforcementCase c, String caseNumber, Map<String, Object> values) {
        Map<String, Object> all = new HashMap<>(values);
        all.put("adres_verblijfsruimte", addressLine(c));
        return new LetterData(addressee(c), caseNumber, LocalDate.now(clock), LetterLanguage.NL, all);
    }

    /**
     * The besluit's account of the zienswijze on its voornemen and the reply to it (Awb 4:8, 3:46): what the landlord
     * said and when, or that they said nothing, and the reply legal staff gave.
     */
    void putZienswijze(Map<String, Object> values, EnforcementCase c, String reply) {
        values.put("zienswijze", c.zienswijze() == null ? "U heeft geen zienswijze gegeven."
                : "U heeft op " + FineBasis.date(c.zienswijzeOn()) + " uw zienswijze gegeven: " + c.zienswijze());
        values.put("reactie_zienswijze", reply == null
                ? "Wij hebben daarom beslist op grond van de feiten in het rapport." : reply);
    }

    LetterService letters() {
        return letters;
    }

    List<StoredLetter> lettersOf(String caseNumber) {
        return letters.lettersOfCase(caseNumber);
    }

    String addressLine(EnforcementCase c) {
        return c.addressId() == null ? "(adres onbekend)"
                : properties.address(c.addressId()).map(Address::oneLine).orElse("(adres onbekend)");
    }

    /** The landlord at their correspondence address, or else "the landlord of" the let address. */
    Addressee addressee(EnforcementCase c) {
        Landlord landlord = properties.landlord(c.landlordId())
                .orElseThrow(() -> new IllegalStateException("Case " + c.caseNumber() + " has no landlord " + c.landlordId()));
        if (landlord.street() != null && landlord.postcode() != null && landlord.city() != null) {
            return new Addressee(landlord.name(), List.of(landlord.street(), landlord.postcode().formatted() + " " + landlord.city()));
        }
        Address address = c.addressId() == null ? null : properties.address(c.addressId()).orElse(null);
        if (address == null) {
            throw new IllegalStateException("Case " + c.caseNumber() + ": landlord " + landlord.name()
                    + " has no correspondence address and the case no address");
        }
        String number = address.houseNumber() + (address.houseNumberAddition() == null ? "" : " " + address.houseNumberAddition());
        return new Addressee(landlord.name(), List.of(address.street() + " " + number,
                address.postcode().formatted() + " " + address.city()));
    }

    /** The occupants of the let address: tenants' names are not in the register. */
    Addressee occupants(EnforcementCase c) {
        Address address = c.addressId() == null ? null : properties.address(c.addressId()).orElse(null);
        if (address == null) {
            throw new IllegalStateException("Case " + c.caseNumber() + " has no address to write to its tenants");
        }
        String number = address.houseNumber() + (address.houseNumberAddition() == null ? "" : " " + address.houseNumberAddition());
        return Addressee.occupantsOf(List.of(address.street() + " " + number,
                address.postcode().formatted() + " " + address.city()));
    }

    /** "SNF-WC: Toiletten ..." for each violation, as the letters list them. */
    List<String> violationLines(EnforcementCase c, List<Violation> violations) {
        return violations.stream().map(v -> rule(v.ruleId(), c.violationDate())
                .map(r -> r.title().in(Language.NL) + " (" + v.ruleId() + "): " + r.norm().in(Language.NL))
                .orElse(v.ruleId())).toList();
    }

    /** What the landlord must do: meet the norm of each violated rule, as warnings and lasten state it. */
    List<String> remedyLines(EnforcementCase c, List<Violation> violations) {
        return violations.stream().map(x -> rule(x.ruleId(), c.violationDate())
                .map(r -> "Zorg dat voldaan is aan: " + r.norm().in(Language.NL)).orElse(x.ruleId())).toList();
    }

    /** The rules and their legal sources, for "overtreden voorschrift". */
    String violatedProvisions(EnforcementCase c, List<Violation> violations) {
        return String.join("; ", violations.stream().map(v -> rule(v.ruleId(), c.violationDate())
                .map(r -> v.ruleId() + " (" + r.legalSource().reference() + ")").orElse(v.ruleId())).toList());
    }

    java.util.Optional<RuleVersion> rule(String ruleId, LocalDate day) {
        if (!rules.ruleIds().contains(ruleId)) {
            return java.util.Optional.empty();
        }
        java.util.Optional<RuleVersion> inForce = rules.rule(ruleId, day);
        if (inForce.isPresent()) {
            return inForce;
        }
        List<RuleVersion> versions = rules.versions(ruleId);
        return versions.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(versions.get(versions.size() - 1));
    }
}
