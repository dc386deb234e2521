package nl.verhuurtoezicht.permit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

@Component
public class RefusePermitWorker {

    private final ApplicationSteps steps;

    RefusePermitWorker(ApplicationSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "permit-refuse")
    public void refuse(ActivatedJob job, @VariablesAsType ApplicationVariables variables) {
        steps.refuse(variables.applicationId(), String.valueOf(job.getKey()));
    }
}
