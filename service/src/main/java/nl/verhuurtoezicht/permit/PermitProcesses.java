package nl.verhuurtoezicht.permit;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The permit feature's only door to the engine: starting instances, publishing messages, handling the decision task. */
@Component
class PermitProcesses {

    static final String APPLICATION_PROCESS = "permit-application";
    static final String LIFECYCLE_PROCESS = "permit-lifecycle";
    static final String SUPPLEMENTED_MESSAGE = "application-supplemented";
    static final String REVOKED_MESSAGE = "permit-revoked";
    static final String DECISION_TASK = "decide-permit";
    static final String LEGAL_GROUP = "legal";
    static final String DECISION_TABLE = "permit-decision";

    private final CamundaClient client;
    private final PermitProperties properties;

    PermitProcesses(CamundaClient client, PermitProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    long startApplication(long applicationId, long caseId) {
        return client.newCreateInstanceCommand().bpmnProcessId(APPLICATION_PROCESS).latestVersion()
                .variables(Map.of("applicationId", applicationId, "caseId", caseId,
                        "supplementTerm", properties.supplementTerm().toString()))
                .send().join().getProcessInstanceKey();
    }

    /** Buffered for the supplement term, so a supplement that arrives while the request letter is still being sent counts. */
    void publishSupplemented(long applicationId) {
        client.newPublishMessageCommand().messageName(SUPPLEMENTED_MESSAGE).correlationKey(String.valueOf(applicationId))
                .timeToLive(Duration.ofDays(properties.supplementTerm().toTotalMonths() * 31 + properties.supplementTerm().getDays()))
                .send().join();
    }

    long startLifecycle(long permitId, OffsetDateTime reminderAt, OffsetDateTime expiresAt) {
        return client.newCreateInstanceCommand().bpmnProcessId(LIFECYCLE_PROCESS).latestVersion()
                .variables(Map.of("permitId", permitId, "permitKey", String.valueOf(permitId),
                        "reminderAt", reminderAt.toString(), "expiresAt", expiresAt.toString()))
                .send().join().getProcessInstanceKey();
    }

    void publishRevoked(long permitId) {
        client.newPublishMessageCommand().messageName(REVOKED_MESSAGE).correlationKey(String.valueOf(permitId))
                .timeToLive(Duration.ZERO).send().join();
    }

    List<UserTask> openDecisionTasks() {
        return client.newUserTaskSearchRequest()
                .filter(f -> f.candidateGroup(LEGAL_GROUP).state(UserTaskState.CREATED).elementId(DECISION_TASK))
                .send().join().items();
    }

    Optional<UserTask> decisionTask(long processInstanceKey) {
        return client.newUserTaskSearchRequest()
                .filter(f -> f.processInstanceKey(processInstanceKey).state(UserTaskState.CREATED).elementId(DECISION_TASK))
                .send().join().items().stream().findFirst();
    }

    void assign(long userTaskKey, String assignee) {
        client.newAssignUserTaskCommand(userTaskKey).assignee(assignee).allowOverride(true).send().join();
    }

    /** Evaluates the decision table {@code permit-decision} (latest version) on the facts; answers its advice. */
    String evaluateAdvice(Map<String, Object> facts) {
        String output = client.newEvaluateDecisionCommand().decisionId(DECISION_TABLE).variables(facts).send().join()
                .getDecisionOutput();
        return client.getConfiguration().getJsonMapper().fromJson(output, String.class);
    }

    /** Sets variables on the process instance's own scope (they already exist there, so nothing lower hides them). */
    void setVariables(long processInstanceKey, Map<String, Object> variables) {
        client.newSetVariablesCommand(processInstanceKey).variables(variables).local(true).send().join();
    }

    void complete(long userTaskKey, Map<String, Object> variables) {
        client.newCompleteUserTaskCommand(userTaskKey).variables(variables).send().join();
    }
}
