package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
* The path an instance took can be read back through {@code POST /v2/element-instances/search}: ended elements
* come from the history with COMPLETED or TERMINATED, live ones are ACTIVE, all in activation order.
*/
class ElementHistoryTest extends ConformanceTest {

  @Test
  void theRouteThroughAnExclusiveGatewayIsReadBackElementByElement() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("history-route")
        .startEvent("received")
        .exclusiveGateway("complete").defaultFlow()
        .serviceTask("request-more", t -> t.zeebeJobType("history-request-more"))
        .endEvent("asked")
        .moveToNode("complete").conditionExpression("= documents >= 3")
        .serviceTask("check", t -> t.zeebeJobType("history-check"))
        .endEvent("checked")
        .done();
    deploy(model, "history-route");
    long instance = start("history-route", Map.of("documents", 4));
    ActivatedJob check = activateOne("history-check");

    assertThat(path(instance)).extracting(ElementInstance::getElementId, ElementInstance::getState)
        .containsExactly(tuple("received", ElementInstanceState.COMPLETED),
            tuple("complete", ElementInstanceState.COMPLETED),
            tuple("check", ElementInstanceState.ACTIVE));

    client.newCompleteCommand(check.getKey()).send().join();

    assertThat(path(instance)).extracting(ElementInstance::getElementId, ElementInstance::getType,
            ElementInstance::getState)
        .containsExactly(tuple("received", ElementInstanceType.START_EVENT, ElementInstanceState.COMPLETED),
            tuple("complete", ElementInstanceType.EXCLUSIVE_GATEWAY, ElementInstanceState.COMPLETED),
            tuple("check", ElementInstanceType.SERVICE_TASK, ElementInstanceState.COMPLETED),
            tuple("checked", ElementInstanceType.END_EVENT, ElementInstanceState.COMPLETED));
  }

  @Test
  void anInterruptedTaskIsTerminatedAndItsBoundaryEventCompleted() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("history-boundary")
        .startEvent("start")
        .serviceTask("inspect", t -> t.zeebeJobType("history-inspect"))
        .boundaryEvent("refused").error("NO_ACCESS")
        .endEvent("escalated")
        .moveToActivity("inspect")
        .endEvent("done")
        .done();
    deploy(model, "history-boundary");
    long instance = start("history-boundary", Map.of());
    ActivatedJob inspect = activateOne("history-inspect");

    client.newThrowErrorCommand(inspect.getKey()).errorCode("NO_ACCESS").send().join();

    assertThat(path(instance)).extracting(ElementInstance::getElementId, ElementInstance::getState)
        .containsExactly(tuple("start", ElementInstanceState.COMPLETED),
            tuple("inspect", ElementInstanceState.TERMINATED),
            tuple("refused", ElementInstanceState.COMPLETED),
            tuple("escalated", ElementInstanceState.COMPLETED));
    assertThat(client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).state(ElementInstanceState.TERMINATED))
        .send().join().items()).extracting(ElementInstance::getElementId).containsExactly("inspect");
  }

  @Test
  void anEndedMultiInstanceBodyKeepsItsActivitysIdAsCamundaListsIt() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("history-mi")
        .startEvent("start")
        .serviceTask("inspect", t -> t.zeebeJobType("history-mi-inspect")
            .multiInstance(m -> m.parallel().zeebeInputCollectionExpression("addresses").zeebeInputElement("address")))
        .endEvent("done")
        .done();
    deploy(model, "history-mi");
    long instance = start("history-mi", Map.of("addresses", List.of(1, 2)));
    for (ActivatedJob job : activate("history-mi-inspect", 2)) {
      client.newCompleteCommand(job.getKey()).send().join();
    }

    assertThat(path(instance)).extracting(ElementInstance::getElementId, ElementInstance::getType,
            ElementInstance::getState)
        .containsExactly(tuple("start", ElementInstanceType.START_EVENT, ElementInstanceState.COMPLETED),
            tuple("inspect", ElementInstanceType.MULTI_INSTANCE_BODY, ElementInstanceState.COMPLETED),
            tuple("inspect", ElementInstanceType.SERVICE_TASK, ElementInstanceState.COMPLETED),
            tuple("inspect", ElementInstanceType.SERVICE_TASK, ElementInstanceState.COMPLETED),
            tuple("done", ElementInstanceType.END_EVENT, ElementInstanceState.COMPLETED));
  }

  private List<ElementInstance> path(long instance) {
    return client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(instance))
        .send().join().items();
  }
}
