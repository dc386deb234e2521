package nl.verhuurtoezicht.inspection;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds and completes the open user task of one process instance at one BPMN element, through the Camunda REST
 * commands. Pages keep their own state in the database; the engine only needs to hear that the person is done.
 */
@Component
public class UserTasks {

    private final CamundaClient client;

    UserTasks(CamundaClient client) {
        this.client = client;
    }

    public Optional<UserTask> open(long processInstanceKey, String elementId) {
        List<UserTask> tasks = client.newUserTaskSearchRequest()
                .filter(f -> f.processInstanceKey(processInstanceKey).elementId(elementId).state(UserTaskState.CREATED))
                .send().join().items();
        return tasks.stream().findFirst();
    }

    /** Open user tasks at an element across all instances, e.g. every meldpunt report waiting for triage. */
    public List<UserTask> openAt(String bpmnProcessId, String elementId) {
        return client.newUserTaskSearchRequest()
                .filter(f -> f.bpmnProcessId(bpmnProcessId).elementId(elementId).state(UserTaskState.CREATED))
                .send().join().items();
    }

    /** Completes the task if it is open; false when there is none (already completed, or not reached yet). */
    public boolean complete(long processInstanceKey, String elementId, Map<String, Object> variables) {
        Optional<UserTask> task = open(processInstanceKey, elementId);
        task.ifPresent(t -> client.newCompleteUserTaskCommand(t.getUserTaskKey()).variables(variables).send().join());
        return task.isPresent();
    }
}
