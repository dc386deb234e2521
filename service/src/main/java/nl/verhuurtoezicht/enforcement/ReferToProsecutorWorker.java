package nl.verhuurtoezicht.enforcement;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Behaviour D (crimineel/notoir) leads to a report to the public prosecutor (Openbaar Ministerie); the report itself is
 * made outside this system, the case records that it was and closes.
 */
@Component
public class ReferToProsecutorWorker {

    static final String TYPE = "enforcement-refer-prosecutor";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final CaseRegister cases;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    ReferToProsecutorWorker(EnforcementRepository repository, CaseRegister cases, AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public void refer(@VariablesAsType Variables v) {
        tx.executeWithoutResult(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            if (c.open()) {
                cases.close(c.caseId(), "DOORVERWEZEN_OM");
                audit.record(Actor.worker(TYPE), "enforcement.referredToProsecutor", c.caseNumber(), c.status(),
                        "DOORVERWEZEN_OM: " + c.sanctionReason());
            }
        });
    }
}
