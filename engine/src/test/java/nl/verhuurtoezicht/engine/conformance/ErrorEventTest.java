package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorEventTest extends ConformanceTest {

  @Test
  void thrownErrorIsCaughtByTheMatchingBoundaryAndItsVariablesPassOnlyThroughOutputMappings() {
    String id = TestEngine.unique("boundary");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .serviceTask("register", t -> t.zeebeJobType(id + "-register"))
        .boundaryEvent("alreadyRegistered").error("DUPLICATE").zeebeOutputExpression("existingId", "duplicateOf")
        .serviceTask("handleDuplicate", t -> t.zeebeJobType(id + "-duplicate")).endEvent()
        .moveToActivity("register").boundaryEvent("anyError").error()
        .serviceTask("handleOther", t -> t.zeebeJobType(id + "-other")).endEvent()
        .moveToActivity("register").serviceTask("normal", t -> t.zeebeJobType(id + "-normal")).endEvent()
        .done(), id);

    long instance = start(id, Map.of());
    ActivatedJob register = activateOne(id + "-register");
    client.newThrowErrorCommand(register).errorCode("DUPLICATE").errorMessage("seen before")
        .variables(Map.of("existingId", "P-1", "noise", true)).send().join();

    ActivatedJob duplicate = activateOne(id + "-duplicate");
    assertThat(duplicate.getProcessInstanceKey()).isEqualTo(instance);
    assertThat(duplicate.getVariablesAsMap()).containsEntry("duplicateOf", "P-1").doesNotContainKeys("existingId", "noise");
    assertThat(activateNow(id + "-other")).as("the specific catch wins over the catch-all").isEmpty();
    assertThat(activateNow(id + "-normal")).isEmpty();
  }

  @Test
  void errorWithoutSpecificCatchIsCaughtByTheCatchAllBoundary() {
    String id = TestEngine.unique("catch-all");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .serviceTask("register", t -> t.zeebeJobType(id + "-register"))
        .boundaryEvent("alreadyRegistered").error("DUPLICATE")
        .serviceTask("handleDuplicate", t -> t.zeebeJobType(id + "-duplicate")).endEvent()
        .moveToActivity("register").boundaryEvent("anyError").error()
        .serviceTask("handleOther", t -> t.zeebeJobType(id + "-other")).endEvent()
        .moveToActivity("register").endEvent()
        .done(), id);

    start(id, Map.of());
    client.newThrowErrorCommand(activateOne(id + "-register")).errorCode("SOMETHING_ELSE").send().join();

    assertThat(activate(id + "-other", 1)).hasSize(1);
  }

  @Test
  void errorEndEventInsideSubprocessIsCaughtByTheSubprocessBoundary() {
    String id = TestEngine.unique("error-end");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .subProcess("check").embeddedSubProcess().startEvent()
        .serviceTask("inner", t -> t.zeebeJobType(id + "-inner")).endEvent("rejected").error("INCOMPLETE")
        .subProcessDone()
        .serviceTask("notCaught", t -> t.zeebeJobType(id + "-normal")).endEvent()
        .moveToActivity("check").boundaryEvent("incomplete").error("INCOMPLETE")
        .serviceTask("requestDocuments", t -> t.zeebeJobType(id + "-request")).endEvent()
        .done(), id);

    long instance = start(id, Map.of());
    client.newCompleteCommand(activateOne(id + "-inner")).send().join();

    assertThat(activateOne(id + "-request").getProcessInstanceKey()).isEqualTo(instance);
    assertThat(activateNow(id + "-normal")).isEmpty();
  }

  @Test
  void uncaughtThrownErrorRaisesAnIncidentOnTheJob() {
    String id = TestEngine.unique("uncaught");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .serviceTask("register", t -> t.zeebeJobType(id)).endEvent().done(), id);

    long instance = start(id, Map.of());
    ActivatedJob job = activateOne(id);
    client.newThrowErrorCommand(job).errorCode("NOBODY_CATCHES").errorMessage("boom").send().join();

    List<Incident> open = incidents(instance, IncidentState.ACTIVE);
    assertThat(open).singleElement().satisfies(i -> {
      assertThat(i.getErrorType()).isEqualTo(IncidentErrorType.UNHANDLED_ERROR_EVENT);
      assertThat(i.getErrorMessage()).contains("NOBODY_CATCHES");
      assertThat(i.getJobKey()).isEqualTo(job.getKey());
    });
    assertThat(statusOf(() -> client.newCompleteCommand(job).send().join()))
        .isEqualTo(Status.Code.FAILED_PRECONDITION);

    client.newResolveIncidentCommand(open.get(0).getIncidentKey()).send().join();
    ActivatedJob again = activateOne(id);
    assertThat(again.getKey()).isEqualTo(job.getKey());
    client.newCompleteCommand(again).send().join();
  }

  @Test
  void uncaughtErrorEndEventRaisesAnIncident() {
    String id = TestEngine.unique("uncaught-end");
    deploy(Bpmn.createExecutableProcess(id).startEvent().endEvent("fail").error("NOPE").done(), id);

    long instance = start(id, Map.of());

    assertThat(incidents(instance, IncidentState.ACTIVE)).singleElement().satisfies(i -> {
      assertThat(i.getErrorType()).isEqualTo(IncidentErrorType.UNHANDLED_ERROR_EVENT);
      assertThat(i.getElementId()).isEqualTo("fail");
    });
  }
}
