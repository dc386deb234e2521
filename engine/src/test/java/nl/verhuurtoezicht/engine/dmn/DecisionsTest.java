package nl.verhuurtoezicht.engine.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.engine.model.DeploymentRejected;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecisionsTest {
  private final Decisions decisions = new Decisions();
  private DecisionResource resource;

  @BeforeEach
  void parse() throws Exception {
    resource = decisions.parse("hit-policies.dmn", read("/dmn/hit-policies.dmn"));
  }

  @Test
  void parseListsTheDecisionRequirementsGraphAndItsDecisions() {
    assertThat(resource.decisionRequirementsId()).isEqualTo("hitPolicies");
    assertThat(resource.decisionRequirementsName()).isEqualTo("Hit policies");
    assertThat(resource.decisions()).extracting(DecisionResource.Decision::decisionId)
        .containsExactlyInAnyOrder("permitFee", "riskLevel", "checks", "visitAdvice");
  }

  @Test
  void uniqueReturnsTheSingleMatchAndFailsOnTwoMatches() {
    DecisionOutcome outcome = decisions.evaluate(resource, "permitFee", Map.of("rooms", 7));
    assertThat(outcome.failed()).isFalse();
    assertThat(json(outcome.output())).isEqualTo("250");
    DecisionOutcome.EvaluatedDecision evaluated = outcome.evaluatedDecisions().get(0);
    assertThat(evaluated.decisionType()).isEqualTo("DECISION_TABLE");
    assertThat(json(evaluated.inputs())).isEqualTo("[{\"inputId\":\"rooms\",\"inputName\":\"Rooms\",\"value\":7}]");
    assertThat(evaluated.matchedRules()).extracting(DecisionOutcome.MatchedRule::ruleId, DecisionOutcome.MatchedRule::ruleIndex)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("medium", 2));

    DecisionOutcome twoMatches = decisions.evaluate(resource, "permitFee", Map.of("rooms", 10));
    assertThat(twoMatches.failed()).isTrue();
    assertThat(twoMatches.failedDecisionId()).isEqualTo("permitFee");
    assertThat(twoMatches.failureMessage()).startsWith("Expected to evaluate decision 'permitFee', but")
        .containsIgnoringCase("unique");
  }

  @Test
  void firstReturnsTheFirstMatchingRuleInTableOrder() {
    DecisionOutcome outcome = decisions.evaluate(resource, "riskLevel", Map.of("complaints", 4));
    assertThat(json(outcome.output())).isEqualTo("{\"level\":\"high\",\"visit\":true}");
    assertThat(json(decisions.evaluate(resource, "riskLevel", Map.of("complaints", 0)).output()))
        .isEqualTo("{\"level\":\"low\",\"visit\":false}");
  }

  @Test
  void collectReturnsEveryMatchInTableOrder() {
    assertThat(decisions.evaluate(resource, "checks", Map.of("tenants", 9)).output())
        .isEqualTo(List.of("registration", "fire-safety", "overcrowding"));
    assertThat(decisions.evaluate(resource, "checks", Map.of("tenants", 2)).output())
        .isEqualTo(List.of("registration"));
  }

  @Test
  void requiredDecisionsAreEvaluatedFirstAndReported() {
    DecisionOutcome outcome = decisions.evaluate(resource, "visitAdvice", Map.of("complaints", 1));
    assertThat(outcome.output()).isEqualTo("visit within 6 weeks");
    assertThat(outcome.evaluatedDecisions()).extracting(DecisionOutcome.EvaluatedDecision::decisionId)
        .containsExactly("riskLevel", "visitAdvice");
    assertThat(outcome.evaluatedDecisions().get(1).decisionType()).isEqualTo("LITERAL_EXPRESSION");
  }

  @Test
  void unknownDecisionAndBrokenResourceAreReportedClearly() {
    DecisionOutcome unknown = decisions.evaluate(resource, "nope", Map.of());
    assertThat(unknown.failed()).isTrue();
    assertThat(unknown.failureMessage()).contains("'nope'");
    assertThatThrownBy(() -> decisions.parse("broken.dmn", "<definitions>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(DeploymentRejected.class).hasMessageContaining("'broken.dmn'");
  }

  private static String json(Object value) {
    try {
      return new ObjectMapper().writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] read(String path) throws IOException {
    try (var in = DecisionsTest.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }
}
