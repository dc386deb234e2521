package nl.verhuurtoezicht.enforcement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The values the voornemen and the besluit last onder dwangsom share: violations, remedy, sums and legal basis. */
@Component
class DwangsomLetters {

    private final EnforcementRepository repository;
    private final EnforcementLetters letters;
    private final EnforcementProperties settings;

    DwangsomLetters(EnforcementRepository repository, EnforcementLetters letters, EnforcementProperties settings) {
        this.repository = repository;
        this.letters = letters;
        this.settings = settings;
    }

    Map<String, Object> values(EnforcementCase c, RemedialOrder order) {
        List<Violation> violations = repository.violations(c.caseId());
        Map<String, Object> values = new HashMap<>();
        values.put("rapport_datum", c.reportDate());
        values.put("overtredingen", letters.violationLines(c, violations));
        values.put("herstelmaatregelen", letters.remedyLines(c, violations));
        values.put("begunstigingstermijn", order.begunstigingstermijn());
        values.put("dwangsom_bedrag", order.amountPerUnit());
        values.put("dwangsom_eenheid", settings.dwangsom().unitInWords());
        values.put("dwangsom_maximum", order.maximum());
        values.put("grondslag_last", settings.legalBasis().dwangsom());
        return values;
    }

    EnforcementLetters letters() {
        return letters;
    }
}
