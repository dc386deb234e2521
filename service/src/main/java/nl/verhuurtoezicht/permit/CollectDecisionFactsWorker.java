package nl.verhuurtoezicht.permit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class CollectDecisionFactsWorker {

    private final ApplicationSteps steps;

    CollectDecisionFactsWorker(ApplicationSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "permit-collect-decision-facts")
    public Map<String, Object> collect(@VariablesAsType ApplicationVariables variables) {
        return steps.decisionFacts(variables.applicationId());
    }
}
