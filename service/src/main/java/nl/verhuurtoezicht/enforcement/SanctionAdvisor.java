package nl.verhuurtoezicht.enforcement;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import org.springframework.stereotype.Component;

/** Asks the DMN {@code sanction-policy} (the LHS intervention matrix) for its advice on one violation. */
@Component
class SanctionAdvisor {

    static final String DECISION = "sanction-policy";

    record Advice(Sanction sanction, String remedyTerm, String note) {
    }

    private final CamundaClient client;
    private final ObjectMapper json;

    SanctionAdvisor(CamundaClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    Advice advise(String consequence, Behaviour behaviour, boolean repeatOffence, boolean businessLike) {
        Map<String, Object> input = new HashMap<>();
        input.put("consequence", consequence);
        input.put("behaviour", behaviour.name());
        input.put("repeatOffence", repeatOffence);
        input.put("businessLike", businessLike);
        String output = client.newEvaluateDecisionCommand().decisionId(DECISION).variables(input).send().join()
                .getDecisionOutput();
        try {
            JsonNode result = json.readTree(output);
            String term = result.path("remedyTerm").isTextual() ? result.path("remedyTerm").asText() : null;
            return new Advice(Sanction.valueOf(result.path("advice").asText()), term, result.path("note").asText());
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Decision " + DECISION + " gave an unreadable result: " + output, e);
        }
    }
}
