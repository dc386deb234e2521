package nl.verhuurtoezicht.engine.grpc;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DecisionMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DecisionRequirementsMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.Deployment;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecision;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecisionInput;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecisionOutput;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.MatchedDecisionRule;
import java.util.List;
import nl.verhuurtoezicht.engine.dmn.DecisionOutcome;
import nl.verhuurtoezicht.engine.exec.Json;
import nl.verhuurtoezicht.engine.exec.Views;
import nl.verhuurtoezicht.engine.state.DecisionDefinition;
import nl.verhuurtoezicht.engine.state.DecisionRequirements;

/** Protobuf shapes of deployed decisions and of decision evaluations. */
final class DecisionReplies {
  private static final String TENANT = "<default>";

  private DecisionReplies() {}

  static void addDecisions(DeployResourceResponse.Builder builder, List<Views.DeployedDecisions> deployed) {
    for (Views.DeployedDecisions resource : deployed) {
      DecisionRequirements drg = resource.requirements();
      for (DecisionDefinition decision : resource.decisions()) {
        builder.addDeployments(Deployment.newBuilder().setDecision(DecisionMetadata.newBuilder()
            .setDmnDecisionId(decision.decisionId()).setDmnDecisionName(nullToEmpty(decision.decisionName()))
            .setVersion(decision.version()).setDecisionKey(decision.key())
            .setDmnDecisionRequirementsId(drg.decisionRequirementsId()).setDecisionRequirementsKey(drg.key())
            .setTenantId(TENANT)));
      }
      builder.addDeployments(Deployment.newBuilder().setDecisionRequirements(DecisionRequirementsMetadata.newBuilder()
          .setDmnDecisionRequirementsId(drg.decisionRequirementsId())
          .setDmnDecisionRequirementsName(nullToEmpty(drg.name())).setVersion(drg.version())
          .setDecisionRequirementsKey(drg.key()).setResourceName(drg.resourceName()).setTenantId(TENANT)));
    }
  }

  static EvaluateDecisionResponse evaluation(Views.DecisionEvaluation evaluation) {
    DecisionDefinition decision = evaluation.decision();
    DecisionOutcome outcome = evaluation.outcome();
    DecisionRequirements drg = decision.requirements();
    EvaluateDecisionResponse.Builder builder = EvaluateDecisionResponse.newBuilder()
        .setDecisionKey(decision.key()).setDecisionId(decision.decisionId())
        .setDecisionName(nullToEmpty(decision.decisionName())).setDecisionVersion(decision.version())
        .setDecisionRequirementsId(drg.decisionRequirementsId()).setDecisionRequirementsKey(drg.key())
        .setTenantId(TENANT).setDecisionInstanceKey(evaluation.evaluationKey())
        .setDecisionEvaluationKey(evaluation.evaluationKey());
    if (outcome.failed()) {
      builder.setFailedDecisionId(outcome.failedDecisionId()).setFailureMessage(outcome.failureMessage());
    } else {
      builder.setDecisionOutput(Json.toJson(outcome.output()));
    }
    int index = 0;
    for (DecisionOutcome.EvaluatedDecision evaluated : outcome.evaluatedDecisions()) {
      index++;
      DecisionDefinition definition = evaluation.evaluatedDefinitions().getOrDefault(evaluated.decisionId(), decision);
      EvaluatedDecision.Builder item = EvaluatedDecision.newBuilder()
          .setDecisionKey(definition.key()).setDecisionId(evaluated.decisionId())
          .setDecisionName(nullToEmpty(evaluated.decisionName())).setDecisionVersion(definition.version())
          .setDecisionType(evaluated.decisionType()).setDecisionOutput(Json.toJson(evaluated.output()))
          .setTenantId(TENANT).setDecisionEvaluationInstanceKey(evaluation.evaluationKey() + "-" + index);
      for (DecisionOutcome.EvaluatedInput input : evaluated.inputs()) {
        item.addEvaluatedInputs(EvaluatedDecisionInput.newBuilder().setInputId(input.inputId())
            .setInputName(nullToEmpty(input.inputName())).setInputValue(Json.toJson(input.value())));
      }
      for (DecisionOutcome.MatchedRule rule : evaluated.matchedRules()) {
        MatchedDecisionRule.Builder matched =
            MatchedDecisionRule.newBuilder().setRuleId(rule.ruleId()).setRuleIndex(rule.ruleIndex());
        for (DecisionOutcome.EvaluatedOutput output : rule.outputs()) {
          matched.addEvaluatedOutputs(EvaluatedDecisionOutput.newBuilder().setOutputId(output.outputId())
              .setOutputName(nullToEmpty(output.outputName())).setOutputValue(Json.toJson(output.value())));
        }
        item.addMatchedRules(matched);
      }
      builder.addEvaluatedDecisions(item);
    }
    return builder.build();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
