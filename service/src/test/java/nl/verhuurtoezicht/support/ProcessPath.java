package nl.verhuurtoezicht.support;

import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import java.time.Duration;
import java.util.List;

/**
 * Reads the path a process instance took through the Camunda client (element instances in activation order, ended
 * ones from the engine's history), and waits for asynchronous job workers to bring an instance to an element.
 */
public final class ProcessPath {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final CamundaClient client;

    public ProcessPath(CamundaClient client) {
        this.client = client;
    }

    /** Ids of every element the instance entered, in order, including the active ones. */
    public List<String> elementIds(long processInstanceKey) {
        return elements(processInstanceKey).stream().map(ElementInstance::getElementId).toList();
    }

    /** Ids of the elements the instance completed, in order. */
    public List<String> completed(long processInstanceKey) {
        return elements(processInstanceKey).stream()
                .filter(e -> e.getState() == ElementInstanceState.COMPLETED)
                .map(ElementInstance::getElementId).toList();
    }

    public List<String> active(long processInstanceKey) {
        return elements(processInstanceKey).stream()
                .filter(e -> e.getState() == ElementInstanceState.ACTIVE)
                .map(ElementInstance::getElementId).toList();
    }

    /** Waits until the element is active in the instance (the workers before it have run). */
    public void awaitActive(long processInstanceKey, String elementId) {
        await().atMost(TIMEOUT).until(() -> active(processInstanceKey).contains(elementId));
    }

    /** Waits until the element has completed in the instance. */
    public void awaitCompleted(long processInstanceKey, String elementId) {
        await().atMost(TIMEOUT).until(() -> completed(processInstanceKey).contains(elementId));
    }

    private List<ElementInstance> elements(long processInstanceKey) {
        return client.newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(processInstanceKey))
                .page(p -> p.limit(1000))
                .send().join().items();
    }
}
