package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultiInstanceTest extends ConformanceTest {

  @Test
  void parallelMultiInstanceRunsAllItemsAtOnceAndCollectsOutputsInItemOrder() {
    String processId = TestEngine.unique("inspect-units");
    String type = TestEngine.unique("inspect-unit");
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("inspectUnit", t -> t.zeebeJobType(type).multiInstance(m -> m.parallel()
            .zeebeInputCollectionExpression("units").zeebeInputElement("unit")
            .zeebeOutputCollection("findings").zeebeOutputElementExpression("finding")))
        .endEvent().done(), processId);
    var result = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(Map.of("units", List.of("1A", "1B", "2A"))).withResult().requestTimeout(Duration.ofSeconds(30))
        .send();

    List<ActivatedJob> jobs = activate(type, 10);
    assertThat(jobs).hasSize(3);
    assertThat(jobs).extracting(j -> j.getVariablesAsMap().get("unit")).containsExactlyInAnyOrder("1A", "1B", "2A");
    jobs.stream().sorted(Comparator.comparing((ActivatedJob j) -> (String) j.getVariablesAsMap().get("unit")).reversed())
        .forEach(job -> client.newCompleteCommand(job)
            .variables(Map.of("finding", "ok-" + job.getVariablesAsMap().get("unit"))).send().join());

    assertThat(result.join().getVariablesAsMap()).containsEntry("findings", List.of("ok-1A", "ok-1B", "ok-2A"));
  }

  @Test
  void sequentialMultiInstanceRunsOneItemAfterTheOtherWithLoopCounter() {
    String processId = TestEngine.unique("letters");
    String type = TestEngine.unique("send-letter");
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("sendLetter", t -> t.zeebeJobType(type).multiInstance(m -> m.sequential()
            .zeebeInputCollectionExpression("recipients").zeebeInputElement("recipient")
            .zeebeOutputCollection("sent").zeebeOutputElementExpression("recipient + \" sent\"")))
        .endEvent().done(), processId);
    var result = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(Map.of("recipients", List.of("owner", "tenant"))).withResult()
        .requestTimeout(Duration.ofSeconds(30)).send();

    ActivatedJob first = activateOne(type);
    assertThat(first.getVariablesAsMap()).containsEntry("recipient", "owner").containsEntry("loopCounter", 1);
    assertThat(Flows.jobs(client, type)).as("the second item waits for the first").isEmpty();
    client.newCompleteCommand(first).send().join();
    ActivatedJob second = activateOne(type);
    assertThat(second.getVariablesAsMap()).containsEntry("recipient", "tenant").containsEntry("loopCounter", 2);
    client.newCompleteCommand(second).send().join();

    assertThat(result.join().getVariablesAsMap()).containsEntry("sent", List.of("owner sent", "tenant sent"));
  }

  /**
   * As in Zeebe (camunda/camunda#4860, #11476): with the default propagateAllChildVariables each
   * child would copy back its stale copy of the output collection, so the Zeebe-documented way is
   * propagateAllChildVariables=false with an output mapping of the result.
   */
  @Test
  void multiInstanceCallActivityCollectsEachChildsResult() {
    String childId = TestEngine.unique("mi-child");
    String childType = TestEngine.unique("visit-address");
    String parentId = TestEngine.unique("mi-parent");
    deploy(Bpmn.createExecutableProcess(childId).startEvent()
        .serviceTask("visit", t -> t.zeebeJobType(childType)).endEvent().done(), childId);
    deploy(Bpmn.createExecutableProcess(parentId).startEvent()
        .callActivity("visitEach", c -> c.zeebeProcessId(childId).zeebePropagateAllChildVariables(false)
            .zeebeOutputExpression("result", "result").multiInstance(m -> m.parallel()
            .zeebeInputCollectionExpression("addresses").zeebeInputElement("address")
            .zeebeOutputCollection("results").zeebeOutputElementExpression("result")))
        .endEvent().done(), parentId);
    var result = client.newCreateInstanceCommand().bpmnProcessId(parentId).latestVersion()
        .variables(Map.of("addresses", List.of("Markt 1", "Markt 2"))).withResult()
        .requestTimeout(Duration.ofSeconds(30)).send();
    List<ActivatedJob> visits = activate(childType, 10);
    assertThat(visits).hasSize(2);
    visits.stream().sorted(Comparator.comparing((ActivatedJob j) -> (String) j.getVariablesAsMap().get("address"))
            .reversed())
        .forEach(job -> client.newCompleteCommand(job)
            .variables(Map.of("result", "seen " + job.getVariablesAsMap().get("address"))).send().join());
    assertThat(result.join().getVariablesAsMap()).containsEntry("results", List.of("seen Markt 1", "seen Markt 2"));
  }

  @Test
  void emptyCollectionCompletesAtOnceAndMultiInstanceSubprocessWorks() {
    String processId = TestEngine.unique("mi-subprocess");
    String type = TestEngine.unique("visit");
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId).startEvent()
        .subProcess("perAddress", s -> s.multiInstance(m -> m.parallel().zeebeInputCollectionExpression("addresses")
            .zeebeInputElement("address")))
        .embeddedSubProcess().startEvent().serviceTask("visit", t -> t.zeebeJobType(type)).endEvent()
        .subProcessDone().endEvent().done();
    deploy(model, processId);

    var empty = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(Map.of("addresses", List.of())).withResult().requestTimeout(Duration.ofSeconds(30)).send().join();
    assertThat(empty.getVariablesAsMap()).containsEntry("addresses", List.of());

    start(processId, Map.of("addresses", List.of("Markt 1", "Markt 2")));
    assertThat(activate(type, 10)).extracting(j -> j.getVariablesAsMap().get("address"))
        .containsExactlyInAnyOrder("Markt 1", "Markt 2");
  }

  @Test
  void inputCollectionThatIsNotAListRaisesAnIncident() {
    String processId = TestEngine.unique("mi-incident");
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("t", t -> t.zeebeJobType("never").multiInstance(m -> m.parallel()
            .zeebeInputCollectionExpression("units")))
        .endEvent().done(), processId);
    long instance = start(processId, Map.of("units", "not a list"));
    assertThat(incidents(instance, io.camunda.client.api.search.enums.IncidentState.ACTIVE)).singleElement()
        .satisfies(i -> assertThat(i.getErrorMessage()).contains("ARRAY"));
  }

  @Test
  void outputCollectionWithoutOutputElementIsRejectedAtDeploy() {
    String processId = TestEngine.unique("mi-bad");
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("t", t -> t.zeebeJobType("x").multiInstance(m -> m.parallel()
            .zeebeInputCollectionExpression("units").zeebeOutputCollection("out")))
        .endEvent().done();
    var e = rejection(() -> deploy(model, processId));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(e.getMessage()).contains("'t'").contains("outputElement");
  }
}
