package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events in nested scopes, FEEL timer values and incidents of waiting elements. */
class EventScopeTest extends ConformanceTest {

  @Test
  void nonInterruptingMessageEventSubprocessInsideASubprocessLeavesTheSubprocessRunning() {
    String processId = TestEngine.unique("nested-esp");
    String work = TestEngine.unique("inspect");
    String noted = TestEngine.unique("note");
    String message = TestEngine.unique("tenant-complaint");
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId).startEvent()
        .subProcess("inspection", s -> s.embeddedSubProcess()
            .eventSubProcess("complaints", esp -> esp.startEvent("complaint").interrupting(false)
                .message(m -> m.name(message).zeebeCorrelationKeyExpression("address"))
                .serviceTask("note", t -> t.zeebeJobType(noted)).endEvent())
            .startEvent().serviceTask("inspect", t -> t.zeebeJobType(work)).endEvent())
        .endEvent().done();
    deploy(model, processId);
    var result = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(Map.of("address", "Laan 3")).withResult().requestTimeout(Duration.ofSeconds(30)).send();
    ActivatedJob inspect = activateOne(work);

    client.newPublishMessageCommand().messageName(message).correlationKey("Laan 3")
        .variables(Map.of("complaint", "noise")).send().join();
    client.newCompleteCommand(activateOne(noted)).send().join();
    client.newCompleteCommand(inspect).variables(Map.of("done", true)).send().join();

    assertThat(result.join().getVariablesAsMap()).containsEntry("complaint", "noise").containsEntry("done", true);
  }

  @Test
  void timerBoundaryOnASubprocessInterruptsEverythingInside() {
    String processId = TestEngine.unique("sub-timeout");
    String work = TestEngine.unique("collect");
    String late = TestEngine.unique("late");
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId).startEvent()
        .subProcess("collectDocuments", s -> s.embeddedSubProcess().startEvent()
            .serviceTask("collect", t -> t.zeebeJobType(work)).endEvent())
        .boundaryEvent("termOver").timerWithDurationExpression("term")
        .serviceTask("late", t -> t.zeebeJobType(late)).endEvent()
        .moveToActivity("collectDocuments").endEvent().done();
    deploy(model, processId);
    start(processId, Map.of("term", "P2W"));
    ActivatedJob collect = activateOne(work);
    try {
      Flows.pinClock(client, Instant.now().plus(Duration.ofDays(15)));
      activateOne(late);
    } finally {
      Flows.resetClock(client);
    }
    assertThat(statusOf(() -> client.newCompleteCommand(collect).send().join())).isEqualTo(Status.Code.NOT_FOUND);
  }

  @Test
  void feelDurationAndDateTimeValuesDriveTimers() {
    String processId = TestEngine.unique("feel-timers");
    String type = TestEngine.unique("after");
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .intermediateCatchEvent("weeks").timerWithDurationExpression("duration(\"P21D\")")
        .intermediateCatchEvent("until").timerWithDateExpression("date and time(deadline)")
        .serviceTask("after", t -> t.zeebeJobType(type)).endEvent().done(), processId);
    Instant deadline = Instant.now().plus(Duration.ofDays(30));
    start(processId, Map.of("deadline", deadline.toString()));
    try {
      Flows.pinClock(client, Instant.now().plus(Duration.ofDays(22)));
      assertThat(Flows.jobs(client, type)).as("second timer still running").isEmpty();
      Flows.pinClock(client, deadline.plusSeconds(1));
      activateOne(type);
    } finally {
      Flows.resetClock(client);
    }
  }

  @Test
  void signalBoundaryEventInterruptsTheActivity() {
    String processId = TestEngine.unique("signal-boundary");
    String work = TestEngine.unique("work");
    String stopped = TestEngine.unique("stopped");
    String signal = TestEngine.unique("moratorium");
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("work", t -> t.zeebeJobType(work))
        .boundaryEvent("stop").signal(signal)
        .serviceTask("stopped", t -> t.zeebeJobType(stopped)).endEvent()
        .moveToActivity("work").endEvent().done(), processId);
    start(processId, Map.of());
    ActivatedJob job = activateOne(work);
    client.newBroadcastSignalCommand().signalName(signal).send().join();
    activateOne(stopped);
    assertThat(statusOf(() -> client.newCompleteCommand(job).send().join())).isEqualTo(Status.Code.NOT_FOUND);
  }

  @Test
  void badCorrelationKeyRaisesAnIncidentResolvedBySettingTheVariable() {
    String processId = TestEngine.unique("bad-key");
    String message = TestEngine.unique("m");
    String type = TestEngine.unique("after");
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .intermediateCatchEvent("wait").message(m -> m.name(message).zeebeCorrelationKeyExpression("caseId"))
        .serviceTask("after", t -> t.zeebeJobType(type)).endEvent().done(), processId);
    long instance = start(processId, Map.of("caseId", Map.of("not", "a key")));
    var incidents = incidents(instance, IncidentState.ACTIVE);
    assertThat(incidents).singleElement().satisfies(i -> {
      assertThat(i.getElementId()).isEqualTo("wait");
      assertThat(i.getErrorMessage()).contains("correlation key");
    });
    client.newSetVariablesCommand(instance).variables(Map.of("caseId", "X-9")).send().join();
    client.newResolveIncidentCommand(incidents.get(0).getIncidentKey()).send().join();
    client.newPublishMessageCommand().messageName(message).correlationKey("X-9").send().join();
    activateOne(type);
  }

  @Test
  void errorBoundaryOnAMultiInstanceBodyCatchesAnInnerError() {
    String processId = TestEngine.unique("mi-error");
    String work = TestEngine.unique("check-unit");
    String handle = TestEngine.unique("unsafe");
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("checkUnit", t -> t.zeebeJobType(work).multiInstance(m -> m.parallel()
            .zeebeInputCollectionExpression("units").zeebeInputElement("unit")))
        .boundaryEvent("unsafe").error("UNSAFE")
        .serviceTask("handle", t -> t.zeebeJobType(handle)).endEvent()
        .moveToActivity("checkUnit").endEvent().done(), processId);
    start(processId, Map.of("units", java.util.List.of("A", "B")));
    var jobs = activate(work, 10);
    assertThat(jobs).hasSize(2);
    client.newThrowErrorCommand(jobs.get(0)).errorCode("UNSAFE").send().join();
    activateOne(handle);
    assertThat(statusOf(() -> client.newCompleteCommand(jobs.get(1)).send().join()))
        .as("the other inner instance was terminated with the body").isEqualTo(Status.Code.NOT_FOUND);
  }
}
