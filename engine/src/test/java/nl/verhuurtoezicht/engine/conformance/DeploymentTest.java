package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Process;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeploymentTest extends ConformanceTest {

  private static BpmnModelInstance oneTask(String processId, String type) {
    return Bpmn.createExecutableProcess(processId).startEvent().serviceTask("task", t -> t.zeebeJobType(type))
        .endEvent().done();
  }

  private Process deployOne(BpmnModelInstance model, String name) {
    DeploymentEvent event = client.newDeployResourceCommand().addProcessModel(model, name).send().join();
    assertThat(event.getProcesses()).hasSize(1);
    return event.getProcesses().get(0);
  }

  @Test
  void identicalRedeployKeepsTheVersionAndAChangeAddsOne() {
    String id = TestEngine.unique("versions");
    // The builder invents random flow ids, so the same model object is deployed twice.
    BpmnModelInstance model = oneTask(id, "a-" + id);
    Process first = deployOne(model, id + ".bpmn");
    Process again = deployOne(model, id + ".bpmn");
    Process changed = deployOne(oneTask(id, "b-" + id), id + ".bpmn");

    assertThat(first.getVersion()).isEqualTo(1);
    assertThat(again.getVersion()).isEqualTo(1);
    assertThat(again.getProcessDefinitionKey()).isEqualTo(first.getProcessDefinitionKey());
    assertThat(changed.getVersion()).isEqualTo(2);
    assertThat(changed.getProcessDefinitionKey()).isNotEqualTo(first.getProcessDefinitionKey());
  }

  @Test
  void instancesByIdRunTheLatestVersionAndByKeyTheChosenOne() {
    String id = TestEngine.unique("latest");
    Process v1 = deployOne(oneTask(id, "v1-" + id), id + ".bpmn");
    deployOne(oneTask(id, "v2-" + id), id + ".bpmn");

    var byId = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion().send().join();
    var byKey = client.newCreateInstanceCommand().processDefinitionKey(v1.getProcessDefinitionKey()).send().join();

    assertThat(byId.getVersion()).isEqualTo(2);
    assertThat(activateOne("v2-" + id).getProcessInstanceKey()).isEqualTo(byId.getProcessInstanceKey());
    assertThat(byKey.getVersion()).isEqualTo(1);
    assertThat(activateOne("v1-" + id).getProcessInstanceKey()).isEqualTo(byKey.getProcessInstanceKey());
  }

  @Test
  void unreadableBpmnIsRejectedAsInvalidArgument() {
    var e = rejection(() -> client.newDeployResourceCommand()
        .addResourceBytes("<definitions>nope".getBytes(StandardCharsets.UTF_8), "broken.bpmn").send().join());
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(e.getMessage()).contains("broken.bpmn");
  }

  @Test
  void unsupportedElementIsRejectedNamingItsIdAndType() {
    String id = TestEngine.unique("unsupported");
    BpmnModelInstance model = Bpmn.createExecutableProcess(id).startEvent()
        .userTask("reviewApplication").endEvent().done();
    var e = rejection(() -> deploy(model, id));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(e.getMessage()).contains("'reviewApplication'").contains("'userTask'");
  }

  @Test
  void unsupportedEventDefinitionIsRejectedNamingTheEvent() {
    String id = TestEngine.unique("escalation");
    BpmnModelInstance model = Bpmn.createExecutableProcess(id).startEvent()
        .endEvent("escalateToManager").escalation("ESCALATE").done();
    var e = rejection(() -> deploy(model, id));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(e.getMessage()).contains("'escalateToManager'").contains("endEvent").contains("escalationEventDefinition");
  }

  @Test
  void aRejectedDeploymentDeploysNothing() {
    String good = TestEngine.unique("good");
    String bad = TestEngine.unique("bad");
    var e = rejection(() -> client.newDeployResourceCommand()
        .addProcessModel(oneTask(good, "t-" + good), good + ".bpmn")
        .addProcessModel(Bpmn.createExecutableProcess(bad).startEvent().manualTask("m").done(), bad + ".bpmn")
        .send().join());
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(statusOf(() -> start(good, Map.of()))).isEqualTo(Status.Code.NOT_FOUND);
  }

  @Test
  void unknownProcessIdOrKeyIsNotFound() {
    assertThat(statusOf(() -> start("no-such-process", Map.of()))).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(statusOf(() -> client.newCreateInstanceCommand().processDefinitionKey(123456789L).send().join()))
        .isEqualTo(Status.Code.NOT_FOUND);
  }

  @Test
  void variablesThatAreNotAJsonObjectAreInvalid() {
    String id = TestEngine.unique("vars");
    deploy(oneTask(id, "t-" + id), id);
    var e = rejection(() -> client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion()
        .variables("[1, 2]").send().join());
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(activateNow("t-" + id)).as("the rejected instance must not exist").isEmpty();
  }
}
