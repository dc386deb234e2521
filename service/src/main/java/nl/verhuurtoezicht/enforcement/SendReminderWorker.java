package nl.verhuurtoezicht.enforcement;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The payment term has passed unpaid: the fine is in aanmaning (Awb 4:112), with a new term before collection. */
@Component
public class SendReminderWorker {

    static final String TYPE = "enforcement-send-reminder";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final CaseRegister cases;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    SendReminderWorker(EnforcementRepository repository, CaseRegister cases, AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public void remind(@VariablesAsType Variables v) {
        tx.executeWithoutResult(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            Fine fine = repository.fineOfCase(c.caseId()).orElseThrow();
            if (fine.status() == Fine.Status.DECIDED) {
                repository.fineStatus(fine.id(), Fine.Status.REMINDED);
                cases.updateStatus(c.caseId(), "AANMANING");
                audit.record(Actor.worker(TYPE), "enforcement.fine.reminded", c.caseNumber(), "DECIDED",
                        "REMINDED, outstanding " + fine.outstanding());
            }
        });
    }
}
