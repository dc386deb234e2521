package nl.verhuurtoezicht.engine.exec;

import nl.verhuurtoezicht.engine.state.ElementInstance;

/** Elements that complete as soon as they are activated: none start event, parallel gateway, catch events. */
final class PassThroughBehavior implements ElementBehavior {
  @Override
  public void onActivate(BpmnExecutor executor, ElementInstance instance) {
    executor.complete(instance);
  }
}
