package nl.verhuurtoezicht.engine.exec;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.verhuurtoezicht.engine.feel.ExpressionException;
import nl.verhuurtoezicht.engine.state.ElementInstance;
import nl.verhuurtoezicht.engine.state.EventState;
import nl.verhuurtoezicht.engine.state.ProcessDefinition;
import nl.verhuurtoezicht.engine.state.ProcessInstanceRow;

/**
 * Call activity: starts the latest version of the called process as a child instance and waits
 * for it. Variables go down (all visible ones, or only the input mappings) and come back up (all
 * of the child's, or only through output mappings) as zeebe:calledElement says.
 */
final class CallActivityBehavior implements ElementBehavior {
  @Override
  public void onActivate(BpmnExecutor executor, ElementInstance instance) {
    String processId;
    try {
      processId = executor.feel().evaluateString(instance.element.calledProcessId(),
          executor.visibleVariables(instance));
    } catch (ExpressionException e) {
      executor.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), 0);
      return;
    }
    ProcessDefinition called = executor.state().latest(processId);
    if (called == null) {
      executor.raiseIncident(instance, "CALLED_ELEMENT_ERROR", "Expected process with BPMN process id '" + processId
          + "' to be deployed, but not found.", 0);
      return;
    }
    if (called.model().process().noneStartEvent() == null) {
      executor.raiseIncident(instance, "CALLED_ELEMENT_ERROR", "Expected process with BPMN process id '" + processId
          + "' to have a none start event, but not found.", 0);
      return;
    }
    long key = executor.nextKey();
    ElementInstance child = new ElementInstance(key, key, null, called.model().process(), called);
    executor.state().putProcessInstance(new ProcessInstanceRow(key, called.key(), called.bpmnProcessId(),
        called.version(), "ACTIVE", executor.clock().instant(), null));
    executor.state().addInstance(child);
    Map<String, String> variables = instance.element.propagateAllParentVariables()
        ? visibleJson(executor, instance)
        : new LinkedHashMap<>(executor.state().localVariables(instance.key));
    variables.forEach((name, value) -> executor.state().setVariable(child.key, name, value));
    executor.state().events().linkCall(key, instance.key, instance.processInstanceKey);
    executor.activated(instance);
    executor.schedule(() -> executor.activate(child));
  }

  private static Map<String, String> visibleJson(BpmnExecutor executor, ElementInstance instance) {
    Map<String, String> result = new LinkedHashMap<>();
    for (ElementInstance scope = instance; scope != null; scope = scope.parent) {
      executor.state().localVariables(scope.key).forEach(result::putIfAbsent);
    }
    return result;
  }

  @Override
  public void onTerminate(BpmnExecutor executor, ElementInstance instance) {
    EventState events = executor.state().events();
    long childKey = events.childOf(instance.key);
    ElementInstance child = executor.state().instance(childKey);
    if (child == null) {
      return;
    }
    events.unlinkCall(childKey);
    ProcessInstanceRow row = executor.state().processInstance(childKey);
    executor.terminate(child);
    executor.state().putProcessInstance(new ProcessInstanceRow(row.key(), row.processDefinitionKey(),
        row.bpmnProcessId(), row.version(), "TERMINATED", row.startTime(), executor.clock().instant()));
    executor.state().forgetProcessInstance(childKey);
    executor.events().processTerminated(childKey);
  }

  /** The child completed: the call activity completes with the child's variables. */
  static void childCompleted(BpmnExecutor executor, long childKey, Map<String, String> childVariables) {
    EventState events = executor.state().events();
    long callerKey = events.callerOf(childKey);
    if (callerKey == 0) {
      return;
    }
    events.unlinkCall(childKey);
    ElementInstance caller = executor.state().instance(callerKey);
    if (caller == null) {
      return;
    }
    boolean passAll = caller.element.propagateAllChildVariables() || !caller.element.outputs().isEmpty();
    Map<String, String> variables = passAll ? childVariables : Map.of();
    executor.schedule(() -> executor.completeWithVariables(caller, variables));
  }
}
