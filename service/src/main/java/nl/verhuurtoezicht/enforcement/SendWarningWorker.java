package nl.verhuurtoezicht.enforcement;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.cases.SanctionHistory;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.StoredLetter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Sends the written warning with its remedy term and records it in the landlord's sanction history. */
@Component
public class SendWarningWorker {

    static final String TYPE = "enforcement-send-warning";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final EnforcementLetters letters;
    private final SanctionHistory history;
    private final CaseRegister cases;
    private final ProcessTimes times;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    SendWarningWorker(EnforcementRepository repository, EnforcementLetters letters, SanctionHistory history,
                      CaseRegister cases, ProcessTimes times, AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.letters = letters;
        this.history = history;
        this.cases = cases;
        this.times = times;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public Map<String, Object> send(@VariablesAsType Variables v) {
        return tx.execute(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            Period term = Period.parse(c.remedyTerm());
            LocalDate today = times.today();
            List<Violation> violations = repository.violations(c.caseId());
            Map<String, Object> values = new HashMap<>();
            values.put("inspectie_datum", c.reportDate());
            values.put("rapport_datum", c.reportDate());
            values.put("overtredingen", letters.violationLines(c, violations));
            values.put("hersteltermijn", term);
            values.put("hersteldatum", today.plus(term));
            values.put("herstelmaatregelen", letters.remedyLines(c, violations));
            boolean first = letters.lettersOf(c.caseNumber()).stream().noneMatch(l -> l.kind() == LetterKind.SCHRIFTELIJKE_WAARSCHUWING);
            StoredLetter letter = letters.issue(c, LetterKind.SCHRIFTELIJKE_WAARSCHUWING, values, "warning");
            if (first) {
                history.record(c.caseId(), c.landlordId(), c.addressId(), SanctionHistory.Kind.WARNING, c.violationDate(), today, null);
                cases.updateStatus(c.caseId(), "GEWAARSCHUWD");
                audit.record(Actor.worker(TYPE), "enforcement.warning.sent", c.caseNumber(), null,
                        "letter=" + letter.kenmerk() + ", remedy until " + today.plus(term));
            }
            return Map.<String, Object>of("remedyTerm", c.remedyTerm());
        });
    }
}
