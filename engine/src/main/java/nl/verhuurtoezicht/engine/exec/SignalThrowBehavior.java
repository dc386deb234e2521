package nl.verhuurtoezicht.engine.exec;

import java.util.Map;
import nl.verhuurtoezicht.engine.feel.ExpressionException;
import nl.verhuurtoezicht.engine.model.EventType;
import nl.verhuurtoezicht.engine.state.ElementInstance;

/** Intermediate throw events: a none event passes through, a signal event broadcasts its signal first. */
final class SignalThrowBehavior implements ElementBehavior {
  @Override
  public void onActivate(BpmnExecutor executor, ElementInstance instance) {
    if (instance.element.eventType() == EventType.SIGNAL && !broadcast(executor, instance)) {
      return;
    }
    executor.complete(instance);
  }

  /** Broadcasts after the current step, so the thrower's own state is settled first; false after an incident. */
  static boolean broadcast(BpmnExecutor executor, ElementInstance instance) {
    String name;
    try {
      name = executor.feel().evaluateString(instance.element.signalName(), executor.visibleVariables(instance));
    } catch (ExpressionException e) {
      executor.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), 0);
      return false;
    }
    executor.schedule(() -> executor.triggers().broadcastSignal(name, Map.of()));
    return true;
  }
}
