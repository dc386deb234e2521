package nl.verhuurtoezicht.engine.exec;

import nl.verhuurtoezicht.engine.state.ElementInstance;

/**
 * How one kind of BPMN element behaves. New element kinds plug in here without touching the
 * executor: activation does the element's work (or waits), completion leaves the element.
 */
interface ElementBehavior {
  /** Called after input mappings are applied. Either completes the element or leaves it waiting. */
  void onActivate(BpmnExecutor executor, ElementInstance instance);

  /** Called after output mappings are applied: by default the element takes all outgoing flows. */
  default void onComplete(BpmnExecutor executor, ElementInstance instance) {
    executor.leave(instance, instance.element.outgoing());
  }

  /** Called before the instance is removed because it or an enclosing scope is terminated. */
  default void onTerminate(BpmnExecutor executor, ElementInstance instance) {}
}
