package nl.verhuurtoezicht.permit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class RecordInspectionWorker {

    public record InspectionOutcome(long applicationId, long addressId, String verdict, Long reportId, Long inspectionCaseId) {
    }

    private final ApplicationSteps steps;

    RecordInspectionWorker(ApplicationSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "permit-record-inspection")
    public Map<String, Object> record(ActivatedJob job, @VariablesAsType InspectionOutcome outcome) {
        return Map.of("allInspected", steps.recordInspection(outcome.applicationId(), outcome.addressId(), outcome.verdict(),
                outcome.reportId(), outcome.inspectionCaseId(), String.valueOf(job.getKey())));
    }
}
