package nl.verhuurtoezicht.permit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Checks completeness; a complete application also answers {@code addressIds}, the collection inspected in parallel. */
@Component
public class CheckCompletenessWorker {

    private final ApplicationSteps steps;

    CheckCompletenessWorker(ApplicationSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "permit-check-completeness")
    public Map<String, Object> check(ActivatedJob job, @VariablesAsType ApplicationVariables variables) {
        boolean complete = steps.checkCompleteness(variables.applicationId(), String.valueOf(job.getKey()));
        Map<String, Object> result = new HashMap<>();
        result.put("complete", complete);
        if (complete) {
            result.put("addressIds", steps.addressIds(variables.applicationId()));
        }
        return result;
    }
}
