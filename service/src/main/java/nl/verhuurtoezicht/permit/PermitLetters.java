package nl.verhuurtoezicht.permit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.letters.Addressee;
import nl.verhuurtoezicht.letters.LetterData;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.LetterLanguage;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.property.Landlord;
import nl.verhuurtoezicht.property.PropertyRegister;
import org.springframework.stereotype.Component;

/** Fills the permit letters (templates of the letters feature) from an application; the case number is the kenmerk. */
@Component
class PermitLetters {

    private final LetterService letters;
    private final PropertyRegister properties;
    private final PermitProperties permit;
    private final Clock clock;

    PermitLetters(LetterService letters, PropertyRegister properties, PermitProperties permit, Clock clock) {
        this.letters = letters;
        this.properties = properties;
        this.permit = permit;
        this.clock = clock;
    }

    StoredLetter receipt(Application a, String key) {
        Map<String, Object> v = base(a);
        v.put("grondslag_verordening", permit.ordinance());
        v.put("beslistermijn", permit.decisionTerm());
        v.put("uiterlijke_beslisdatum", a.decisionDue());
        return issue(LetterKind.ONTVANGSTBEVESTIGING_AANVRAAG, a, v, key);
    }

    StoredLetter supplementRequest(Application a, List<String> missing, LocalDate supplementDue, String key) {
        Map<String, Object> v = base(a);
        v.put("ontbrekende_gegevens", missing);
        v.put("aanvullingstermijn", permit.supplementTerm());
        v.put("uiterste_aanvuldatum", supplementDue);
        return issue(LetterKind.VERZOEK_OM_AANVULLING, a, v, key);
    }

    StoredLetter notProcessed(Application a, LocalDate requestDate, List<String> missing, String key) {
        Map<String, Object> v = base(a);
        v.put("verzoek_datum", requestDate);
        v.put("uiterste_aanvuldatum", a.supplementDue());
        v.put("ontbrekende_gegevens", missing.isEmpty() ? List.of("de gevraagde aanvulling") : missing);
        return issue(LetterKind.BESLUIT_BUITEN_BEHANDELING, a, v, key);
    }

    StoredLetter extension(Application before, Application after, String reason, String key) {
        Map<String, Object> v = base(after);
        v.put("oorspronkelijke_beslisdatum", before.decisionDue());
        v.put("verdaging", permit.extension());
        v.put("nieuwe_beslisdatum", after.decisionDue());
        v.put("reden_verdaging", reason);
        return issue(LetterKind.VERDAGING_BESLISTERMIJN, after, v, key);
    }

    StoredLetter granted(Application a, Permit p, String key) {
        Map<String, Object> v = base(a);
        v.put("vergunningnummer", p.permitNumber());
        v.put("maximum_bewoners", p.addresses().stream().mapToInt(Permit.PermitAddress::maxOccupants).sum());
        v.put("grondslag_verordening", permit.ordinance());
        v.put("geldig_tot", p.validUntil());
        List<String> conditions = new ArrayList<>(a.conditions());
        if (conditions.isEmpty()) {
            conditions.add("U houdt zich aan de regels voor goed verhuurderschap (artikel 2 Wet goed verhuurderschap).");
        }
        v.put("voorschriften", conditions);
        v.put("motivering", "Uit uw aanvraag en de inspectie blijkt dat de verblijfsruimte voldoet aan de voorwaarden. "
                + "Er zijn geen weigeringsgronden.");
        v.put("leges", a.leges());
        return issue(LetterKind.VERGUNNING_VERLEEND, a, v, key);
    }

    /** The leges are due for handling the application, refused or not; the letter formats them as an amount. */
    StoredLetter refused(Application a, BigDecimal leges, String key) {
        Map<String, Object> v = base(a);
        v.put("grondslag_verordening", permit.ordinance());
        v.put("weigeringsgronden", a.grounds());
        v.put("motivering", "Wij hebben deze gronden getoetst aan uw aanvraag, de stukken die u heeft ingediend en de "
                + "uitkomst van de inspectie.");
        v.put("leges", leges);
        return issue(LetterKind.VERGUNNING_GEWEIGERD, a, v, key);
    }

    private Map<String, Object> base(Application a) {
        Map<String, Object> v = new HashMap<>();
        v.put("aanvraag_datum", a.submittedOn());
        v.put("adres_verblijfsruimte", a.addressesOneLine());
        return v;
    }

    private StoredLetter issue(LetterKind kind, Application a, Map<String, Object> values, String key) {
        Landlord landlord = properties.landlord(a.landlordId()).orElseThrow();
        Addressee addressee = new Addressee(landlord.name(),
                List.of(landlord.street(), landlord.postcode().formatted() + " " + landlord.city()));
        return letters.issue(kind, new LetterData(addressee, a.caseNumber(), LocalDate.now(clock), LetterLanguage.NL, values),
                key);
    }
}
