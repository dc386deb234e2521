package nl.verhuurtoezicht.engine.dmn;

import java.util.List;

/**
 * The result of evaluating a decision and every decision it required, in evaluation order, as
 * the EvaluateDecision RPC and the business rule task report them. On failure
 * {@link #failureMessage()} is set and {@link #output()} is null.
 */
public record DecisionOutcome(
    String decisionId,
    Object output,
    List<EvaluatedDecision> evaluatedDecisions,
    String failedDecisionId,
    String failureMessage) {

  public boolean failed() {
    return failureMessage != null;
  }

  public record EvaluatedDecision(
      String decisionId,
      String decisionName,
      String decisionType,
      Object output,
      List<EvaluatedInput> inputs,
      List<MatchedRule> matchedRules) {}

  public record EvaluatedInput(String inputId, String inputName, Object value) {}

  public record MatchedRule(String ruleId, int ruleIndex, List<EvaluatedOutput> outputs) {}

  public record EvaluatedOutput(String outputId, String outputName, Object value) {}
}
