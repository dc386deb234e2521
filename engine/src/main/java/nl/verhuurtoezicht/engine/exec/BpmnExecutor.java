package nl.verhuurtoezicht.engine.exec;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.engine.feel.ExpressionException;
import nl.verhuurtoezicht.engine.feel.FeelExpressions;
import nl.verhuurtoezicht.engine.model.ElementDef;
import nl.verhuurtoezicht.engine.model.ElementKind;
import nl.verhuurtoezicht.engine.model.FlowDef;
import nl.verhuurtoezicht.engine.model.Mapping;
import nl.verhuurtoezicht.engine.state.ElementInstance;
import nl.verhuurtoezicht.engine.state.ElementState;
import nl.verhuurtoezicht.engine.state.EngineState;
import nl.verhuurtoezicht.engine.state.Incident;
import nl.verhuurtoezicht.engine.state.Job;
import nl.verhuurtoezicht.engine.state.JobState;

/**
 * Drives element instances through their lifecycle. Work is queued on an agenda and run to
 * completion within one command, so long chains of elements never deepen the stack.
 */
public final class BpmnExecutor {
  private final Map<ElementKind, ElementBehavior> behaviors = new EnumMap<>(ElementKind.class);
  private final Deque<Runnable> agenda = new ArrayDeque<>();
  private final FeelExpressions feel;
  private final KeyGenerator keys;
  private final Clock clock;
  private final EngineEvents events;
  private final EventTriggers triggers = new EventTriggers(this);
  private EngineState state;

  BpmnExecutor(EngineState state, FeelExpressions feel, KeyGenerator keys, Clock clock, EngineEvents events) {
    this.state = state;
    this.feel = feel;
    this.keys = keys;
    this.clock = clock;
    this.events = events;
    behaviors.put(ElementKind.PROCESS, new ProcessBehavior());
    behaviors.put(ElementKind.START_EVENT, new PassThroughBehavior());
    behaviors.put(ElementKind.PARALLEL_GATEWAY, new PassThroughBehavior());
    behaviors.put(ElementKind.BOUNDARY_EVENT, new PassThroughBehavior());
    behaviors.put(ElementKind.END_EVENT, new EndEventBehavior());
    behaviors.put(ElementKind.SERVICE_TASK, new ServiceTaskBehavior());
    behaviors.put(ElementKind.SCRIPT_TASK, new ScriptTaskBehavior());
    behaviors.put(ElementKind.EXCLUSIVE_GATEWAY, new ExclusiveGatewayBehavior());
    behaviors.put(ElementKind.SUB_PROCESS, new SubProcessBehavior());
    behaviors.put(ElementKind.INTERMEDIATE_CATCH_EVENT, new CatchEventBehavior());
    behaviors.put(ElementKind.RECEIVE_TASK, new CatchEventBehavior());
    behaviors.put(ElementKind.INTERMEDIATE_THROW_EVENT, new SignalThrowBehavior());
    behaviors.put(ElementKind.EVENT_BASED_GATEWAY, new EventBasedGatewayBehavior());
    behaviors.put(ElementKind.EVENT_SUB_PROCESS, new EventSubProcessBehavior());
    behaviors.put(ElementKind.USER_TASK, new UserTaskBehavior());
    behaviors.put(ElementKind.BUSINESS_RULE_TASK, new BusinessRuleTaskBehavior());
    behaviors.put(ElementKind.CALL_ACTIVITY, new CallActivityBehavior());
    behaviors.put(ElementKind.MULTI_INSTANCE_BODY, new MultiInstanceBodyBehavior());
  }

  void replaceState(EngineState newState) {
    this.state = newState;
    agenda.clear();
  }

  EngineState state() {
    return state;
  }

  FeelExpressions feel() {
    return feel;
  }

  EngineEvents events() {
    return events;
  }

  EventTriggers triggers() {
    return triggers;
  }

  long nextKey() {
    return keys.next();
  }

  long now() {
    return clock.millis();
  }

  Clock clock() {
    return clock;
  }

  /** Runs queued work until nothing is left. */
  void run() {
    Runnable step;
    while ((step = agenda.poll()) != null) {
      step.run();
    }
  }

  void schedule(Runnable step) {
    agenda.add(step);
  }

  // ---- lifecycle

  /** Creates a child instance of the element in the scope and queues its activation. */
  ElementInstance createChild(ElementInstance scope, ElementDef element) {
    ElementInstance child =
        new ElementInstance(nextKey(), scope.processInstanceKey, scope, element, scope.definition);
    state.addInstance(child);
    schedule(() -> activate(child));
    return child;
  }

  void activate(ElementInstance instance) {
    if (!isLive(instance)) {
      return;
    }
    instance.state = ElementState.ACTIVATING;
    if (!instance.element.inputs().isEmpty()) {
      Map<String, String> local = evaluateMappings(instance, instance.element.inputs(), instance);
      if (local == null) {
        return;
      }
      local.forEach((name, value) -> state.setVariable(instance.key, name, value));
    }
    boolean waitsForEvents =
        !instance.element.boundaryEvents().isEmpty() || !instance.element.eventSubProcesses().isEmpty();
    if (waitsForEvents && !triggers.openAttached(instance)) {
      return;
    }
    behavior(instance).onActivate(this, instance);
  }

  /** Marks a waiting element as active. */
  void activated(ElementInstance instance) {
    instance.state = ElementState.ACTIVATED;
    state.instanceChanged(instance);
  }

  /** The element's work is done: apply output mappings and leave it. */
  void complete(ElementInstance instance) {
    if (!isLive(instance)) {
      return;
    }
    instance.state = ElementState.COMPLETING;
    state.instanceChanged(instance);
    if (!instance.element.outputs().isEmpty()) {
      Map<String, String> result = evaluateMappings(instance, instance.element.outputs(), instance);
      if (result == null) {
        return;
      }
      propagate(instance.parent, result);
    }
    behavior(instance).onComplete(this, instance);
  }

  /**
   * Completes an element with a result (job variables, script result). Without output mappings
   * the variables propagate from the element's scope upwards; with them, they stay local so that
   * only the mappings' targets reach the flow scope.
   */
  void completeWithVariables(ElementInstance instance, Map<String, String> variables) {
    if (instance.element.outputs().isEmpty()) {
      propagate(instance, variables);
    } else {
      variables.forEach((name, value) -> state.setVariable(instance.key, name, value));
    }
    complete(instance);
  }

  /** Removes the completed instance and takes the given flows in its flow scope. */
  void leave(ElementInstance instance, List<FlowDef> flows) {
    ElementInstance scope = instance.parent;
    boolean inMultiInstance = scope.element.kind() == ElementKind.MULTI_INSTANCE_BODY;
    if (inMultiInstance && !MultiInstanceBodyBehavior.collectOutput(this, instance)) {
      return;
    }
    int loopCounter = inMultiInstance ? MultiInstanceBodyBehavior.loopCounter(this, instance) : 0;
    state.removeInstance(instance);
    if (inMultiInstance) {
      MultiInstanceBodyBehavior.innerLeft(this, scope, loopCounter);
    }
    for (FlowDef flow : flows) {
      takeFlow(scope, flow);
    }
    scopeMayComplete(scope);
  }

  private void takeFlow(ElementInstance scope, FlowDef flow) {
    ElementDef target = flow.target();
    if (target.kind() != ElementKind.PARALLEL_GATEWAY || target.incoming().size() < 2) {
      createChild(scope, target);
      return;
    }
    Map<String, Integer> arrivals = scope.joinArrivals.computeIfAbsent(target.id(), id -> new HashMap<>());
    arrivals.merge(flow.id(), 1, Integer::sum);
    boolean joined = target.incoming().stream().allMatch(f -> arrivals.getOrDefault(f.id(), 0) > 0);
    if (joined) {
      for (FlowDef incoming : target.incoming()) {
        arrivals.computeIfPresent(incoming.id(), (id, count) -> count > 1 ? count - 1 : null);
      }
      if (arrivals.isEmpty()) {
        scope.joinArrivals.remove(target.id());
      }
      createChild(scope, target);
    }
    state.instanceChanged(scope);
  }

  /** A scope with no live children and no waiting join tokens completes. */
  void scopeMayComplete(ElementInstance scope) {
    if (scope.children.isEmpty() && !scope.hasPendingJoins() && scope.state == ElementState.ACTIVATED) {
      schedule(
          () -> {
            if (isLive(scope)
                && scope.children.isEmpty()
                && !scope.hasPendingJoins()
                && scope.state == ElementState.ACTIVATED) {
              complete(scope);
            }
          });
    }
  }

  /** Terminates the instance and everything below it; the caller decides what happens next. */
  void terminate(ElementInstance instance) {
    for (ElementInstance child : new ArrayList<>(instance.children.values())) {
      terminate(child);
    }
    behavior(instance).onTerminate(this, instance);
    resolveOpenIncident(instance);
    instance.terminated = true;
    state.removeInstance(instance);
  }

  private boolean isLive(ElementInstance instance) {
    return state.instance(instance.key) == instance;
  }

  private ElementBehavior behavior(ElementInstance instance) {
    return behaviors.get(instance.element.kind());
  }

  // ---- errors

  /** Throws a BPMN error from the instance; returns false when nothing catches it. */
  boolean throwError(ElementInstance source, String errorCode, Map<String, String> variables) {
    for (ElementInstance current = source; current != null; current = current.parent) {
      if (current != source && triggers.catchInEventSubProcess(current, errorCode, variables)) {
        return true;
      }
      if (current.parent == null) {
        // A called process passes uncaught errors on to its call activity.
        ElementInstance caller = state.instance(state.events().callerOf(current.key));
        if (caller == null) {
          return false;
        }
        current = caller;
      }
      ElementDef catcher = findCatcher(current.element, errorCode);
      if (catcher != null) {
        ElementInstance boundary =
            new ElementInstance(nextKey(), current.processInstanceKey, current.parent, catcher, current.definition);
        state.addInstance(boundary);
        // Error variables become local to the catch event; only its output mappings pass them on.
        variables.forEach((name, value) -> state.setVariable(boundary.key, name, value));
        terminate(current);
        schedule(() -> activate(boundary));
        return true;
      }
    }
    return false;
  }

  private static ElementDef findCatcher(ElementDef element, String errorCode) {
    ElementDef catchAll = null;
    for (ElementDef boundary : element.boundaryEvents()) {
      if (boundary.eventType() != nl.verhuurtoezicht.engine.model.EventType.ERROR) {
        continue;
      } else if (boundary.errorCode() == null) {
        catchAll = catchAll == null ? boundary : catchAll;
      } else if (boundary.errorCode().text().equals(errorCode)) {
        return boundary;
      }
    }
    return catchAll;
  }

  // ---- incidents

  void raiseIncident(ElementInstance instance, String errorType, String message, long jobKey) {
    Incident incident =
        new Incident(nextKey(), instance, jobKey, errorType, message, clock.instant());
    instance.incidentKey = incident.key;
    state.putIncident(incident);
    state.instanceChanged(instance);
  }

  private void resolveOpenIncident(ElementInstance instance) {
    if (instance.incidentKey != 0) {
      Incident incident = state.openIncident(instance.incidentKey);
      if (incident != null) {
        incident.state = "RESOLVED";
        state.putIncident(incident);
      }
      instance.incidentKey = 0;
    }
  }

  /** Resolves an incident and retries what failed: the job, the activation or the completion. */
  void resolve(Incident incident) {
    incident.state = "RESOLVED";
    state.putIncident(incident);
    ElementInstance instance = state.instance(incident.elementInstanceKey);
    if (instance == null) {
      return;
    }
    instance.incidentKey = 0;
    state.instanceChanged(instance);
    if (incident.jobKey != 0) {
      Job job = state.job(incident.jobKey);
      if (job == null) {
        return;
      }
      if (job.retries > 0) {
        job.state = JobState.ACTIVATABLE;
        state.jobChanged(job);
        events.jobsAvailable(job.type);
      } else {
        job.state = JobState.FAILED;
        state.jobChanged(job);
        raiseIncident(instance, "JOB_NO_RETRIES", noRetriesMessage(job), job.key);
      }
    } else if (instance.state == ElementState.ACTIVATING) {
      schedule(() -> activate(instance));
    } else if (instance.state == ElementState.COMPLETING) {
      schedule(() -> complete(instance));
    }
  }

  static String noRetriesMessage(Job job) {
    return job.errorMessage == null || job.errorMessage.isEmpty() ? "No more retries left." : job.errorMessage;
  }

  // ---- variables

  /** All variables visible from the instance: its own scope first, then its ancestors. */
  Map<String, Object> visibleVariables(ElementInstance instance) {
    Map<String, Object> result = new HashMap<>();
    for (ElementInstance scope = instance; scope != null; scope = scope.parent) {
      for (Map.Entry<String, String> variable : state.localVariables(scope.key).entrySet()) {
        result.computeIfAbsent(variable.getKey(), name -> Json.toJava(variable.getValue()));
      }
    }
    return result;
  }

  /** JSON values of the visible variables, restricted to the names asked for (all if none). */
  String visibleVariablesDocument(ElementInstance instance, List<String> names) {
    Map<String, String> result = new LinkedHashMap<>();
    for (ElementInstance scope = instance; scope != null; scope = scope.parent) {
      for (Map.Entry<String, String> variable : state.localVariables(scope.key).entrySet()) {
        if (names.isEmpty() || names.contains(variable.getKey())) {
          result.putIfAbsent(variable.getKey(), variable.getValue());
        }
      }
    }
    return Json.document(result);
  }

  /** Sets each variable in the nearest scope that has it, else in the process instance scope. */
  void propagate(ElementInstance from, Map<String, String> variables) {
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      ElementInstance target = null;
      ElementInstance root = from;
      for (ElementInstance scope = from; scope != null; scope = scope.parent) {
        root = scope;
        if (target == null && state.localVariables(scope.key).containsKey(variable.getKey())) {
          target = scope;
        }
      }
      state.setVariable((target == null ? root : target).key, variable.getKey(), variable.getValue());
    }
  }

  /** Evaluates io mappings; on failure raises an IO_MAPPING_ERROR incident and returns null. */
  private Map<String, String> evaluateMappings(ElementInstance instance, List<Mapping> mappings, ElementInstance context) {
    Map<String, Object> variables = visibleVariables(context);
    Map<String, Object> document = new LinkedHashMap<>();
    try {
      for (Mapping mapping : mappings) {
        putPath(document, mapping.target(), feel.evaluate(mapping.source(), variables));
      }
    } catch (ExpressionException e) {
      raiseIncident(instance, "IO_MAPPING_ERROR", e.getMessage(), 0);
      return null;
    }
    Map<String, String> result = new LinkedHashMap<>();
    document.forEach((name, value) -> result.put(name, Json.toJson(value)));
    return result;
  }

  @SuppressWarnings("unchecked")
  private static void putPath(Map<String, Object> document, String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> current = document;
    for (int i = 0; i < parts.length - 1; i++) {
      Object next = current.get(parts[i]);
      if (!(next instanceof Map)) {
        next = new LinkedHashMap<String, Object>();
        current.put(parts[i], next);
      }
      current = (Map<String, Object>) next;
    }
    current.put(parts[parts.length - 1], value);
  }
}
