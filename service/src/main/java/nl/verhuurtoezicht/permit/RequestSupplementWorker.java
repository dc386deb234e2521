package nl.verhuurtoezicht.permit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

@Component
public class RequestSupplementWorker {

    private final ApplicationSteps steps;

    RequestSupplementWorker(ApplicationSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "permit-request-supplement")
    public void request(ActivatedJob job, @VariablesAsType ApplicationVariables variables) {
        steps.requestSupplement(variables.applicationId(), String.valueOf(job.getKey()));
    }
}
