package nl.verhuurtoezicht.permit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

@Component
public class DeclareNotProcessedWorker {

    private final ApplicationSteps steps;

    DeclareNotProcessedWorker(ApplicationSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "permit-declare-not-processed")
    public void declare(ActivatedJob job, @VariablesAsType ApplicationVariables variables) {
        steps.declareNotProcessed(variables.applicationId(), String.valueOf(job.getKey()));
    }
}
