package nl.verhuurtoezicht.engine.exec;

import java.util.Map;
import nl.verhuurtoezicht.engine.feel.ExpressionException;
import nl.verhuurtoezicht.engine.state.ElementInstance;

/** Script task with a zeebe:script FEEL expression; the result is stored in the result variable. */
final class ScriptTaskBehavior implements ElementBehavior {
  @Override
  public void onActivate(BpmnExecutor executor, ElementInstance instance) {
    Object result;
    try {
      result = executor.feel().evaluate(instance.element.script(), executor.visibleVariables(instance));
    } catch (ExpressionException e) {
      executor.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), 0);
      return;
    }
    executor.completeWithVariables(instance, Map.of(instance.element.resultVariable(), Json.toJson(result)));
  }
}
