package nl.verhuurtoezicht.engine.model;

import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import java.util.Map;
import nl.verhuurtoezicht.engine.feel.Expression;
import nl.verhuurtoezicht.engine.feel.ExpressionException;
import nl.verhuurtoezicht.engine.feel.FeelExpressions;

/**
 * Compiles multi-instance activities as Zeebe runs them: a multi-instance body that takes the
 * activity's place in the flow (its sequence flows and boundary events) and runs the activity once
 * per item of the input collection, in parallel or one after another.
 */
final class MultiInstanceCompiler {
  /**
   * The body's element id: the activity's id plus this suffix, so that body and inner instances
   * are told apart when stored.
   */
  static final String BODY_SUFFIX = "#multiInstanceBody";

  private final FeelExpressions feel;

  MultiInstanceCompiler(FeelExpressions feel) {
    this.feel = feel;
  }

  ElementDef compileBody(Activity activity, ElementDef scope) throws DeploymentRejected {
    String describe = EventElementCompiler.describe(activity);
    if (!(activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop)) {
      throw EventElementCompiler.unsupported(activity, " with standard loop characteristics");
    }
    if (loop.getCompletionCondition() != null) {
      throw EventElementCompiler.unsupported(activity, " with a multi-instance completionCondition");
    }
    ZeebeLoopCharacteristics zeebe = loop.getSingleExtensionElement(ZeebeLoopCharacteristics.class);
    if (zeebe == null || zeebe.getInputCollection() == null || zeebe.getInputCollection().isBlank()) {
      throw new DeploymentRejected(describe + ": multi-instance needs zeebe:loopCharacteristics with an inputCollection");
    }
    boolean hasOutputCollection = zeebe.getOutputCollection() != null && !zeebe.getOutputCollection().isBlank();
    boolean hasOutputElement = zeebe.getOutputElement() != null && !zeebe.getOutputElement().isBlank();
    if (hasOutputCollection != hasOutputElement) {
      throw new DeploymentRejected(describe + ": outputCollection and outputElement must be given together");
    }
    ElementDef body = new ElementDef(activity.getId() + BODY_SUFFIX, ElementKind.MULTI_INSTANCE_BODY, scope);
    body.sequential = loop.isSequential();
    body.inputCollection = parse(describe, zeebe.getInputCollection());
    body.inputElement = blankToNull(zeebe.getInputElement());
    body.outputCollection = hasOutputCollection ? zeebe.getOutputCollection() : null;
    body.outputElement = hasOutputElement ? parse(describe, zeebe.getOutputElement()) : null;
    return body;
  }

  /** The element sequence flows and boundary events refer to: the body of a multi-instance activity. */
  static ElementDef flowNode(Map<String, ElementDef> elements, String bpmnId) {
    ElementDef body = elements.get(bpmnId + BODY_SUFFIX);
    return body != null ? body : elements.get(bpmnId);
  }

  private Expression parse(String describe, String text) throws DeploymentRejected {
    try {
      return feel.parseExpression(text);
    } catch (ExpressionException e) {
      throw new DeploymentRejected(describe + ": " + e.getMessage());
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
