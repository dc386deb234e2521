package nl.verhuurtoezicht.support;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.Variable;

/** Reads a process instance's own variables (not those of its inner scopes) through the Camunda variable search. */
public final class ProcessVariables {

    private final CamundaClient client;

    public ProcessVariables(CamundaClient client) {
        this.client = client;
    }

    /** The variable's value as JSON text (a string comes quoted), or null when the instance has no such variable. */
    public String value(long processInstanceKey, String name) {
        return client.newVariableSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey).name(name))
                .send().join().items().stream().filter(v -> v.getScopeKey() == processInstanceKey)
                .map(Variable::getValue).findFirst().orElse(null);
    }
}
