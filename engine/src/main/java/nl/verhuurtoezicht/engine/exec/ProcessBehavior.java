package nl.verhuurtoezicht.engine.exec;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.verhuurtoezicht.engine.state.ElementInstance;
import nl.verhuurtoezicht.engine.state.ProcessInstanceRow;

/** The process instance itself: starts at its none start event and ends when no token is left. */
final class ProcessBehavior implements ElementBehavior {
  @Override
  public void onActivate(BpmnExecutor executor, ElementInstance instance) {
    executor.activated(instance);
    executor.createChild(instance, instance.element.noneStartEvent());
  }

  @Override
  public void onComplete(BpmnExecutor executor, ElementInstance instance) {
    Map<String, String> variables = new LinkedHashMap<>(executor.state().localVariables(instance.key));
    ProcessInstanceRow row = executor.state().processInstance(instance.key);
    executor.state().putProcessInstance(
        new ProcessInstanceRow(row.key(), row.processDefinitionKey(), row.bpmnProcessId(), row.version(),
            "COMPLETED", row.startTime(), executor.clock().instant()));
    executor.state().removeInstance(instance);
    executor.state().forgetProcessInstance(instance.key);
    executor.events().processCompleted(instance.key, variables);
    CallActivityBehavior.childCompleted(executor, instance.key, variables);
    executor.triggers().processEnded(instance.key);
  }
}
