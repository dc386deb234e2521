package nl.verhuurtoezicht.enforcement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.verhuurtoezicht.permit.Permit;
import org.springframework.stereotype.Component;

/** The values the voornemen and the besluit tot intrekking share: the permit, the grounds and their legal basis. */
@Component
class RevocationLetters {

    private final EnforcementRepository repository;
    private final EnforcementLetters letters;
    private final EnforcementProperties settings;

    RevocationLetters(EnforcementRepository repository, EnforcementLetters letters, EnforcementProperties settings) {
        this.repository = repository;
        this.letters = letters;
        this.settings = settings;
    }

    Map<String, Object> values(EnforcementCase c, Permit permit) {
        Map<String, Object> values = new HashMap<>();
        values.put("vergunningnummer", permit.permitNumber());
        values.put("vergunning_datum", permit.validFrom());
        values.put("grondslag_intrekking", settings.legalBasis().revocation());
        List<String> grounds = new ArrayList<>();
        letters.violationLines(c, repository.violations(c.caseId()))
                .forEach(line -> grounds.add("Op " + FineBasis.date(c.violationDate()) + " vastgesteld: " + line));
        grounds.add(c.sanctionReason());
        values.put("intrekkingsgronden", grounds);
        return values;
    }

    EnforcementLetters letters() {
        return letters;
    }
}
