package nl.verhuurtoezicht.enforcement;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Still unpaid after the aanmaning: the fine is handed to collection (invordering). */
@Component
public class HandToCollectionWorker {

    static final String TYPE = "enforcement-hand-to-collection";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final CaseRegister cases;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    HandToCollectionWorker(EnforcementRepository repository, CaseRegister cases, AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public void handOver(@VariablesAsType Variables v) {
        tx.executeWithoutResult(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            Fine fine = repository.fineOfCase(c.caseId()).orElseThrow();
            if (fine.status() != Fine.Status.COLLECTION) {
                repository.fineStatus(fine.id(), Fine.Status.COLLECTION);
                cases.updateStatus(c.caseId(), "INVORDERING");
                audit.record(Actor.worker(TYPE), "enforcement.fine.collection", c.caseNumber(), fine.status().name(),
                        "COLLECTION, outstanding " + fine.outstanding());
            }
        });
    }
}
