package nl.verhuurtoezicht.engine.exec;

import nl.verhuurtoezicht.engine.model.FlowDef;
import nl.verhuurtoezicht.engine.state.ElementInstance;

/** Event-based gateway: waits for the first of the events behind it; the others are closed. */
final class EventBasedGatewayBehavior implements ElementBehavior {
  @Override
  public void onActivate(BpmnExecutor executor, ElementInstance instance) {
    for (FlowDef flow : instance.element.outgoing()) {
      if (!executor.triggers().open(instance, flow.target())) {
        executor.triggers().closeWaits(instance);
        return;
      }
    }
    executor.activated(instance);
  }
}
