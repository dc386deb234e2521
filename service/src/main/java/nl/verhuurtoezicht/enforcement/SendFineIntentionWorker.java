package nl.verhuurtoezicht.enforcement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.StoredLetter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Sends the voornemen with the report enclosed and invites a zienswijze (Awb 5:53(3)). */
@Component
public class SendFineIntentionWorker {

    static final String TYPE = "enforcement-send-fine-intention";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final EnforcementLetters letters;
    private final EnforcementProperties settings;
    private final CaseRegister cases;
    private final ProcessTimes times;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    SendFineIntentionWorker(EnforcementRepository repository, EnforcementLetters letters, EnforcementProperties settings,
                            CaseRegister cases, ProcessTimes times, AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.letters = letters;
        this.settings = settings;
        this.cases = cases;
        this.times = times;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public void send(@VariablesAsType Variables v) {
        tx.executeWithoutResult(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            Fine fine = repository.fineOfCase(c.caseId()).orElseThrow();
            List<Violation> violations = repository.violations(c.caseId());
            StoredLetter letter = letters.issue(c, LetterKind.VOORNEMEN_BESTUURLIJKE_BOETE, values(c, fine, violations), "fine-intention");
            if (fine.status() == Fine.Status.CALCULATED) {
                repository.fineIntended(fine.id(), letter.kenmerk(), times.today());
                cases.updateStatus(c.caseId(), "VOORNEMEN_BOETE");
                audit.record(Actor.worker(TYPE), "enforcement.fine.intended", c.caseNumber(), null,
                        "letter=" + letter.kenmerk() + ", amount=" + fine.intendedAmount());
            }
        });
    }

    private Map<String, Object> values(EnforcementCase c, Fine fine, List<Violation> violations) {
        Map<String, Object> values = new HashMap<>();
        values.put("overtreding_datum", c.violationDate());
        values.put("rapport_datum", c.reportDate());
        values.put("overtreding", String.join(" ", letters.violationLines(c, violations)));
        values.put("overtreden_voorschrift", letters.violatedProvisions(c, violations));
        values.put("boetegrondslag", settings.legalBasis().fine());
        values.put("voorgenomen_boete", fine.intendedAmount());
        values.put("boeteberekening", fine.basis());
        return values;
    }
}
