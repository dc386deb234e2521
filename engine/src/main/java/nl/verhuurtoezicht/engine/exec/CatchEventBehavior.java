package nl.verhuurtoezicht.engine.exec;

import nl.verhuurtoezicht.engine.state.ElementInstance;

/** Intermediate timer, message and signal catch events and receive tasks: wait for their event. */
final class CatchEventBehavior implements ElementBehavior {
  @Override
  public void onActivate(BpmnExecutor executor, ElementInstance instance) {
    if (executor.triggers().open(instance, instance.element)) {
      executor.activated(instance);
    }
  }
}
