package nl.verhuurtoezicht.enforcement;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Advice per violation from the intervention matrix, and for the case the heaviest of them. A takeover ground (two
 * fines and a new violation within the window) makes the advice a takeover unless the matrix already says more.
 */
@Component
public class AdviseSanctionWorker {

    static final String TYPE = "enforcement-advise-sanction";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final SanctionAdvisor advisor;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    AdviseSanctionWorker(EnforcementRepository repository, SanctionAdvisor advisor, AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.advisor = advisor;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public Map<String, Object> advise(@VariablesAsType Variables v) {
        EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
        if (c.behaviour() == null) {
            throw new IllegalStateException("Case " + c.caseNumber() + " has no behaviour assessment");
        }
        List<Violation> violations = repository.violations(c.caseId());
        Map<String, SanctionAdvisor.Advice> advice = new HashMap<>();
        for (Violation violation : violations) {
            advice.put(violation.ruleId(), advisor.advise(violation.consequence(), c.behaviour(), c.repeatOffence(), c.businessLike()));
        }
        Sanction heaviest = advice.values().stream().map(SanctionAdvisor.Advice::sanction)
                .max(Comparator.naturalOrder()).orElse(Sanction.WARNING);
        if (c.takeoverGround() && heaviest.compareTo(Sanction.TAKEOVER) < 0) {
            heaviest = Sanction.TAKEOVER;
        }
        Sanction advised = heaviest;
        tx.executeWithoutResult(status -> {
            advice.forEach((ruleId, a) -> repository.setAdvice(c.caseId(), ruleId, a.sanction(), a.note()));
            repository.setAdvisedSanction(c.caseId(), advised);
            audit.record(Actor.worker(TYPE), "enforcement.advised", c.caseNumber(), null, "advice=" + advised);
        });
        return Map.of("advisedSanction", advised.name());
    }
}
