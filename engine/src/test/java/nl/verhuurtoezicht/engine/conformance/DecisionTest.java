package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecisionTest extends ConformanceTest {
  private static DeploymentEvent deployment;

  @BeforeEach
  void deployDecisionsOnce() {
    if (deployment == null) {
      deployment = client.newDeployResourceCommand().addResourceFromClasspath("dmn/hit-policies.dmn").send().join();
    }
  }

  private EvaluateDecisionResponse evaluate(String decisionId, Map<String, Object> variables) {
    return client.newEvaluateDecisionCommand().decisionId(decisionId).variables(variables).send().join();
  }

  @Test
  void deployingDmnListsTheDecisionsAndTheirRequirementsGraph() {
    assertThat(deployment.getDecisions()).extracting(d -> d.getDmnDecisionId())
        .containsExactlyInAnyOrder("permitFee", "riskLevel", "checks", "visitAdvice");
    assertThat(deployment.getDecisions()).allSatisfy(d -> {
      assertThat(d.getDmnDecisionRequirementsId()).isEqualTo("hitPolicies");
      assertThat(d.getDecisionKey()).isPositive();
    });
    assertThat(deployment.getDecisionRequirements()).singleElement().satisfies(drg -> {
      assertThat(drg.getDmnDecisionRequirementsName()).isEqualTo("Hit policies");
      assertThat(drg.getResourceName()).isEqualTo("dmn/hit-policies.dmn");
    });
    DeploymentEvent again = client.newDeployResourceCommand().addResourceFromClasspath("dmn/hit-policies.dmn")
        .send().join();
    assertThat(again.getDecisions().get(0).getVersion()).as("identical redeploy keeps the version")
        .isEqualTo(deployment.getDecisions().get(0).getVersion());
  }

  @Test
  void uniqueHitPolicyReturnsTheOneMatchAndReportsTheMatchedRule() {
    EvaluateDecisionResponse response = evaluate("permitFee", Map.of("rooms", 7));
    assertThat(response.getFailureMessage()).isEmpty();
    assertThat(response.getDecisionOutput()).isEqualTo("250");
    assertThat(response.getDecisionRequirementsId()).isEqualTo("hitPolicies");
    assertThat(response.getEvaluatedDecisions()).singleElement().satisfies(d -> {
      assertThat(d.getDecisionType()).isEqualTo("DECISION_TABLE");
      assertThat(d.getEvaluatedInputs()).singleElement().satisfies(i -> assertThat(i.getInputValue()).isEqualTo("7"));
      assertThat(d.getMatchedRules()).singleElement().satisfies(r -> {
        assertThat(r.getRuleId()).isEqualTo("medium");
        assertThat(r.getRuleIndex()).isEqualTo(2);
        assertThat(r.getEvaluatedOutputs().get(0).getOutputValue()).isEqualTo("250");
      });
    });
  }

  @Test
  void uniqueHitPolicyWithTwoMatchesFailsWithAReadableMessage() {
    EvaluateDecisionResponse response = evaluate("permitFee", Map.of("rooms", 10));
    assertThat(response.getFailedDecisionId()).isEqualTo("permitFee");
    assertThat(response.getFailureMessage()).startsWith("Expected to evaluate decision 'permitFee', but");
  }

  @Test
  void firstHitPolicyTakesTheFirstMatchingRule() {
    assertThat(evaluate("riskLevel", Map.of("complaints", 5)).getDecisionOutput())
        .isEqualTo("{\"level\":\"high\",\"visit\":true}");
    assertThat(evaluate("riskLevel", Map.of("complaints", 1)).getDecisionOutput())
        .isEqualTo("{\"level\":\"medium\",\"visit\":true}");
  }

  @Test
  void collectHitPolicyReturnsAllMatches() {
    assertThat(evaluate("checks", Map.of("tenants", 9)).getDecisionOutput())
        .isEqualTo("[\"registration\",\"fire-safety\",\"overcrowding\"]");
  }

  @Test
  void requiredDecisionsAreReportedInEvaluationOrder() {
    EvaluateDecisionResponse response = evaluate("visitAdvice", Map.of("complaints", 3));
    assertThat(response.getDecisionOutput()).isEqualTo("\"visit within 2 weeks\"");
    assertThat(response.getEvaluatedDecisions()).extracting(d -> d.getDecisionId())
        .containsExactly("riskLevel", "visitAdvice");
  }

  @Test
  void unknownDecisionIsNotFound() {
    assertThat(statusOf(() -> evaluate("noSuchDecision", Map.of()))).isEqualTo(Status.Code.NOT_FOUND);
  }

  @Test
  void businessRuleTaskStoresTheDecisionResultInItsResultVariable() {
    String processId = TestEngine.unique("fee");
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .businessRuleTask("determineFee", t -> t.zeebeCalledDecisionId("permitFee").zeebeResultVariable("fee"))
        .endEvent().done(), processId);
    var result = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(Map.of("rooms", 3)).withResult().requestTimeout(Duration.ofSeconds(20)).send().join();
    assertThat(result.getVariablesAsMap()).containsEntry("fee", 100);
  }

  @Test
  void failedDecisionRaisesAnIncidentThatCanBeResolvedAfterFixingTheInput() {
    String processId = TestEngine.unique("fee-incident");
    String type = TestEngine.unique("after-fee");
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .businessRuleTask("determineFee", t -> t.zeebeCalledDecisionId("permitFee").zeebeResultVariable("fee"))
        .serviceTask("next", t -> t.zeebeJobType(type)).endEvent().done(), processId);
    long instance = start(processId, Map.of("rooms", 10));

    var incident = incidents(instance, IncidentState.ACTIVE);
    assertThat(incident).singleElement().satisfies(i -> {
      assertThat(i.getErrorMessage()).contains("permitFee");
      assertThat(i.getElementId()).isEqualTo("determineFee");
    });
    assertThat(client.newIncidentsByProcessInstanceSearchRequest(instance).send().join().items())
        .extracting(i -> i.getIncidentKey()).containsExactly(incident.get(0).getIncidentKey());
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getHasIncident()).isTrue();
    client.newSetVariablesCommand(instance).variables(Map.of("rooms", 12)).send().join();
    client.newResolveIncidentCommand(incident.get(0).getIncidentKey()).send().join();

    assertThat(activateOne(type).getVariablesAsMap()).containsEntry("fee", 400);
  }

  @Test
  void brokenDmnIsRejectedWithTheResourceName() {
    var e = rejection(() -> client.newDeployResourceCommand()
        .addResourceBytes("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\">"
            .getBytes(StandardCharsets.UTF_8), "broken.dmn").send().join());
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(e.getMessage()).contains("broken.dmn");
  }
}
