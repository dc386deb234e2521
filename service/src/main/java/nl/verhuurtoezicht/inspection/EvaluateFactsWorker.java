package nl.verhuurtoezicht.inspection;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.rules.Evaluation;
import nl.verhuurtoezicht.rules.EvaluationJson;
import nl.verhuurtoezicht.rules.Evaluator;
import nl.verhuurtoezicht.rules.FactsJson;
import nl.verhuurtoezicht.rules.Status;
import org.springframework.stereotype.Component;

/** Evaluates the submitted facts against the norm catalogue and stores the findings; repeatable without side effects. */
@Component
public class EvaluateFactsWorker {

    static final String TYPE = "inspection-evaluate";

    public record Input(long inspectionId) {
    }

    private final InspectionRegister inspections;
    private final Evaluator evaluator;
    private final AuditTrail audit;

    EvaluateFactsWorker(InspectionRegister inspections, Evaluator evaluator, AuditTrail audit) {
        this.inspections = inspections;
        this.evaluator = evaluator;
        this.audit = audit;
    }

    @JobWorker(type = TYPE)
    public Map<String, Object> evaluate(@VariablesAsType Input input) {
        Inspection inspection = inspections.find(input.inspectionId()).orElseThrow();
        Evaluation evaluation = evaluator.evaluate(FactsJson.parse(inspection.factsJson()));
        List<InspectionFinding> findings = evaluation.findings().stream()
                .map(f -> new InspectionFinding(f.ruleId(), f.status().name(),
                        f.severity() == null ? null : f.severity().name(), f.message(), f.legalBasis()))
                .toList();
        String verdict = evaluation.verdict().name();
        if (inspections.storeEvaluation(inspection.id(), EvaluationJson.write(evaluation), verdict, findings)) {
            audit.record(Actor.worker(TYPE), "inspection.evaluated", inspection.caseNumber(), null, "verdict=" + verdict);
        }
        List<String> violations = evaluation.findings().stream().filter(f -> f.status() == Status.FAIL)
                .map(f -> f.ruleId()).toList();
        return Map.of("verdict", verdict, "violations", violations, "signalCount", evaluation.signals().size());
    }
}
