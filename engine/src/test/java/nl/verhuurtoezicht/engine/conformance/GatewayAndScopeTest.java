package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayAndScopeTest extends ConformanceTest {

  private BpmnModelInstance decision(String id, String type) {
    return Bpmn.createExecutableProcess(id).startEvent()
        .exclusiveGateway("fine")
        .conditionExpression("=amount > 1000").serviceTask("high", t -> t.zeebeJobType(type + "-high")).endEvent()
        .moveToNode("fine").conditionExpression("=amount > 100").serviceTask("medium", t -> t.zeebeJobType(type + "-medium")).endEvent()
        .moveToLastExclusiveGateway().defaultFlow().serviceTask("low", t -> t.zeebeJobType(type + "-low")).endEvent()
        .done();
  }

  @Test
  void exclusiveGatewayTakesTheFirstTrueConditionInListedOrderElseTheDefault() {
    String id = TestEngine.unique("xor");
    deploy(decision(id, id), id);

    long both = start(id, Map.of("amount", 5000));   // both conditions true: the first listed wins
    long medium = start(id, Map.of("amount", 500));
    long low = start(id, Map.of("amount", 5));

    assertThat(activateOne(id + "-high").getProcessInstanceKey()).isEqualTo(both);
    assertThat(activateOne(id + "-medium").getProcessInstanceKey()).isEqualTo(medium);
    assertThat(activateOne(id + "-low").getProcessInstanceKey()).isEqualTo(low);
  }

  @Test
  void exclusiveGatewayWithoutMatchRaisesAConditionIncidentThatResolvesAfterFixingVariables() {
    String id = TestEngine.unique("xor-incident");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .exclusiveGateway("route")
        .conditionExpression("=kind = \"a\"").serviceTask("a", t -> t.zeebeJobType(id + "-a")).endEvent()
        .moveToNode("route").conditionExpression("=kind = \"b\"").endEvent()
        .done(), id);

    long instance = start(id, Map.of("kind", "c"));

    List<Incident> open = incidents(instance, IncidentState.ACTIVE);
    assertThat(open).singleElement().satisfies(i -> {
      assertThat(i.getErrorType()).isEqualTo(IncidentErrorType.CONDITION_ERROR);
      assertThat(i.getElementId()).isEqualTo("route");
    });

    client.newSetVariablesCommand(instance).variables(Map.of("kind", "a")).send().join();
    client.newResolveIncidentCommand(open.get(0).getIncidentKey()).send().join();

    assertThat(activateOne(id + "-a").getProcessInstanceKey()).isEqualTo(instance);
    assertThat(incidents(instance, IncidentState.ACTIVE)).isEmpty();
    assertThat(incidents(instance, IncidentState.RESOLVED)).hasSize(1);
  }

  @Test
  void conditionThatFailsToEvaluateRaisesAnExtractValueIncident() {
    String id = TestEngine.unique("xor-feel");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .exclusiveGateway("route")
        .conditionExpression("=count(amount) > 1").endEvent()
        .moveToLastExclusiveGateway().defaultFlow().endEvent()
        .done(), id);

    long instance = start(id, Map.of("amount", 5));

    assertThat(incidents(instance, IncidentState.ACTIVE)).singleElement()
        .satisfies(i -> assertThat(i.getErrorType()).isIn(IncidentErrorType.EXTRACT_VALUE_ERROR));
  }

  @Test
  void parallelGatewayForksAndJoinsBeforeContinuing() {
    String id = TestEngine.unique("and");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .parallelGateway("fork")
        .serviceTask("inspect", t -> t.zeebeJobType(id + "-inspect")).parallelGateway("join")
        .serviceTask("decide", t -> t.zeebeJobType(id + "-decide")).endEvent()
        .moveToNode("fork").serviceTask("letter", t -> t.zeebeJobType(id + "-letter")).connectTo("join")
        .done(), id);

    var result = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion().withResult()
        .requestTimeout(Duration.ofSeconds(30)).send();
    ActivatedJob inspect = activateOne(id + "-inspect");
    ActivatedJob letter = activateOne(id + "-letter");
    client.newCompleteCommand(inspect).variables(Map.of("inspected", true)).send().join();
    assertThat(activateNow(id + "-decide")).as("the join waits for the second branch").isEmpty();

    client.newCompleteCommand(letter).variables(Map.of("letterSent", true)).send().join();
    ActivatedJob decide = activateOne(id + "-decide");
    assertThat(decide.getVariablesAsMap()).containsEntry("inspected", true).containsEntry("letterSent", true);
    client.newCompleteCommand(decide).send().join();

    assertThat(result.join().getVariablesAsMap()).containsKeys("inspected", "letterSent");
  }

  @Test
  void embeddedSubprocessRunsInsideItsOwnScopeAndThenContinues() {
    String id = TestEngine.unique("sub");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .subProcess("visit").zeebeInputExpression("address", "visitAddress")
        .embeddedSubProcess().startEvent().serviceTask("record", t -> t.zeebeJobType(id + "-record")).endEvent()
        .subProcessDone()
        .serviceTask("after", t -> t.zeebeJobType(id + "-after")).endEvent()
        .done(), id);

    long instance = start(id, Map.of("address", "Dorpsstraat 1"));
    ActivatedJob record = activateOne(id + "-record");
    assertThat(record.getVariablesAsMap()).containsEntry("visitAddress", "Dorpsstraat 1");
    client.newCompleteCommand(record).send().join();

    ActivatedJob after = activateOne(id + "-after");
    assertThat(after.getProcessInstanceKey()).isEqualTo(instance);
    assertThat(after.getVariablesAsMap()).as("subprocess-local variable is gone").doesNotContainKey("visitAddress");
  }

  @Test
  void terminateEndEventEndsTheOtherBranchesAndTheProcess() {
    String id = TestEngine.unique("terminate");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .parallelGateway("fork")
        .serviceTask("slow", t -> t.zeebeJobType(id + "-slow")).endEvent()
        .moveToNode("fork").serviceTask("stop", t -> t.zeebeJobType(id + "-stop")).endEvent("kill").terminate()
        .done(), id);

    var result = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion().withResult()
        .requestTimeout(Duration.ofSeconds(30)).send();
    ActivatedJob slow = activateOne(id + "-slow");
    client.newCompleteCommand(activateOne(id + "-stop")).send().join();

    assertThat(result.join().getProcessInstanceKey()).isEqualTo(slow.getProcessInstanceKey());
    assertThat(statusOf(() -> client.newCompleteCommand(slow).send().join()))
        .as("the terminated branch's job is gone").isEqualTo(io.grpc.Status.Code.NOT_FOUND);
  }
}
