package nl.verhuurtoezicht.permit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class CheckCompletenessWorker {

    private final ApplicationSteps steps;

    CheckCompletenessWorker(ApplicationSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "permit-check-completeness")
    public Map<String, Object> check(ActivatedJob job, @VariablesAsType ApplicationVariables variables) {
        return Map.of("complete", steps.checkCompleteness(variables.applicationId(), String.valueOf(job.getKey())));
    }
}
