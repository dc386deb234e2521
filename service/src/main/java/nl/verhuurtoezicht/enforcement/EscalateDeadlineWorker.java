package nl.verhuurtoezicht.enforcement;

import java.time.Clock;
import java.time.OffsetDateTime;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 13-week term of Awb 5:51 is near and no fine decision has gone out: the case is flagged at the top of the
 * worklist. The procedure itself goes on; the timer does not interrupt it.
 */
@Component
public class EscalateDeadlineWorker {

    static final String TYPE = "enforcement-escalate-deadline";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    EscalateDeadlineWorker(EnforcementRepository repository, AuditTrail audit, Clock clock, TransactionTemplate tx) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public void escalate(@VariablesAsType Variables v) {
        tx.executeWithoutResult(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            if (!c.escalated()) {
                repository.markEscalated(c.caseId(), OffsetDateTime.now(clock));
                audit.record(Actor.worker(TYPE), "enforcement.deadline.escalated", c.caseNumber(), null,
                        "decision due " + c.decisionDue() + " (Awb 5:51)");
            }
        });
    }
}
