package nl.verhuurtoezicht.engine.exec;

import nl.verhuurtoezicht.engine.state.ElementInstance;

/** Embedded subprocess: a variable scope that starts at its none start event. */
final class SubProcessBehavior implements ElementBehavior {
  @Override
  public void onActivate(BpmnExecutor executor, ElementInstance instance) {
    executor.activated(instance);
    executor.createChild(instance, instance.element.noneStartEvent());
  }
}
