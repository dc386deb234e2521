package nl.verhuurtoezicht.engine.exec;

import java.util.Map;
import nl.verhuurtoezicht.engine.dmn.DecisionOutcome;
import nl.verhuurtoezicht.engine.feel.ExpressionException;
import nl.verhuurtoezicht.engine.state.DecisionDefinition;
import nl.verhuurtoezicht.engine.state.ElementInstance;

/** Business rule task with zeebe:calledDecision: evaluates the latest version of the decision. */
final class BusinessRuleTaskBehavior implements ElementBehavior {
  @Override
  public void onActivate(BpmnExecutor executor, ElementInstance instance) {
    Map<String, Object> variables = executor.visibleVariables(instance);
    String decisionId;
    try {
      decisionId = executor.feel().evaluateString(instance.element.decisionId(), variables);
    } catch (ExpressionException e) {
      executor.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), 0);
      return;
    }
    DecisionDefinition decision = executor.state().events().latestDecision(decisionId);
    if (decision == null) {
      executor.raiseIncident(instance, "CALLED_DECISION_ERROR", "Expected to evaluate decision '" + decisionId
          + "', but no decision found for id '" + decisionId + "'", 0);
      return;
    }
    DecisionOutcome outcome =
        executor.triggers().decisions().evaluate(decision.requirements().parsed(), decisionId, variables);
    if (outcome.failed()) {
      executor.raiseIncident(instance, "DECISION_EVALUATION_ERROR", outcome.failureMessage(), 0);
      return;
    }
    executor.completeWithVariables(instance, Map.of(instance.element.resultVariable(), Json.toJson(outcome.output())));
  }
}
