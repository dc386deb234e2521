package nl.verhuurtoezicht.inspection;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.util.HashMap;
import java.util.Map;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Counts the failed visits of an inspection (from the visit rows, so a redelivered job counts nothing twice). At the
 * configured maximum the verdict becomes NO_ACCESS and legal staff take over: refusing to cooperate with toezicht is
 * itself a violation (Awb 5:20).
 */
@Component
public class VisitFailedWorker {

    static final String TYPE = "inspection-visit-failed";

    public record Input(long inspectionId, int maxFailedVisits) {
    }

    private final InspectionRegister inspections;
    private final AuditTrail audit;

    VisitFailedWorker(InspectionRegister inspections, AuditTrail audit) {
        this.inspections = inspections;
        this.audit = audit;
    }

    @JobWorker(type = TYPE)
    public Map<String, Object> recordFailure(@VariablesAsType Input input) {
        Inspection inspection = inspections.find(input.inspectionId()).orElseThrow();
        int failed = inspections.failedVisits(inspection.id());
        boolean escalate = failed >= input.maxFailedVisits();
        String status = escalate ? "ESCALATED_NO_ACCESS" : "TO_SCHEDULE";
        if (inspection.failedVisits() != failed || !status.equals(inspection.status())) {
            inspections.updateFailedVisits(inspection.id(), failed, status);
            if (escalate) {
                inspections.setVerdict(inspection.id(), "NO_ACCESS");
            }
            audit.record(Actor.worker(TYPE), escalate ? "inspection.escalated-no-access" : "inspection.visit-failed",
                    inspection.caseNumber(), "failedVisits=" + inspection.failedVisits(), "failedVisits=" + failed);
        }
        Map<String, Object> out = new HashMap<>();
        out.put("failedVisits", failed);
        if (escalate) {
            out.put("verdict", "NO_ACCESS");
        }
        return out;
    }
}
