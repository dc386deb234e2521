package nl.verhuurtoezicht.engine.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.engine.dmn.DecisionOutcome;
import nl.verhuurtoezicht.engine.dmn.DecisionResource;
import nl.verhuurtoezicht.engine.exec.EngineException.Reason;
import nl.verhuurtoezicht.engine.model.ElementDef;
import nl.verhuurtoezicht.engine.state.DecisionDefinition;
import nl.verhuurtoezicht.engine.state.DecisionRequirements;
import nl.verhuurtoezicht.engine.state.ElementInstance;
import nl.verhuurtoezicht.engine.state.EventState;
import nl.verhuurtoezicht.engine.state.UserTask;

/**
 * The Engine II commands: messages, signals, decisions, user tasks and the timer tick. Like
 * {@link Engine}'s, each runs on the writer thread and either throws {@link EngineException}
 * before changing anything or applies fully.
 */
public final class EventCommands {
  private final BpmnExecutor executor;

  EventCommands(BpmnExecutor executor) {
    this.executor = executor;
  }

  private EventState events() {
    return executor.state().events();
  }

  /** Fires due timers and drops expired messages; runs on every writer tick and after the clock moves. */
  public void onTick() {
    executor.triggers().fireDueTimers();
    executor.triggers().expireMessages();
  }

  public long publishMessage(String name, String correlationKey, long timeToLiveMillis, String messageId,
      String variablesJson) {
    Map<String, String> variables = Json.variablesDocument(variablesJson);
    long key = executor.triggers().publishMessage(name, correlationKey == null ? "" : correlationKey,
        Math.max(0, timeToLiveMillis), messageId, variables);
    executor.run();
    return key;
  }

  /** Returns {message key, first process instance key}. */
  public long[] correlateMessage(String name, String correlationKey, String variablesJson) {
    Map<String, String> variables = Json.variablesDocument(variablesJson);
    long[] result = executor.triggers().correlateMessage(name, correlationKey == null ? "" : correlationKey,
        variables);
    executor.run();
    return result;
  }

  public long broadcastSignal(String name, String variablesJson) {
    Map<String, String> variables = Json.variablesDocument(variablesJson);
    long key = executor.triggers().broadcastSignal(name, variables);
    executor.run();
    return key;
  }

  // ---- decisions

  /** Deploys one parsed DMN resource; an identical redeploy returns the existing versions. */
  Views.DeployedDecisions deployDecisions(String resourceName, byte[] content, DecisionResource parsed,
      long deploymentKey) {
    String checksum = Engine.checksum(content);
    DecisionRequirements latest = events().latestRequirements(parsed.decisionRequirementsId());
    List<DecisionDefinition> decisions = new ArrayList<>();
    DecisionRequirements drg;
    if (latest != null && latest.checksum().equals(checksum) && latest.resourceName().equals(resourceName)) {
      drg = latest;
      parsed.decisions().forEach(d -> decisions.add(events().latestDecision(d.decisionId())));
    } else {
      drg = new DecisionRequirements(executor.nextKey(), parsed.decisionRequirementsId(),
          parsed.decisionRequirementsName(), latest == null ? 1 : latest.version() + 1, resourceName, checksum,
          content, deploymentKey, parsed);
      for (DecisionResource.Decision decision : parsed.decisions()) {
        DecisionDefinition previous = events().latestDecision(decision.decisionId());
        decisions.add(new DecisionDefinition(executor.nextKey(), decision.decisionId(), decision.decisionName(),
            previous == null ? 1 : previous.version() + 1, drg));
      }
      events().addDecisionRequirements(drg, decisions, true);
    }
    return new Views.DeployedDecisions(drg, List.copyOf(decisions));
  }

  public Views.DecisionEvaluation evaluateDecision(long decisionKey, String decisionId, String variablesJson) {
    DecisionDefinition decision;
    if (decisionKey > 0) {
      decision = events().decision(decisionKey);
      if (decision == null) {
        throw new EngineException(Reason.NOT_FOUND, "Expected to evaluate decision with key '" + decisionKey
            + "', but no such decision was found");
      }
    } else if (decisionId != null && !decisionId.isEmpty()) {
      decision = events().latestDecision(decisionId);
      if (decision == null) {
        throw new EngineException(Reason.NOT_FOUND, "Expected to evaluate decision '" + decisionId
            + "', but no decision found for id '" + decisionId + "'");
      }
    } else {
      throw new EngineException(Reason.INVALID_ARGUMENT,
          "Expected either a decision id or a valid decision key, but none provided");
    }
    Map<String, Object> variables = new java.util.HashMap<>();
    Json.variablesDocument(variablesJson).forEach((name, json) -> variables.put(name, Json.toJava(json)));
    DecisionOutcome outcome =
        executor.triggers().decisions().evaluate(decision.requirements().parsed(), decision.decisionId(), variables);
    Map<String, DecisionDefinition> evaluated = new java.util.HashMap<>();
    for (DecisionOutcome.EvaluatedDecision each : outcome.evaluatedDecisions()) {
      DecisionDefinition definition = events().latestDecision(each.decisionId());
      if (definition != null) {
        evaluated.put(each.decisionId(), definition);
      }
    }
    return new Views.DecisionEvaluation(decision, outcome, evaluated, executor.nextKey());
  }

  // ---- reads for the REST API

  /** Live element instances of a process instance below its root, in creation order. */
  public List<Views.ActiveElement> activeElements(long processInstanceKey) {
    ElementInstance root = requireActiveRoot(processInstanceKey);
    List<Views.ActiveElement> result = new ArrayList<>();
    collect(root, instance -> result.add(new Views.ActiveElement(instance.key, bpmnId(instance),
        ElementTypes.of(instance.element), instance.definition.key(), instance.definition.bpmnProcessId(),
        instance.incidentKey)));
    return result;
  }

  /** Variables of every live scope of a process instance, the root's first. */
  public List<Views.ScopedVariable> variables(long processInstanceKey) {
    ElementInstance root = requireActiveRoot(processInstanceKey);
    List<Views.ScopedVariable> result = new ArrayList<>();
    executor.state().localVariables(root.key)
        .forEach((name, value) -> result.add(new Views.ScopedVariable(root.key, name, value)));
    collect(root, instance -> executor.state().localVariables(instance.key)
        .forEach((name, value) -> result.add(new Views.ScopedVariable(instance.key, name, value))));
    return result;
  }

  private ElementInstance requireActiveRoot(long processInstanceKey) {
    ElementInstance root = executor.state().instance(processInstanceKey);
    if (root == null || root.parent != null) {
      throw new EngineException(Reason.NOT_FOUND, "Expected to find an active process instance with key '"
          + processInstanceKey + "', but none was found");
    }
    return root;
  }

  private static void collect(ElementInstance scope, java.util.function.Consumer<ElementInstance> each) {
    for (ElementInstance child : scope.children.values()) {
      each.accept(child);
      collect(child, each);
    }
  }

  /** A multi-instance body is shown under its activity's id, as in the BPMN file. */
  private static String bpmnId(ElementInstance instance) {
    ElementDef inner = instance.element.innerActivity();
    return inner != null ? inner.id() : instance.element.id();
  }

  // ---- user tasks

  public void assignUserTask(long key, String assignee, boolean allowOverride) {
    UserTask task = requireTask(key, "assign");
    if (assignee == null || assignee.isBlank()) {
      throw new EngineException(Reason.INVALID_ARGUMENT, "No assignee provided");
    }
    if (!allowOverride && task.assignee != null && !task.assignee.equals(assignee)) {
      throw new EngineException(Reason.FAILED_PRECONDITION, "Command 'ASSIGN' rejected with code 'INVALID_STATE':"
          + " Expected to assign user task with key '" + key + "', but it is already assigned to '"
          + task.assignee + "'");
    }
    task.assignee = assignee;
    events().userTaskChanged(task);
  }

  /** Applies the fields present in a Camunda 8.8 changeset; a null or empty date clears it. */
  public void updateUserTask(long key, Views.UserTaskChanges changes) {
    UserTask task = requireTask(key, "update");
    String dueDate = changes.dueDate() == null ? null : validDate("dueDate", changes.dueDate().orElse(null));
    String followUpDate =
        changes.followUpDate() == null ? null : validDate("followUpDate", changes.followUpDate().orElse(null));
    if (changes.priority() != null && (changes.priority() < 0 || changes.priority() > 100)) {
      throw new EngineException(Reason.INVALID_ARGUMENT,
          "The value for priority is '" + changes.priority() + "' but must be within the [0,100] range.");
    }
    if (changes.dueDate() != null) {
      task.dueDate = dueDate;
    }
    if (changes.followUpDate() != null) {
      task.followUpDate = followUpDate;
    }
    if (changes.candidateGroups() != null) {
      task.candidateGroups = List.copyOf(changes.candidateGroups());
    }
    if (changes.candidateUsers() != null) {
      task.candidateUsers = List.copyOf(changes.candidateUsers());
    }
    if (changes.priority() != null) {
      task.priority = changes.priority();
    }
    events().userTaskChanged(task);
  }

  private static String validDate(String field, String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(text).toString();
    } catch (java.time.format.DateTimeParseException e) {
      throw new EngineException(Reason.INVALID_ARGUMENT, "The provided " + field + " '" + text
          + "' cannot be parsed as a date according to RFC 3339, section 5.6.");
    }
  }

  public void unassignUserTask(long key) {
    UserTask task = requireTask(key, "unassign");
    task.assignee = null;
    events().userTaskChanged(task);
  }

  public void completeUserTask(long key, String variablesJson) {
    UserTask task = requireTask(key, "complete");
    Map<String, String> variables = Json.variablesDocument(variablesJson);
    ElementInstance instance = executor.state().instance(task.elementInstanceKey);
    task.state = "COMPLETED";
    task.completionDate = executor.clock().instant().toString();
    events().closeUserTask(task);
    executor.completeWithVariables(instance, variables);
    executor.run();
  }

  private UserTask requireTask(long key, String action) {
    UserTask task = events().openUserTask(key);
    if (task == null) {
      throw new EngineException(Reason.NOT_FOUND, "Command '" + action.toUpperCase() + "' rejected with code"
          + " 'NOT_FOUND': Expected to " + action + " user task with key '" + key
          + "', but no such user task was found");
    }
    return task;
  }
}
