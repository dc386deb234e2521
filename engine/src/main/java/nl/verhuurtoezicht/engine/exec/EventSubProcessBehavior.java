package nl.verhuurtoezicht.engine.exec;

import nl.verhuurtoezicht.engine.state.ElementInstance;

/**
 * Event subprocess: started by {@link EventTriggers} with its start event already triggered; once
 * active it behaves like an embedded subprocess and completes when no token is left.
 */
final class EventSubProcessBehavior implements ElementBehavior {
  @Override
  public void onActivate(BpmnExecutor executor, ElementInstance instance) {
    executor.activated(instance);
  }
}
