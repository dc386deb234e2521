package nl.verhuurtoezicht.enforcement;

import java.util.List;
import java.util.Map;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Calculates the fine from the policy and the dated category table, and keeps the calculation with the case. */
@Component
public class CalculateFineWorker {

    static final String TYPE = "enforcement-calculate-fine";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final FineCalculator calculator;
    private final FineBasis basis;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    CalculateFineWorker(EnforcementRepository repository, FineCalculator calculator, FineBasis basis, AuditTrail audit,
                        TransactionTemplate tx) {
        this.repository = repository;
        this.calculator = calculator;
        this.basis = basis;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public Map<String, Object> calculate(@VariablesAsType Variables v) {
        return tx.execute(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            if (repository.fineOfCase(c.caseId()).isEmpty()) {
                List<String> rules = repository.violations(c.caseId()).stream().map(Violation::ruleId).toList();
                FineCalculation calculation = calculator.calculate(rules, c.violationDate(), c.businessLike(), c.repeatOffence());
                repository.insertFine(c.caseId(), calculation, basis.describe(calculation));
                audit.record(Actor.worker(TYPE), "enforcement.fine.calculated", c.caseNumber(), null,
                        "amount=" + calculation.total() + ", category=" + calculation.category());
            }
            Fine fine = repository.fineOfCase(c.caseId()).orElseThrow();
            return Map.<String, Object>of("fineId", fine.id());
        });
    }
}
