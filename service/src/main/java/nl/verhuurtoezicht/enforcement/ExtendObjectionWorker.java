package nl.verhuurtoezicht.enforcement;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The 6-week term for the decision on objection has passed: it is extended once by 6 weeks (Awb 7:10(3)). */
@Component
public class ExtendObjectionWorker {

    static final String TYPE = "enforcement-extend-objection";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final ObjectionRepository objections;
    private final EnforcementProperties settings;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    ExtendObjectionWorker(EnforcementRepository repository, ObjectionRepository objections, EnforcementProperties settings,
                          AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.objections = objections;
        this.settings = settings;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public void extend(@VariablesAsType Variables v) {
        tx.executeWithoutResult(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            ObjectionRepository.Objection objection = objections.ofEnforcementCase(c.caseId()).orElseThrow();
            if (!objection.extended()) {
                objections.extend(objection.caseId(), objection.decisionDue().plus(settings.terms().objectionExtension()));
                audit.record(Actor.worker(TYPE), "enforcement.objection.extended", objection.caseNumber(),
                        "due " + objection.decisionDue(), "due " + objection.decisionDue().plus(settings.terms().objectionExtension()));
            }
        });
    }
}
