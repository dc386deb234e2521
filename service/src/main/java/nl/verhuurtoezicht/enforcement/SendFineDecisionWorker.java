package nl.verhuurtoezicht.enforcement;

import java.time.LocalDate;
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

/**
 * Sends the approved fine decision (Awb 5:9, 5:52, 4:87, 3:45), records the fine in the sanction history and opens the
 * payment: reference and due date.
 */
@Component
public class SendFineDecisionWorker {

    static final String TYPE = "enforcement-send-fine-decision";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final EnforcementLetters letters;
    private final FineDecisionLetter decisionLetter;
    private final EnforcementProperties settings;
    private final SanctionHistory history;
    private final CaseRegister cases;
    private final ProcessTimes times;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    SendFineDecisionWorker(EnforcementRepository repository, EnforcementLetters letters, FineDecisionLetter decisionLetter,
                           EnforcementProperties settings,
                           SanctionHistory history, CaseRegister cases, ProcessTimes times, AuditTrail audit,
                           TransactionTemplate tx) {
        this.repository = repository;
        this.letters = letters;
        this.decisionLetter = decisionLetter;
        this.settings = settings;
        this.history = history;
        this.cases = cases;
        this.times = times;
        this.audit = audit;
        this.tx = tx;
    }

    static String paymentReference(EnforcementCase c) {
        return PaymentReference.ofFine(c.caseNumber());
    }

    @JobWorker(type = TYPE)
    public Map<String, Object> send(@VariablesAsType Variables v) {
        return tx.execute(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            Fine fine = repository.fineOfCase(c.caseId()).orElseThrow();
            if (fine.approvedBy() == null || fine.amount() == null) {
                throw new IllegalStateException("Fine of case " + c.caseNumber() + " has no approved amount");
            }
            String reference = paymentReference(c);
            List<Violation> violations = repository.violations(c.caseId());
            StoredLetter letter = letters.issue(c, LetterKind.BESLUIT_BESTUURLIJKE_BOETE,
                    decisionLetter.values(c, fine, fine.amount(), violations, reference), "fine-decision");
            if (fine.decidedOn() == null) {
                LocalDate today = times.today();
                long sanctionId = history.record(c.caseId(), c.landlordId(), c.addressId(), SanctionHistory.Kind.FINE,
                        c.violationDate(), today, fine.amount());
                repository.fineDecided(fine.id(), today, letter.kenmerk(), sanctionId, reference,
                        today.plus(settings.terms().payment()));
                cases.updateStatus(c.caseId(), "BOETE_OPGELEGD");
                audit.record(Actor.worker(TYPE), "enforcement.fine.decided", c.caseNumber(), null,
                        "amount=" + fine.amount() + ", letter=" + letter.kenmerk() + ", approved by " + fine.approvedBy());
            }
            return Map.<String, Object>of("paymentReference", reference, "fineDropped", false);
        });
    }
}
