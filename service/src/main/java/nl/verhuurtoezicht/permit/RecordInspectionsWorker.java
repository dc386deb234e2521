package nl.verhuurtoezicht.permit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Records what the parallel inspections of the application's addresses found: the multi-instance call activity
 * {@code Call_Inspection} collects one {@link Inspection} per address in {@code inspections}.
 */
@Component
public class RecordInspectionsWorker {

    /** One element of the output collection: the called process {@code inspection}'s outputs for one address. */
    public record Inspection(long addressId, String verdict, Long reportId, Long inspectionCaseId) {
    }

    public record InspectionsVariables(long applicationId, List<Inspection> inspections) {
    }

    private final ApplicationSteps steps;

    RecordInspectionsWorker(ApplicationSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "permit-record-inspections")
    public Map<String, Object> record(ActivatedJob job, @VariablesAsType InspectionsVariables variables) {
        return Map.of("worstVerdict", steps.recordInspections(variables.applicationId(), variables.inspections(),
                String.valueOf(job.getKey())));
    }
}
