package nl.verhuurtoezicht.permit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class ExtendTermWorker {

    public record ExtensionVariables(long applicationId, String extensionReason) {
    }

    private final ApplicationSteps steps;

    ExtendTermWorker(ApplicationSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "permit-extend-term")
    public Map<String, Object> extend(ActivatedJob job, @VariablesAsType ExtensionVariables variables) {
        return steps.extendTerm(variables.applicationId(), variables.extensionReason(), String.valueOf(job.getKey()));
    }
}
