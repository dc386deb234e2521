package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

/** Elements outside the engine's allow-list are rejected at deploy, naming the element id and type. */
class UnsupportedElementsTest extends ConformanceTest {

  private void assertRejected(BpmnModelInstance model, String processId, String elementId, String type) {
    var e = rejection(() -> deploy(model, processId));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(e.getMessage()).contains("'" + elementId + "'").contains(type);
  }

  @Test
  void inclusiveGatewayIsRejected() {
    String id = TestEngine.unique("inclusive");
    assertRejected(Bpmn.createExecutableProcess(id).startEvent().inclusiveGateway("either").endEvent().done(),
        id, "either", "inclusiveGateway");
  }

  @Test
  void compensationBoundaryEventIsRejected() {
    String id = TestEngine.unique("compensation");
    BpmnModelInstance model = Bpmn.createExecutableProcess(id).startEvent()
        .serviceTask("charge", t -> t.zeebeJobType("charge"))
        .boundaryEvent("undoCharge").compensateEventDefinition().compensateEventDefinitionDone()
        .moveToActivity("charge").endEvent().done();
    assertRejected(model, id, "undoCharge", "compensateEventDefinition");
  }

  @Test
  void errorBoundaryThatDoesNotInterruptIsRejected() {
    String id = TestEngine.unique("non-interrupting-error");
    BpmnModelInstance model = Bpmn.createExecutableProcess(id).startEvent()
        .serviceTask("work", t -> t.zeebeJobType("work"))
        .boundaryEvent("oops", b -> b.cancelActivity(false)).error("E")
        .endEvent().moveToActivity("work").endEvent().done();
    assertRejected(model, id, "oops", "boundaryEvent");
  }

  @Test
  void timerCycleOnAnIntermediateCatchEventIsRejected() {
    String id = TestEngine.unique("cycle-catch");
    BpmnModelInstance model = Bpmn.createExecutableProcess(id).startEvent()
        .intermediateCatchEvent("repeat").timerWithCycle("R3/PT1H").endEvent().done();
    assertRejected(model, id, "repeat", "intermediateCatchEvent");
  }

  @Test
  void jobBasedUserTaskAndStandardLoopAreRejected() {
    String userTask = TestEngine.unique("job-user-task");
    assertRejected(Bpmn.createExecutableProcess(userTask).startEvent().userTask("legacy").endEvent().done(),
        userTask, "legacy", "userTask");
    String completion = TestEngine.unique("completion-condition");
    assertRejected(Bpmn.createExecutableProcess(completion).startEvent()
        .serviceTask("each", t -> t.zeebeJobType("x").multiInstance(m -> m.parallel()
            .zeebeInputCollectionExpression("items").completionCondition("=true")))
        .endEvent().done(), completion, "each", "completionCondition");
  }
}
