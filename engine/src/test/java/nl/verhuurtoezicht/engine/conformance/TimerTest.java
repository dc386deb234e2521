package nl.verhuurtoezicht.engine.conformance;

import static nl.verhuurtoezicht.engine.conformance.Flows.deploy;
import static nl.verhuurtoezicht.engine.conformance.Flows.jobs;
import static nl.verhuurtoezicht.engine.conformance.Flows.oneJob;
import static nl.verhuurtoezicht.engine.conformance.Flows.pinClock;
import static nl.verhuurtoezicht.engine.conformance.Flows.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimerTest {
  private CamundaClient client;

  @BeforeEach
  void connect() {
    client = TestEngine.client();
  }

  @AfterEach
  void disconnect() {
    Flows.resetClock(client);
    client.close();
  }

  @Test
  void anEightWeekDecisionTermElapsesInWellUnderASecondByMovingTheClock() {
    String processId = TestEngine.unique("decision-term");
    String type = TestEngine.unique("decide-late");
    deploy(client, Bpmn.createExecutableProcess(processId).startEvent()
        .intermediateCatchEvent("eightWeeks", e -> e.timerWithDuration("P8W"))
        .serviceTask("late", t -> t.zeebeJobType(type)).endEvent().done(), processId);
    Instant started = Instant.now();
    start(client, processId, Map.of("applicationId", 7));

    pinClock(client, started.plus(Duration.ofDays(56)).minusSeconds(60));
    assertThat(jobs(client, type)).as("one minute before the term ends").isEmpty();

    long before = System.nanoTime();
    pinClock(client, started.plus(Duration.ofDays(56)).plusSeconds(1));
    ActivatedJob job = oneJob(client, type);
    long elapsedMillis = (System.nanoTime() - before) / 1_000_000;

    assertThat(job.getVariablesAsMap()).containsEntry("applicationId", 7);
    assertThat(elapsedMillis).isLessThan(1000);
  }

  @Test
  void timerDateFromAVariableFiresAtThatInstant() {
    String processId = TestEngine.unique("hearing-date");
    String type = TestEngine.unique("after-hearing");
    deploy(client, Bpmn.createExecutableProcess(processId).startEvent()
        .intermediateCatchEvent("hearing", e -> e.timerWithDateExpression("hearingAt"))
        .serviceTask("after", t -> t.zeebeJobType(type)).endEvent().done(), processId);
    Instant hearing = Instant.now().plus(Duration.ofDays(10));
    start(client, processId, Map.of("hearingAt", hearing.toString()));

    pinClock(client, hearing.minusSeconds(1));
    assertThat(jobs(client, type)).isEmpty();
    pinClock(client, hearing);
    oneJob(client, type);
  }

  @Test
  void interruptingBoundaryTimerCancelsTheTaskAndTakesTheTimeoutPath() {
    String processId = TestEngine.unique("supplement-term");
    String work = TestEngine.unique("supplement");
    String timeout = TestEngine.unique("reject-incomplete");
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("waitForSupplement", t -> t.zeebeJobType(work))
        .boundaryEvent("termEnded", b -> b.timerWithDuration("P14D").cancelActivity(true))
        .serviceTask("reject", t -> t.zeebeJobType(timeout)).endEvent()
        .moveToActivity("waitForSupplement").endEvent().done();
    deploy(client, model, processId);
    start(client, processId, Map.of());
    ActivatedJob supplement = oneJob(client, work);

    pinClock(client, Instant.now().plus(Duration.ofDays(15)));

    oneJob(client, timeout);
    assertThatThrownBy(() -> client.newCompleteCommand(supplement.getKey()).send().join())
        .isInstanceOf(ClientStatusException.class)
        .satisfies(e -> assertThat(((ClientStatusException) e).getStatusCode()).isEqualTo(Status.Code.NOT_FOUND));
  }

  @Test
  void nonInterruptingCycleBoundaryRemindsTwiceAndTheTaskStaysOpen() {
    String processId = TestEngine.unique("reminders");
    String work = TestEngine.unique("inspect");
    String remind = TestEngine.unique("remind");
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("inspect", t -> t.zeebeJobType(work))
        .boundaryEvent("reminder", b -> b.timerWithCycle("R2/PT1H").cancelActivity(false))
        .serviceTask("sendReminder", t -> t.zeebeJobType(remind)).endEvent()
        .moveToActivity("inspect").endEvent("done").done();
    deploy(client, model, processId);
    var result = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().withResult()
        .requestTimeout(Duration.ofSeconds(20)).send();
    ActivatedJob inspection = oneJob(client, work);

    pinClock(client, Instant.now().plus(Duration.ofHours(5)));

    assertThat(jobs(client, remind)).hasSize(2).allSatisfy(job -> client.newCompleteCommand(job).send().join());
    client.newCompleteCommand(inspection).variables(Map.of("inspected", true)).send().join();
    assertThat(result.join().getVariablesAsMap()).containsEntry("inspected", true);
  }

  @Test
  void timerStartEventWithBoundedCycleStartsOneInstancePerFiring() {
    String processId = TestEngine.unique("periodic-check");
    String type = TestEngine.unique("periodic");
    deploy(client, Bpmn.createExecutableProcess(processId).startEvent("every").timerWithCycle("R2/PT1H")
        .serviceTask("check", t -> t.zeebeJobType(type)).endEvent().done(), processId);

    pinClock(client, Instant.now().plus(Duration.ofMinutes(90)));
    assertThat(jobs(client, type)).hasSize(1).allSatisfy(job -> client.newCompleteCommand(job).send().join());
    pinClock(client, Instant.now().plus(Duration.ofHours(10)));
    assertThat(jobs(client, type)).as("the second and last firing").hasSize(1);
  }

  @Test
  void redeployingReplacesTheStartTimersOfThePreviousVersion() {
    String processId = TestEngine.unique("replaced-timer");
    String oldType = TestEngine.unique("old");
    String newType = TestEngine.unique("new");
    Instant at = Instant.now().plus(Duration.ofDays(3));
    deploy(client, Bpmn.createExecutableProcess(processId).startEvent("at").timerWithDate(at.toString())
        .serviceTask("a", t -> t.zeebeJobType(oldType)).endEvent().done(), processId);
    deploy(client, Bpmn.createExecutableProcess(processId).startEvent("at").timerWithDate(at.toString())
        .serviceTask("a", t -> t.zeebeJobType(newType)).endEvent().done(), processId);

    pinClock(client, at.plusSeconds(1));

    assertThat(jobs(client, oldType)).isEmpty();
    assertThat(jobs(client, newType)).hasSize(1);
  }

  @Test
  void startTimerThatDoesNotEvaluateWithoutVariablesRejectsTheDeployment() {
    String processId = TestEngine.unique("start-timer-expression");
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId).startEvent("at")
        .timerWithDateExpression("notAVariable").endEvent().done();
    assertThatThrownBy(() -> deploy(client, model, processId))
        .isInstanceOf(ClientStatusException.class)
        .hasMessageContaining("Element 'at' of type 'startEvent'");
    assertThatThrownBy(() -> client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join())
        .as("nothing was deployed").isInstanceOf(ClientStatusException.class);
  }

  @Test
  void unreadableTimerIsRejectedAtDeployWithElementIdAndType() {
    String processId = TestEngine.unique("bad-timer");
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId).startEvent()
        .intermediateCatchEvent("wait", e -> e.timerWithDuration("8 weeks")).endEvent().done();
    assertThatThrownBy(() -> deploy(client, model, processId))
        .isInstanceOf(ClientStatusException.class)
        .hasMessageContaining("Element 'wait' of type 'intermediateCatchEvent'")
        .hasMessageContaining("'8 weeks' is not an ISO-8601 duration")
        .satisfies(e -> assertThat(((ClientStatusException) e).getStatusCode())
            .isEqualTo(Status.Code.INVALID_ARGUMENT));
  }
}
