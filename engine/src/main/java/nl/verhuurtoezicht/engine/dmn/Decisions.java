package nl.verhuurtoezicht.engine.dmn;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verhuurtoezicht.engine.model.DeploymentRejected;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.dmn.Audit;
import org.camunda.dmn.DmnEngine;
import org.camunda.dmn.parser.ParsedDecision;
import org.camunda.dmn.parser.ParsedDecisionLogic;
import org.camunda.dmn.parser.ParsedDecisionTable;
import org.camunda.dmn.parser.ParsedDmn;
import org.camunda.dmn.parser.ParsedRule;
import scala.jdk.javaapi.CollectionConverters;
import scala.util.Either;

/** Parses DMN resources at deploy time and evaluates their decisions with dmn-scala. */
public final class Decisions {
  private final DmnEngine dmn = new DmnEngine.Builder().build();

  public DecisionResource parse(String resourceName, byte[] content) throws DeploymentRejected {
    Either<DmnEngine.Failure, ParsedDmn> result;
    try {
      result = dmn.parse(new ByteArrayInputStream(content));
    } catch (RuntimeException e) {
      throw new DeploymentRejected("'" + resourceName + "': not a readable DMN file: " + e.getMessage());
    }
    if (result.isLeft()) {
      throw new DeploymentRejected("'" + resourceName + "': " + result.left().get().message());
    }
    ParsedDmn parsed = result.right().get();
    Definitions definitions = parsed.model().getDefinitions();
    List<DecisionResource.Decision> decisions = new ArrayList<>();
    for (ParsedDecision decision : CollectionConverters.asJava(parsed.decisions())) {
      decisions.add(new DecisionResource.Decision(decision.id(), decision.name()));
    }
    if (decisions.isEmpty()) {
      throw new DeploymentRejected("'" + resourceName + "': the DMN resource contains no decision");
    }
    return new DecisionResource(definitions.getId(), definitions.getName(), List.copyOf(decisions), parsed);
  }

  /** Evaluates the decision against the variables; failures come back in the outcome, never thrown. */
  public DecisionOutcome evaluate(DecisionResource resource, String decisionId, Map<String, Object> variables) {
    Either<DmnEngine.EvalFailure, DmnEngine.EvalResult> result;
    try {
      result = dmn.eval(resource.parsed(), decisionId, variables);
    } catch (RuntimeException e) {
      return new DecisionOutcome(decisionId, null, List.of(), decisionId,
          "Expected to evaluate decision '" + decisionId + "', but " + e.getMessage());
    }
    if (result.isLeft()) {
      DmnEngine.EvalFailure failure = result.left().get();
      List<DecisionOutcome.EvaluatedDecision> evaluated = evaluated(failure.auditLog());
      String failedId = firstUnevaluated(resource, decisionId, evaluated);
      return new DecisionOutcome(decisionId, null, evaluated, failedId,
          "Expected to evaluate decision '" + decisionId + "', but " + failure.failure().message());
    }
    DmnEngine.EvalResult success = result.right().get();
    Object output = success.isNil() ? null : FeelValues.toJava(success.value());
    return new DecisionOutcome(decisionId, output, evaluated(success.auditLog()), null, null);
  }

  private static List<DecisionOutcome.EvaluatedDecision> evaluated(Audit.AuditLog log) {
    List<DecisionOutcome.EvaluatedDecision> result = new ArrayList<>();
    if (log == null) {
      return result;
    }
    for (Audit.AuditLogEntry entry : CollectionConverters.asJava(log.entries())) {
      result.add(evaluatedDecision(entry));
    }
    return result;
  }

  private static DecisionOutcome.EvaluatedDecision evaluatedDecision(Audit.AuditLogEntry entry) {
    ParsedDecisionLogic logic = entry.decisionLogic();
    List<DecisionOutcome.EvaluatedInput> inputs = new ArrayList<>();
    List<DecisionOutcome.MatchedRule> rules = new ArrayList<>();
    Object output;
    if (entry.result() instanceof Audit.DecisionTableEvaluationResult table) {
      for (Audit.EvaluatedInput input : CollectionConverters.asJava(table.inputs())) {
        inputs.add(new DecisionOutcome.EvaluatedInput(
            input.input().id(), input.input().name(), FeelValues.toJava(input.value())));
      }
      List<ParsedRule> allRules = new ArrayList<>();
      if (logic instanceof ParsedDecisionTable parsedTable) {
        CollectionConverters.asJava(parsedTable.rules()).forEach(allRules::add);
      }
      for (Audit.EvaluatedRule rule : CollectionConverters.asJava(table.matchedRules())) {
        List<DecisionOutcome.EvaluatedOutput> outputs = new ArrayList<>();
        for (Audit.EvaluatedOutput evaluatedOutput : CollectionConverters.asJava(rule.outputs())) {
          outputs.add(new DecisionOutcome.EvaluatedOutput(evaluatedOutput.output().id(),
              evaluatedOutput.output().name(), FeelValues.toJava(evaluatedOutput.value())));
        }
        rules.add(new DecisionOutcome.MatchedRule(rule.rule().id(), allRules.indexOf(rule.rule()) + 1, outputs));
      }
      output = FeelValues.toJava(table.result());
    } else if (entry.result() instanceof Audit.SingleEvaluationResult single) {
      output = FeelValues.toJava(single.result());
    } else {
      output = null;
    }
    String type = logic instanceof ParsedDecisionTable ? "DECISION_TABLE" : "LITERAL_EXPRESSION";
    return new DecisionOutcome.EvaluatedDecision(entry.id(), entry.name(), type, output, inputs, rules);
  }

  /** The decision that failed: the first one, in evaluation order, that has no audit entry. */
  private static String firstUnevaluated(
      DecisionResource resource, String decisionId, List<DecisionOutcome.EvaluatedDecision> evaluated) {
    ParsedDecision root = resource.parsed().decisionsById().get(decisionId).getOrElse(() -> null);
    if (root == null) {
      return decisionId;
    }
    Set<String> order = new LinkedHashSet<>();
    collectInEvaluationOrder(root, order);
    Set<String> done = new LinkedHashSet<>();
    evaluated.forEach(decision -> done.add(decision.decisionId()));
    return order.stream().filter(id -> !done.contains(id)).findFirst().orElse(decisionId);
  }

  private static void collectInEvaluationOrder(ParsedDecision decision, Set<String> order) {
    for (ParsedDecision required : CollectionConverters.asJava(decision.requiredDecisions())) {
      collectInEvaluationOrder(required, order);
    }
    order.add(decision.id());
  }
}
