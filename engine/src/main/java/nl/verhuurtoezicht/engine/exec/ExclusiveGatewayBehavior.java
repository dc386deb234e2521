package nl.verhuurtoezicht.engine.exec;

import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.engine.feel.ExpressionException;
import nl.verhuurtoezicht.engine.model.FlowDef;
import nl.verhuurtoezicht.engine.state.ElementInstance;
import nl.verhuurtoezicht.engine.state.ElementState;

/**
 * Exclusive gateway: takes the first outgoing flow (in the gateway's listed order) whose condition
 * is true, else the default flow, else raises an incident.
 */
final class ExclusiveGatewayBehavior implements ElementBehavior {
  @Override
  public void onActivate(BpmnExecutor executor, ElementInstance instance) {
    List<FlowDef> outgoing = instance.element.outgoing();
    if (outgoing.size() == 1 && outgoing.get(0).condition() == null) {
      take(executor, instance, outgoing.get(0));
      return;
    }
    Map<String, Object> variables = executor.visibleVariables(instance);
    for (FlowDef flow : outgoing) {
      if (flow == instance.element.defaultFlow() || flow.condition() == null) {
        continue;
      }
      try {
        if (executor.feel().evaluateBoolean(flow.condition(), variables)) {
          take(executor, instance, flow);
          return;
        }
      } catch (ExpressionException e) {
        executor.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), 0);
        return;
      }
    }
    if (instance.element.defaultFlow() != null) {
      take(executor, instance, instance.element.defaultFlow());
      return;
    }
    executor.raiseIncident(instance, "CONDITION_ERROR",
        "Expected at least one condition to evaluate to true, or to have a default flow", 0);
  }

  private static void take(BpmnExecutor executor, ElementInstance instance, FlowDef flow) {
    instance.state = ElementState.COMPLETING;
    executor.leave(instance, List.of(flow));
  }
}
