package nl.verhuurtoezicht.permit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Picks the next address to inspect. The model loops over the addresses one call at a time (written when the engine
 * still rejected multi-instance activities).
 */
@Component
public class NextInspectionAddressWorker {

    private final ApplicationSteps steps;

    NextInspectionAddressWorker(ApplicationSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "permit-next-inspection-address")
    public Map<String, Object> next(@VariablesAsType ApplicationVariables variables) {
        long addressId = steps.nextAddressToInspect(variables.applicationId()).orElseThrow(
                () -> new IllegalStateException("Application " + variables.applicationId() + " has no address left to inspect"));
        return Map.of("addressId", addressId, "inspectionReason", "PERMIT_APPLICATION");
    }
}
