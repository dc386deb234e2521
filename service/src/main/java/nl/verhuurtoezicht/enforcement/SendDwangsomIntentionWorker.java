package nl.verhuurtoezicht.enforcement;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.StoredLetter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Sends the voornemen last onder dwangsom (Awb 4:8: the landlord may give a zienswijze before the besluit). */
@Component
public class SendDwangsomIntentionWorker {

    static final String TYPE = "enforcement-send-dwangsom-intention";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final RemedialOrderRepository orders;
    private final DwangsomLetters letters;
    private final CaseRegister cases;
    private final ProcessTimes times;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    SendDwangsomIntentionWorker(EnforcementRepository repository, RemedialOrderRepository orders, DwangsomLetters letters,
                                CaseRegister cases, ProcessTimes times, AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.orders = orders;
        this.letters = letters;
        this.cases = cases;
        this.times = times;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public void send(@VariablesAsType Variables v) {
        tx.executeWithoutResult(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            RemedialOrder order = orders.ofCase(c.caseId()).orElseThrow(() ->
                    new IllegalStateException("Case " + c.caseNumber() + " has no last onder dwangsom"));
            StoredLetter letter = letters.letters().issue(c, LetterKind.VOORNEMEN_LAST_ONDER_DWANGSOM,
                    letters.values(c, order), "dwangsom-intention");
            if (order.status() == RemedialOrder.Status.PROPOSED) {
                orders.intended(c.caseId(), times.today());
                cases.updateStatus(c.caseId(), "VOORNEMEN_LAST");
                audit.record(Actor.worker(TYPE), "enforcement.dwangsom.intended", c.caseNumber(), null,
                        "letter=" + letter.kenmerk() + ", " + FineBasis.euro(order.amountPerUnit()) + " per " + order.unit()
                                + ", max " + FineBasis.euro(order.maximum()));
            }
        });
    }
}
