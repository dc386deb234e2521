package nl.verhuurtoezicht.engine.exec;

import java.util.ArrayList;
import java.util.Map;
import nl.verhuurtoezicht.engine.feel.ExpressionException;
import nl.verhuurtoezicht.engine.state.ElementInstance;

/** None, terminate and error end events. */
final class EndEventBehavior implements ElementBehavior {
  @Override
  public void onActivate(BpmnExecutor executor, ElementInstance instance) {
    switch (instance.element.eventType()) {
      case NONE -> executor.complete(instance);
      case TERMINATE -> terminateScope(executor, instance);
      case ERROR -> throwError(executor, instance);
      case SIGNAL -> {
        if (SignalThrowBehavior.broadcast(executor, instance)) {
          executor.complete(instance);
        }
      }
      default -> throw new IllegalStateException("an end event cannot be of type " + instance.element.eventType());
    }
  }

  /** Terminates every other instance in the flow scope; the scope then completes normally. */
  private static void terminateScope(BpmnExecutor executor, ElementInstance instance) {
    ElementInstance scope = instance.parent;
    for (ElementInstance sibling : new ArrayList<>(scope.children.values())) {
      if (sibling != instance) {
        executor.terminate(sibling);
      }
    }
    scope.joinArrivals.clear();
    executor.state().instanceChanged(scope);
    executor.complete(instance);
  }

  private static void throwError(BpmnExecutor executor, ElementInstance instance) {
    String code;
    try {
      code = executor.feel().evaluateString(instance.element.errorCode(), executor.visibleVariables(instance));
    } catch (ExpressionException e) {
      executor.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), 0);
      return;
    }
    if (!executor.throwError(instance, code, Map.of())) {
      executor.raiseIncident(instance, "UNHANDLED_ERROR_EVENT",
          "Expected to throw an error event with the code '" + code
              + "', but it was not caught. No error events are available in the scope.", 0);
    }
  }
}
