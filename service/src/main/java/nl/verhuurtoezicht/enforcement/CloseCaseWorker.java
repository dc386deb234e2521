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
    private final RemedialOrderRepository orders;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    CloseCaseWorker(EnforcementRepository repository, CaseRegister cases, RemedialOrderRepository orders, AuditTrail audit,
                    TransactionTemplate tx) {
        this.repository = repository;
        this.orders = orders;
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public void close(@VariablesAsType Variables v) {
        tx.executeWithoutResult(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            if (c.open()) {
                String finalStatus = finalStatus(v.closeStatus(), c.status());
                if ("HERSTELD".equals(finalStatus)) {
                    orders.ofCase(c.caseId()).filter(o -> o.status() == RemedialOrder.Status.IMPOSED)
                            .ifPresent(o -> orders.status(c.caseId(), RemedialOrder.Status.REMEDIED));
                }
                cases.close(c.caseId(), finalStatus);
                audit.record(Actor.worker(TYPE), "enforcement.closed", c.caseNumber(), c.status(), finalStatus);
            }
        });
    }

    /** The closing status the model names, or the case's last status (such as BETAALD or INVORDERING). */
    static String finalStatus(String closeStatus, String current) {
        if (closeStatus == null) {
            return current;
        }
        return switch (closeStatus) {
            case "FIXED" -> "HERSTELD";
            case "DWANGSOM_DROPPED" -> "GEEN_LAST";
            case "DWANGSOM_EXHAUSTED" -> "DWANGSOM_VOLLEDIG_VERBEURD";
            case "NOT_REVOKED" -> "GEEN_INTREKKING";
            default -> current;
        };
    }
}
