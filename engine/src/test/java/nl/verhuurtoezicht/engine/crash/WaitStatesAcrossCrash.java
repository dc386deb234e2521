package nl.verhuurtoezicht.engine.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Engine II part of the crash test: just before the SIGKILL a timer is running (due during the
 * downtime), a message is buffered and a user task is open; after the restart the timer fires,
 * the buffered message correlates and the user task can still be found and completed.
 */
final class WaitStatesAcrossCrash {
  private long userTaskInstance;

  void deploy(CamundaClient client) {
    client.newDeployResourceCommand()
        .addProcessModel(Bpmn.createExecutableProcess("crash-timer").startEvent()
            .intermediateCatchEvent("shortTerm").timerWithDuration("PT1S")
            .serviceTask("afterTimer", t -> t.zeebeJobType("crash-after-timer")).endEvent().done(), "t.bpmn")
        .addProcessModel(Bpmn.createExecutableProcess("crash-message").startEvent()
            .intermediateCatchEvent("documents").message(m -> m.name("crash-documents")
                .zeebeCorrelationKeyExpression("caseId"))
            .serviceTask("afterMessage", t -> t.zeebeJobType("crash-after-message")).endEvent().done(), "m.bpmn")
        .addProcessModel(Bpmn.createExecutableProcess("crash-user-task").startEvent()
            .userTask("decide", u -> u.zeebeUserTask().zeebeCandidateGroups("legal"))
            .serviceTask("afterDecision", t -> t.zeebeJobType("crash-after-decision")).endEvent().done(), "u.bpmn")
        .requestTimeout(Duration.ofSeconds(60)).send().join();
  }

  /** Right before the kill: each call is acknowledged, so each wait state is committed. */
  void openWaitStates(CamundaClient client) {
    client.newCreateInstanceCommand().bpmnProcessId("crash-timer").latestVersion()
        .variables(Map.of("caseId", "T-1")).send().join();
    client.newPublishMessageCommand().messageName("crash-documents").correlationKey("M-1")
        .timeToLive(Duration.ofHours(1)).variables(Map.of("pages", 12)).send().join();
    userTaskInstance = client.newCreateInstanceCommand().bpmnProcessId("crash-user-task").latestVersion()
        .send().join().getProcessInstanceKey();
  }

  void checkAfterRestart(CamundaClient client) throws InterruptedException {
    awaitReachable(client);
    assertThat(activateOne(client, "crash-after-timer").getVariablesAsMap()).containsEntry("caseId", "T-1");

    client.newCreateInstanceCommand().bpmnProcessId("crash-message").latestVersion()
        .variables(Map.of("caseId", "M-1")).send().join();
    assertThat(activateOne(client, "crash-after-message").getVariablesAsMap()).containsEntry("pages", 12);

    List<UserTask> tasks = client.newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(userTaskInstance).state(UserTaskState.CREATED)).send().join().items();
    assertThat(tasks).singleElement().satisfies(t -> assertThat(t.getCandidateGroups()).containsExactly("legal"));
    client.newCompleteUserTaskCommand(tasks.get(0).getUserTaskKey()).variables(Map.of("granted", true))
        .send().join();
    assertThat(activateOne(client, "crash-after-decision").getVariablesAsMap()).containsEntry("granted", true);
  }

  /** The client's channel needs a moment to reconnect to the restarted engine. */
  private static void awaitReachable(CamundaClient client) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (true) {
      try {
        client.newTopologyRequest().send().join();
        return;
      } catch (RuntimeException unavailable) {
        if (System.currentTimeMillis() > deadline) {
          throw unavailable;
        }
        Thread.sleep(200);
      }
    }
  }

  private static ActivatedJob activateOne(CamundaClient client, String type) {
    List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(5)
        .timeout(Duration.ofMinutes(1)).requestTimeout(Duration.ofSeconds(10)).send().join().getJobs();
    assertThat(jobs).as("jobs of type %s", type).hasSize(1);
    return jobs.get(0);
  }
}
