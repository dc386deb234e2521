package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Call activities, event subprocesses, signals and the read API for a case's state. */
class StructureTest extends ConformanceTest {

  private String deployChild(String type) {
    String childId = TestEngine.unique("inspection");
    deploy(Bpmn.createExecutableProcess(childId).startEvent()
        .serviceTask("inspect", t -> t.zeebeJobType(type)).endEvent().done(), childId);
    return childId;
  }

  @Test
  void callActivityPassesAllVariablesDownAndTheChildsResultUp() {
    String type = TestEngine.unique("inspect");
    String childId = deployChild(type);
    String parentId = TestEngine.unique("enforcement");
    deploy(Bpmn.createExecutableProcess(parentId).startEvent()
        .callActivity("runInspection", c -> c.zeebeProcessId(childId)).endEvent().done(), parentId);
    var result = client.newCreateInstanceCommand().bpmnProcessId(parentId).latestVersion()
        .variables(Map.of("address", "Kerkstraat 2")).withResult().requestTimeout(Duration.ofSeconds(30)).send();

    ActivatedJob job = activateOne(type);
    assertThat(job.getVariablesAsMap()).containsEntry("address", "Kerkstraat 2");
    assertThat(job.getBpmnProcessId()).isEqualTo(childId);
    var child = client.newProcessInstanceGetRequest(job.getProcessInstanceKey()).send().join();
    assertThat(child.getParentProcessInstanceKey()).isNotNull();
    client.newCompleteCommand(job).variables(Map.of("violations", 2)).send().join();

    assertThat(result.join().getVariablesAsMap()).containsEntry("violations", 2).containsEntry("address", "Kerkstraat 2");
    assertThat(client.newProcessInstanceGetRequest(job.getProcessInstanceKey()).send().join().getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void callActivityWithoutPropagationPassesOnlyMappedVariables() {
    String type = TestEngine.unique("inspect");
    String childId = deployChild(type);
    String parentId = TestEngine.unique("mapped-call");
    deploy(Bpmn.createExecutableProcess(parentId).startEvent()
        .callActivity("runInspection", c -> c.zeebeProcessId(childId)
            .zeebePropagateAllChildVariables(false).zeebeInputExpression("address", "location")
            .zeebeOutputExpression("violations", "found"))
        .endEvent().done(), parentId);
    var result = client.newCreateInstanceCommand().bpmnProcessId(parentId).latestVersion()
        .variables(Map.of("address", "Kerkstraat 2")).withResult().requestTimeout(Duration.ofSeconds(30)).send();
    ActivatedJob job = activateOne(type);
    assertThat(job.getVariablesAsMap()).containsEntry("location", "Kerkstraat 2");
    client.newCompleteCommand(job).variables(Map.of("violations", 1, "notes", "mould")).send().join();
    assertThat(result.join().getVariablesAsMap()).containsEntry("found", 1).doesNotContainKeys("notes", "violations");
  }

  @Test
  void cancellingTheParentCancelsTheCalledInstance() {
    String type = TestEngine.unique("inspect");
    String childId = deployChild(type);
    String parentId = TestEngine.unique("cancel-call");
    deploy(Bpmn.createExecutableProcess(parentId).startEvent()
        .callActivity("runInspection", c -> c.zeebeProcessId(childId)).endEvent().done(), parentId);
    long parent = start(parentId, Map.of());
    ActivatedJob job = activateOne(type);
    assertThat(statusOf(() -> client.newCancelInstanceCommand(job.getProcessInstanceKey()).send().join()))
        .as("a called instance is cancelled through its root").isEqualTo(Status.Code.FAILED_PRECONDITION);
    client.newCancelInstanceCommand(parent).send().join();
    assertThat(client.newProcessInstanceGetRequest(job.getProcessInstanceKey()).send().join().getState())
        .isEqualTo(ProcessInstanceState.TERMINATED);
    assertThat(statusOf(() -> client.newCompleteCommand(job).send().join())).isEqualTo(Status.Code.NOT_FOUND);
  }

  @Test
  void errorThrownInTheCalledProcessIsCaughtAtTheCallActivity() {
    String type = TestEngine.unique("inspect");
    String childId = deployChild(type);
    String parentId = TestEngine.unique("error-call");
    String handled = TestEngine.unique("handle-refusal");
    deploy(Bpmn.createExecutableProcess(parentId).startEvent()
        .callActivity("runInspection", c -> c.zeebeProcessId(childId))
        .boundaryEvent("refused").error("ACCESS_REFUSED")
        .serviceTask("handle", t -> t.zeebeJobType(handled)).endEvent()
        .moveToActivity("runInspection").endEvent().done(), parentId);
    start(parentId, Map.of());
    ActivatedJob job = activateOne(type);
    client.newThrowErrorCommand(job).errorCode("ACCESS_REFUSED").send().join();
    activateOne(handled);
  }

  @Test
  void interruptingMessageEventSubprocessEndsTheMainFlow() {
    String processId = TestEngine.unique("withdrawable");
    String work = TestEngine.unique("assess");
    String withdrawn = TestEngine.unique("archive");
    String message = TestEngine.unique("application-withdrawn");
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId)
        .eventSubProcess("onWithdrawal", esp -> esp.startEvent("withdrawal").interrupting(true)
            .message(m -> m.name(message).zeebeCorrelationKeyExpression("applicationId"))
            .serviceTask("archive", t -> t.zeebeJobType(withdrawn)).endEvent())
        .startEvent().serviceTask("assess", t -> t.zeebeJobType(work)).endEvent().done();
    deploy(model, processId);
    var result = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(Map.of("applicationId", "W-1")).withResult().requestTimeout(Duration.ofSeconds(30)).send();
    ActivatedJob assess = activateOne(work);

    client.newPublishMessageCommand().messageName(message).correlationKey("W-1")
        .variables(Map.of("reason", "moved")).send().join();

    client.newCompleteCommand(activateOne(withdrawn)).send().join();
    assertThat(result.join().getVariablesAsMap()).containsEntry("reason", "moved");
    assertThat(statusOf(() -> client.newCompleteCommand(assess).send().join())).isEqualTo(Status.Code.NOT_FOUND);
  }

  @Test
  void nonInterruptingTimerEventSubprocessRunsBesideTheMainFlow() {
    String processId = TestEngine.unique("monitored");
    String work = TestEngine.unique("work");
    String remind = TestEngine.unique("remind");
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId)
        .eventSubProcess("reminders", esp -> esp.startEvent("weekly").interrupting(false).timerWithCycle("R1/P7D")
            .serviceTask("remind", t -> t.zeebeJobType(remind)).endEvent())
        .startEvent().serviceTask("work", t -> t.zeebeJobType(work)).endEvent().done();
    deploy(model, processId);
    start(processId, Map.of());
    ActivatedJob main = activateOne(work);
    try {
      Flows.pinClock(client, Instant.now().plus(Duration.ofDays(8)));
      client.newCompleteCommand(activateOne(remind)).send().join();
    } finally {
      Flows.resetClock(client);
    }
    client.newCompleteCommand(main).send().join();
  }

  @Test
  void errorEventSubprocessCatchesAnUnhandledJobError() {
    String processId = TestEngine.unique("error-esp");
    String work = TestEngine.unique("work");
    String recover = TestEngine.unique("recover");
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId)
        .eventSubProcess("onError", esp -> esp.startEvent("caught").error("NO_ACCESS")
            .serviceTask("recover", t -> t.zeebeJobType(recover)).endEvent())
        .startEvent().serviceTask("work", t -> t.zeebeJobType(work)).endEvent().done();
    deploy(model, processId);
    start(processId, Map.of());
    client.newThrowErrorCommand(activateOne(work)).errorCode("NO_ACCESS").send().join();
    activateOne(recover);
  }

  @Test
  void broadcastSignalReachesEveryWaitingInstanceAndStartsSignalStartProcesses() {
    String signal = TestEngine.unique("policy-changed");
    String waiting = TestEngine.unique("signal-catch");
    String started = TestEngine.unique("signal-start");
    String afterCatch = TestEngine.unique("recheck");
    String afterStart = TestEngine.unique("review-all");
    deploy(Bpmn.createExecutableProcess(waiting).startEvent().intermediateCatchEvent("policy").signal(signal)
        .serviceTask("recheck", t -> t.zeebeJobType(afterCatch)).endEvent().done(), waiting);
    deploy(Bpmn.createExecutableProcess(started).startEvent("onPolicy").signal(signal)
        .serviceTask("reviewAll", t -> t.zeebeJobType(afterStart)).endEvent().done(), started);
    start(waiting, Map.of());
    start(waiting, Map.of());

    client.newBroadcastSignalCommand().signalName(signal).variables(Map.of("policy", "2027")).send().join();

    assertThat(activate(afterCatch, 10)).hasSize(2)
        .allSatisfy(job -> assertThat(job.getVariablesAsMap()).containsEntry("policy", "2027"));
    assertThat(activateOne(afterStart).getVariablesAsMap()).containsEntry("policy", "2027");
  }

  @Test
  void signalEndEventBroadcastsToOtherInstances() {
    String signal = TestEngine.unique("case-closed");
    String listener = TestEngine.unique("listener");
    String thrower = TestEngine.unique("thrower");
    String type = TestEngine.unique("after-signal");
    deploy(Bpmn.createExecutableProcess(listener).startEvent().intermediateCatchEvent("closed").signal(signal)
        .serviceTask("t", t -> t.zeebeJobType(type)).endEvent().done(), listener);
    deploy(Bpmn.createExecutableProcess(thrower).startEvent().endEvent("close").signal(signal).done(), thrower);
    start(listener, Map.of());
    start(thrower, Map.of());
    activateOne(type);
  }

  @Test
  void readApiShowsTheInstanceItsActiveElementsAndVariables() {
    String processId = TestEngine.unique("readable");
    String type = TestEngine.unique("visible");
    deploy(Bpmn.createExecutableProcess(processId).startEvent().serviceTask("visit", t -> t.zeebeJobType(type))
        .endEvent().done(), processId);
    long instance = start(processId, Map.of("address", "Markt 1", "rooms", 4));

    var header = client.newProcessInstanceGetRequest(instance).send().join();
    assertThat(header.getProcessDefinitionId()).isEqualTo(processId);
    assertThat(header.getState()).isEqualTo(ProcessInstanceState.ACTIVE);
    assertThat(header.getHasIncident()).isFalse();
    assertThat(header.getParentProcessInstanceKey()).isNull();

    List<ElementInstance> active = client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).state(ElementInstanceState.ACTIVE)).send().join().items();
    assertThat(active).extracting(ElementInstance::getElementId).containsExactly("visit");

    List<Variable> variables = client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance))
        .send().join().items();
    assertThat(variables).extracting(Variable::getName, Variable::getValue)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("address", "\"Markt 1\""),
            org.assertj.core.groups.Tuple.tuple("rooms", "4"));
  }
}
