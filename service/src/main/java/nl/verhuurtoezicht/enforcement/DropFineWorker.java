package nl.verhuurtoezicht.enforcement;

import java.util.Map;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The zienswijze convinced legal staff: no fine; the case closes. */
@Component
public class DropFineWorker {

    static final String TYPE = "enforcement-drop-fine";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final CaseRegister cases;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    DropFineWorker(EnforcementRepository repository, CaseRegister cases, AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public Map<String, Object> drop(@VariablesAsType Variables v) {
        tx.executeWithoutResult(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            Fine fine = repository.fineOfCase(c.caseId()).orElseThrow();
            if (fine.status() != Fine.Status.DROPPED) {
                repository.fineStatus(fine.id(), Fine.Status.DROPPED);
                cases.close(c.caseId(), "GEEN_BOETE");
                audit.record(Actor.worker(TYPE), "enforcement.fine.dropped", c.caseNumber(), fine.status().name(), "DROPPED");
            }
        });
        return Map.of("fineDropped", true);
    }
}
