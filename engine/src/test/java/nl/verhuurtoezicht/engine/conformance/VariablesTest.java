package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariablesTest extends ConformanceTest {

  @Test
  void inputMappingsAreLocalAndOutputMappingsReplaceTheDefaultMerge() {
    String id = TestEngine.unique("io");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .serviceTask("fine", t -> t.zeebeJobType(id + "-fine")
            .zeebeInputExpression("amount * 2", "doubled")
            .zeebeOutputExpression("fineId", "issuedFineId"))
        .serviceTask("next", t -> t.zeebeJobType(id + "-next")).endEvent()
        .done(), id);

    start(id, Map.of("amount", 250));
    ActivatedJob fine = activateOne(id + "-fine");
    assertThat(fine.getVariablesAsMap()).containsEntry("doubled", 500).containsEntry("amount", 250);
    client.newCompleteCommand(fine).variables(Map.of("fineId", "F-7", "scratch", 1)).send().join();

    ActivatedJob next = activateOne(id + "-next");
    assertThat(next.getVariablesAsMap())
        .containsEntry("issuedFineId", "F-7")
        .doesNotContainKeys("doubled", "fineId", "scratch");
  }

  @Test
  void jobVariablesGoToTheNearestScopeThatHasThemElseTheProcessScope() {
    String id = TestEngine.unique("propagate");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .subProcess("case").zeebeInputExpression("\"draft\"", "status")
        .embeddedSubProcess().startEvent()
        .serviceTask("work", t -> t.zeebeJobType(id + "-work"))
        .serviceTask("check", t -> t.zeebeJobType(id + "-check")).endEvent()
        .subProcessDone()
        .serviceTask("after", t -> t.zeebeJobType(id + "-after")).endEvent()
        .done(), id);

    start(id, Map.of("status", "new"));
    client.newCompleteCommand(activateOne(id + "-work"))
        .variables(Map.of("status", "checked", "result", "ok")).send().join();

    ActivatedJob check = activateOne(id + "-check");
    assertThat(check.getVariablesAsMap()).containsEntry("status", "checked").containsEntry("result", "ok");
    client.newCompleteCommand(check).send().join();

    ActivatedJob after = activateOne(id + "-after");
    assertThat(after.getVariablesAsMap())
        .as("status was updated in the subprocess scope; result was created at the root")
        .containsEntry("status", "new").containsEntry("result", "ok");
  }

  @Test
  void fetchVariablesLimitsWhatTheWorkerSees() {
    String id = TestEngine.unique("fetch");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .serviceTask("t", t -> t.zeebeJobType(id)).endEvent().done(), id);
    start(id, Map.of("a", 1, "b", 2));
    var jobs = client.newActivateJobsCommand().jobType(id).maxJobsToActivate(1).fetchVariables("a")
        .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
    assertThat(jobs.get(0).getVariablesAsMap()).containsOnlyKeys("a");
  }

  @Test
  void scriptTaskStoresItsFeelResultInTheResultVariable() {
    String id = TestEngine.unique("script");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .scriptTask("total", s -> s.zeebeExpression("sum(fines)").zeebeResultVariable("totalFine"))
        .endEvent().done(), id);

    var result = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion()
        .variables(Map.of("fines", java.util.List.of(100, 250))).withResult()
        .requestTimeout(Duration.ofSeconds(10)).send().join();

    assertThat(result.getVariablesAsMap()).containsEntry("totalFine", 350);
  }

  @Test
  void failingScriptRaisesAnIncidentAndRetriesAfterResolution() {
    String id = TestEngine.unique("script-incident");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .scriptTask("total", s -> s.zeebeExpression("assert(x, x != null)").zeebeResultVariable("y"))
        .serviceTask("after", t -> t.zeebeJobType(id)).endEvent().done(), id);

    long instance = start(id, Map.of());
    var incident = incidents(instance, IncidentState.ACTIVE);
    assertThat(incident).singleElement().satisfies(i -> {
      assertThat(i.getErrorType()).isEqualTo(IncidentErrorType.EXTRACT_VALUE_ERROR);
      assertThat(i.getElementId()).isEqualTo("total");
    });

    client.newSetVariablesCommand(instance).variables(Map.of("x", 3)).send().join();
    client.newResolveIncidentCommand(incident.get(0).getIncidentKey()).send().join();

    assertThat(activateOne(id).getVariablesAsMap()).containsEntry("y", 3);
  }

  @Test
  void setVariablesLocalStaysInTheScopeAndUnknownScopeIsNotFound() {
    String id = TestEngine.unique("setvars");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .serviceTask("t1", t -> t.zeebeJobType(id + "-1"))
        .serviceTask("t2", t -> t.zeebeJobType(id + "-2")).endEvent().done(), id);
    long instance = start(id, Map.of());
    ActivatedJob first = activateOne(id + "-1");

    client.newSetVariablesCommand(first.getElementInstanceKey()).variables(Map.of("onlyHere", 1)).local(true)
        .send().join();
    client.newSetVariablesCommand(first.getElementInstanceKey()).variables(Map.of("global", 2)).send().join();
    client.newCompleteCommand(first).send().join();

    assertThat(activateOne(id + "-2").getVariablesAsMap()).containsEntry("global", 2).doesNotContainKey("onlyHere");
    assertThat(statusOf(() -> client.newSetVariablesCommand(987654321L).variables(Map.of("a", 1)).send().join()))
        .isEqualTo(Status.Code.NOT_FOUND);
    assertThat(statusOf(() -> client.newSetVariablesCommand(instance).variables("\"text\"").send().join()))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
  }

  @Test
  void anEndedInstanceKeepsItsLastVariablesForTheSearchAsCamundaHistoryDoes() {
    String id = TestEngine.unique("ended-vars");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .serviceTask("decide", t -> t.zeebeJobType(id + "-decide")).endEvent()
        .done(), id);
    long instance = start(id, Map.of("application", "VA-2026-000001"));
    ActivatedJob decide = activateOne(id + "-decide");
    client.newCompleteCommand(decide).variables(Map.of("decision", "GRANT", "permitId", 17)).send().join();

    // The job's completion and the end of the instance are committed before the command is answered.
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
        .isEqualTo(io.camunda.client.api.search.enums.ProcessInstanceState.COMPLETED);
    assertThat(client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items())
        .extracting(io.camunda.client.api.search.response.Variable::getName,
            io.camunda.client.api.search.response.Variable::getValue)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("application", "\"VA-2026-000001\""),
            org.assertj.core.groups.Tuple.tuple("decision", "\"GRANT\""),
            org.assertj.core.groups.Tuple.tuple("permitId", "17"));
    assertThat(client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).name("decision"))
        .send().join().items()).singleElement()
        .satisfies(v -> assertThat(v.getScopeKey()).isEqualTo(instance));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.newVariableSearchRequest()
            .filter(f -> f.processInstanceKey(instance + 999_999)).send().join())
        .hasMessageContaining("404");
  }
}
