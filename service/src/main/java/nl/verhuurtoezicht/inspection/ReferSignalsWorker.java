package nl.verhuurtoezicht.inspection;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.util.stream.Collectors;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.rules.EvaluationJson;
import org.springframework.stereotype.Component;

/**
 * Records a referral to the Nederlandse Arbeidsinspectie (ketenpartner for labour exploitation) with the facts as the
 * inspector recorded them, when the evaluation raised exploitation signals of the VNG barrier model.
 */
@Component
public class ReferSignalsWorker {

    static final String TYPE = "inspection-refer-signals";

    public record Input(long inspectionId) {
    }

    private final InspectionRegister inspections;
    private final AuditTrail audit;

    ReferSignalsWorker(InspectionRegister inspections, AuditTrail audit) {
        this.inspections = inspections;
        this.audit = audit;
    }

    @JobWorker(type = TYPE)
    public void refer(@VariablesAsType Input input) {
        Inspection inspection = inspections.find(input.inspectionId()).orElseThrow();
        String signals = EvaluationJson.parse(inspection.evaluationJson()).signals().stream()
                .map(s -> s.code().name()).sorted().collect(Collectors.joining(","));
        if (signals.isEmpty()) {
            return;
        }
        if (inspections.refer(inspection.id(), signals, inspection.factsJson())) {
            audit.record(Actor.worker(TYPE), "inspection.referred-to-labour-inspectorate", inspection.caseNumber(), null,
                    "signals=" + signals);
        }
    }
}
