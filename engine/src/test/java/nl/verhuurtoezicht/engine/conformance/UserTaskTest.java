package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserTaskTest extends ConformanceTest {

  private String deployDecisionTask(String group) {
    String processId = TestEngine.unique("permit-decision");
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId).startEvent()
        .userTask("decide", t -> t.zeebeUserTask().zeebeAssigneeExpression("jurist")
            .zeebeCandidateGroups(group + ", legal")
            .zeebeDueDate("2026-03-01T09:00:00+01:00").zeebeFollowUpDate("2026-02-15T09:00:00+01:00")
            .zeebeExternalFormReference("forms/permit-decision").zeebeTaskHeader("letter", "decision"))
        .endEvent().done();
    deploy(model, processId);
    return processId;
  }

  private List<UserTask> tasksOf(long processInstanceKey) {
    return client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey)).send().join()
        .items();
  }

  @Test
  void userTaskCarriesAssignmentScheduleFormAndHeaders() {
    String group = TestEngine.unique("handhaving");
    String processId = deployDecisionTask(group);
    long instance = start(processId, Map.of("jurist", "j.devries"));

    UserTask task = client.newUserTaskGetRequest(tasksOf(instance).get(0).getUserTaskKey()).send().join();
    assertThat(task.getState()).isEqualTo(UserTaskState.CREATED);
    assertThat(task.getAssignee()).isEqualTo("j.devries");
    assertThat(task.getCandidateGroups()).containsExactly(group, "legal");
    assertThat(task.getElementId()).isEqualTo("decide");
    assertThat(task.getBpmnProcessId()).isEqualTo(processId);
    assertThat(task.getDueDate()).isEqualTo(OffsetDateTime.parse("2026-03-01T09:00:00+01:00"));
    assertThat(task.getFollowUpDate()).isEqualTo(OffsetDateTime.parse("2026-02-15T09:00:00+01:00"));
    assertThat(task.getExternalFormReference()).isEqualTo("forms/permit-decision");
    assertThat(task.getCustomHeaders()).containsEntry("letter", "decision");
    assertThat(task.getPriority()).isEqualTo(50);
    assertThat(task.getProcessInstanceKey()).isEqualTo(instance);
  }

  @Test
  void searchFiltersByStateAssigneeCandidateGroupElementAndInstance() {
    String group = TestEngine.unique("vergunningen");
    String processId = deployDecisionTask(group);
    long first = start(processId, Map.of("jurist", "a.jansen"));
    long second = start(processId, Map.of("jurist", "b.bakker"));

    assertThat(client.newUserTaskSearchRequest().filter(f -> f.candidateGroup(group)).send().join().items())
        .extracting(UserTask::getProcessInstanceKey).containsExactlyInAnyOrder(first, second);
    assertThat(client.newUserTaskSearchRequest().filter(f -> f.candidateGroup(group).assignee("b.bakker"))
        .send().join().items()).extracting(UserTask::getProcessInstanceKey).containsExactly(second);
    assertThat(client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(first).elementId("decide")
        .state(UserTaskState.CREATED)).send().join().items()).hasSize(1);
    assertThat(client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(first).elementId("other"))
        .send().join().items()).isEmpty();
    var page = client.newUserTaskSearchRequest().filter(f -> f.candidateGroup(group)).page(p -> p.limit(1))
        .send().join();
    assertThat(page.items()).hasSize(1);
    assertThat(page.page().totalItems()).isEqualTo(2);
  }

  @Test
  void assignUnassignAndCompleteWithVariablesContinueTheProcess() {
    String group = TestEngine.unique("toezicht");
    String processId = deployDecisionTask(group);
    var result = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(Map.of("jurist", "c.smit")).withResult().requestTimeout(Duration.ofSeconds(30)).send();
    long key = waitForTask(group).getUserTaskKey();

    client.newAssignUserTaskCommand(key).assignee("d.visser").send().join();
    assertThat(client.newUserTaskGetRequest(key).send().join().getAssignee()).isEqualTo("d.visser");
    client.newUnassignUserTaskCommand(key).send().join();
    assertThat(client.newUserTaskGetRequest(key).send().join().getAssignee()).isNull();

    client.newCompleteUserTaskCommand(key).variables(Map.of("decision", "granted")).send().join();

    assertThat(result.join().getVariablesAsMap()).containsEntry("decision", "granted");
    UserTask done = client.newUserTaskGetRequest(key).send().join();
    assertThat(done.getState()).isEqualTo(UserTaskState.COMPLETED);
    assertThat(done.getCompletionDate()).isNotNull();
    assertThat(client.newUserTaskSearchRequest().filter(f -> f.candidateGroup(group).state(UserTaskState.CREATED))
        .send().join().items()).isEmpty();
  }

  @Test
  void updateChangesScheduleCandidatesAndPriority() {
    String group = TestEngine.unique("update");
    String processId = deployDecisionTask(group);
    long instance = start(processId, Map.of("jurist", "f.mulder"));
    long key = tasksOf(instance).get(0).getUserTaskKey();

    client.newUpdateUserTaskCommand(key).dueDate("2026-04-01T12:00:00+02:00").candidateGroups("bezwaar")
        .priority(80).send().join();

    UserTask task = client.newUserTaskGetRequest(key).send().join();
    assertThat(task.getDueDate()).isEqualTo(OffsetDateTime.parse("2026-04-01T12:00:00+02:00"));
    assertThat(task.getFollowUpDate()).as("not in the changeset").isEqualTo(OffsetDateTime.parse("2026-02-15T09:00:00+01:00"));
    assertThat(task.getCandidateGroups()).containsExactly("bezwaar");
    assertThat(task.getPriority()).isEqualTo(80);
    Throwable bad = catchThrowable(() -> client.newUpdateUserTaskCommand(key).priority(101).send().join());
    assertThat(((ProblemException) bad).code()).isEqualTo(400);
  }

  @Test
  void unknownOrFinishedTaskAnswersNotFoundAsProblemDetail() {
    Throwable e = catchThrowable(() -> client.newCompleteUserTaskCommand(123456789L).send().join());
    assertThat(e).isInstanceOf(ProblemException.class);
    ProblemException problem = (ProblemException) e;
    assertThat(problem.code()).isEqualTo(404);
    assertThat(problem.details().getDetail()).contains("123456789");
    Throwable get = catchThrowable(() -> client.newUserTaskGetRequest(123456789L).send().join());
    assertThat(((ProblemException) get).code()).isEqualTo(404);
  }

  @Test
  void cancellingTheInstanceCancelsItsUserTask() {
    String group = TestEngine.unique("cancel");
    String processId = deployDecisionTask(group);
    long instance = start(processId, Map.of("jurist", "e.bos"));
    long key = tasksOf(instance).get(0).getUserTaskKey();
    client.newCancelInstanceCommand(instance).send().join();
    assertThat(client.newUserTaskGetRequest(key).send().join().getState()).isEqualTo(UserTaskState.CANCELED);
  }

  private UserTask waitForTask(String group) {
    for (int i = 0; i < 50; i++) {
      List<UserTask> tasks = client.newUserTaskSearchRequest().filter(f -> f.candidateGroup(group)).send().join()
          .items();
      if (!tasks.isEmpty()) {
        return tasks.get(0);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("no user task for group " + group);
  }
}
