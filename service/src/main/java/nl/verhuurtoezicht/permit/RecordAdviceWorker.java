package nl.verhuurtoezicht.permit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class RecordAdviceWorker {

    public record AdviceVariables(long applicationId, String advice, String bibobAdvice) {
    }

    private final ApplicationSteps steps;

    RecordAdviceWorker(ApplicationSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "permit-record-advice")
    public Map<String, Object> record(ActivatedJob job, @VariablesAsType AdviceVariables variables) {
        return steps.recordAdvice(variables.applicationId(), variables.advice(), variables.bibobAdvice(),
                String.valueOf(job.getKey()));
    }
}
