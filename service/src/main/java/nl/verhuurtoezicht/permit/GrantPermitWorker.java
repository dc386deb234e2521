package nl.verhuurtoezicht.permit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Registers the permit, sends the decision and starts the permit's lifecycle (reminder, expiry, revocation). */
@Component
public class GrantPermitWorker {

    private final ApplicationSteps steps;
    private final PermitLifecycleStarter lifecycle;

    GrantPermitWorker(ApplicationSteps steps, PermitLifecycleStarter lifecycle) {
        this.steps = steps;
        this.lifecycle = lifecycle;
    }

    @JobWorker(type = "permit-grant")
    public Map<String, Object> grant(ActivatedJob job, @VariablesAsType ApplicationVariables variables) {
        Permit permit = steps.grant(variables.applicationId(), String.valueOf(job.getKey()));
        lifecycle.startOnce(permit);
        return Map.of("permitId", permit.id());
    }
}
