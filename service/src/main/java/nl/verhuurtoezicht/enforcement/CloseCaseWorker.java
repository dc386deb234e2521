package nl.verhuurtoezicht.enforcement;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Closes the HH- case with the final status the model gives ({@code closeStatus}). */
@Component
public class CloseCaseWorker {

    static final String TYPE = "enforcement-close-case";

    record Variables(long enforcementCaseId, String closeStatus) {
    }

    private final EnforcementRepository repository;
    private final CaseRegister cases;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    CloseCaseWorker(EnforcementRepository repository, CaseRegister cases, AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public void close(@VariablesAsType Variables v) {
        tx.executeWithoutResult(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            if (c.open()) {
                String finalStatus = "FIXED".equals(v.closeStatus()) ? "HERSTELD" : c.status();
                cases.close(c.caseId(), finalStatus);
                audit.record(Actor.worker(TYPE), "enforcement.closed", c.caseNumber(), c.status(), finalStatus);
            }
        });
    }
}
