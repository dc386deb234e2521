package nl.verhuurtoezicht.engine.exec;

import java.time.Duration;
import java.time.Period;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.verhuurtoezicht.engine.dmn.Decisions;
import nl.verhuurtoezicht.engine.exec.EngineException.Reason;
import nl.verhuurtoezicht.engine.feel.Expression;
import nl.verhuurtoezicht.engine.feel.ExpressionException;
import nl.verhuurtoezicht.engine.model.DeploymentRejected;
import nl.verhuurtoezicht.engine.model.ElementDef;
import nl.verhuurtoezicht.engine.model.ProcessModel;
import nl.verhuurtoezicht.engine.model.ElementKind;
import nl.verhuurtoezicht.engine.model.EventType;
import nl.verhuurtoezicht.engine.state.BufferedMessage;
import nl.verhuurtoezicht.engine.state.ElementInstance;
import nl.verhuurtoezicht.engine.state.ElementState;
import nl.verhuurtoezicht.engine.state.EventState;
import nl.verhuurtoezicht.engine.state.ProcessDefinition;
import nl.verhuurtoezicht.engine.state.ProcessInstanceRow;
import nl.verhuurtoezicht.engine.state.Subscription;
import nl.verhuurtoezicht.engine.state.Timer;
import nl.verhuurtoezicht.engine.timer.Interval;
import nl.verhuurtoezicht.engine.timer.TimerDefinitions;
import nl.verhuurtoezicht.engine.timer.TimerDue;
import nl.verhuurtoezicht.engine.timer.TimerFormatException;

/**
 * Opens timers and message/signal subscriptions for waiting elements, and delivers fired timers,
 * published messages and broadcast signals to the element that waits: a catch event or receive
 * task, a boundary event, an event subprocess, an event-based gateway, or a start event.
 */
final class EventTriggers {
  private final BpmnExecutor executor;
  private final Decisions decisions = new Decisions();

  EventTriggers(BpmnExecutor executor) {
    this.executor = executor;
  }

  Decisions decisions() {
    return decisions;
  }

  private EventState events() {
    return executor.state().events();
  }

  // ---- opening

  /**
   * Opens the boundary events of an activity and the event subprocess start events of a scope.
   * Returns false when an expression failed; an incident is raised and nothing stays open.
   */
  boolean openAttached(ElementInstance instance) {
    closeWaits(instance);
    for (ElementDef boundary : instance.element.boundaryEvents()) {
      if (boundary.eventType() != EventType.ERROR && !open(instance, boundary)) {
        closeWaits(instance);
        return false;
      }
    }
    for (ElementDef eventSubProcess : instance.element.eventSubProcesses()) {
      ElementDef start = eventSubProcess.eventStartEvents().get(0);
      if (start.eventType() != EventType.ERROR && !open(instance, start)) {
        closeWaits(instance);
        return false;
      }
    }
    return true;
  }

  /** Opens the timer or subscription of {@code event}, owned by {@code owner}; false after an incident. */
  boolean open(ElementInstance owner, ElementDef event) {
    Map<String, Object> variables = executor.visibleVariables(owner);
    try {
      switch (event.eventType()) {
        case TIMER -> {
          TimerDue due = TimerDefinitions.firstDue(event.timerKind(), timerText(event, variables),
              executor.clock().instant());
          addTimer(owner.key, owner.processInstanceKey, owner.definition.key(), event.id(), due);
        }
        case MESSAGE -> {
          Subscription subscription = new Subscription(executor.nextKey(), Subscription.Kind.MESSAGE, owner.key,
              owner.processInstanceKey, owner.definition.bpmnProcessId(), event.id(),
              executor.feel().evaluateString(event.messageName(), variables),
              correlationKey(event.correlationKey(), variables));
          events().addSubscription(subscription);
          executor.schedule(() -> correlateBuffered(subscription));
        }
        case SIGNAL -> events().addSubscription(new Subscription(executor.nextKey(), Subscription.Kind.SIGNAL,
            owner.key, owner.processInstanceKey, owner.definition.bpmnProcessId(), event.id(),
            executor.feel().evaluateString(event.signalName(), variables), null));
        default -> throw new IllegalStateException("no waiting state for " + event.eventType());
      }
      return true;
    } catch (ExpressionException | TimerFormatException e) {
      executor.raiseIncident(owner, "EXTRACT_VALUE_ERROR", e.getMessage(), 0);
      return false;
    }
  }

  private String timerText(ElementDef event, Map<String, Object> variables) throws ExpressionException {
    Expression timer = event.timer();
    if (timer.isStatic()) {
      return timer.staticValue();
    }
    Object value = executor.feel().evaluate(timer, variables);
    if (value instanceof String || value instanceof TemporalAccessor || value instanceof Duration
        || value instanceof Period) {
      return value.toString();
    }
    throw new ExpressionException("Expected result of the expression '" + timer.text()
        + "' to be a date-time, a duration or an ISO-8601 text, but was '" + value + "'");
  }

  /** Zeebe accepts a string or a number as correlation key. */
  private String correlationKey(Expression expression, Map<String, Object> variables) throws ExpressionException {
    Object value = executor.feel().evaluate(expression, variables);
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof Number number) {
      return new java.math.BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    throw new ExpressionException("Failed to extract the correlation key for '" + expression.text()
        + "': The value must be either a string or a number, but was '" + (value == null ? "NULL" : value) + "'.");
  }

  private void addTimer(long owner, long processInstanceKey, long definitionKey, String elementId, TimerDue due) {
    events().addTimer(new Timer(executor.nextKey(), owner, processInstanceKey, definitionKey, elementId,
        due.due().toEpochMilli(), due.repetitionsLeft(), due.interval() == null ? null : due.interval().text()));
  }

  /** Closes every timer and subscription the instance owns. */
  void closeWaits(ElementInstance owner) {
    events().timersOf(owner.key).forEach(events()::removeTimer);
    events().subscriptionsOf(owner.key).forEach(events()::removeSubscription);
  }

  /** Closes the event subprocess start events a scope waits on, but not its own boundary events. */
  private void closeEventSubProcessWaits(ElementInstance scope) {
    Set<String> starts = new LinkedHashSet<>();
    scope.element.eventSubProcesses().forEach(esp -> starts.add(esp.eventStartEvents().get(0).id()));
    events().timersOf(scope.key).stream().filter(t -> starts.contains(t.elementId)).forEach(events()::removeTimer);
    events().subscriptionsOf(scope.key).stream().filter(s -> starts.contains(s.elementId))
        .forEach(events()::removeSubscription);
  }

  // ---- delivering

  /** Hands an event to the element that waits for it; the owner must be live. */
  private void deliver(ElementInstance owner, ElementDef event, Map<String, String> variables) {
    if (owner.element == event) {
      closeWaits(owner);
      executor.completeWithVariables(owner, variables);
    } else if (owner.element.kind() == ElementKind.EVENT_BASED_GATEWAY) {
      closeWaits(owner);
      ElementInstance caught = activatedInstance(owner.parent, event, owner);
      executor.state().removeInstance(owner);
      executor.completeWithVariables(caught, variables);
    } else if (event.kind() == ElementKind.BOUNDARY_EVENT) {
      ElementInstance boundary = activatedInstance(owner.parent, event, owner);
      if (event.interrupting()) {
        executor.terminate(owner);
      }
      executor.completeWithVariables(boundary, variables);
    } else if (event.flowScope() != null && event.flowScope().kind() == ElementKind.EVENT_SUB_PROCESS) {
      startEventSubProcess(owner, event.flowScope(), event, variables);
    } else {
      throw new IllegalStateException("element " + event.id() + " cannot be triggered on " + owner.element.id());
    }
    executor.run();
  }

  private ElementInstance activatedInstance(ElementInstance scope, ElementDef element, ElementInstance sibling) {
    ElementInstance instance =
        new ElementInstance(executor.nextKey(), sibling.processInstanceKey, scope, element, sibling.definition);
    instance.state = ElementState.ACTIVATED;
    executor.state().addInstance(instance);
    return instance;
  }

  /** Starts an event subprocess in its scope; an interrupting one first ends everything else there. */
  void startEventSubProcess(ElementInstance scope, ElementDef eventSubProcess, ElementDef start,
      Map<String, String> variables) {
    if (start.interrupting()) {
      closeEventSubProcessWaits(scope);
      for (ElementInstance child : new ArrayList<>(scope.children.values())) {
        executor.terminate(child);
      }
      scope.joinArrivals.clear();
      executor.state().instanceChanged(scope);
    }
    ElementInstance subProcess = activatedInstance(scope, eventSubProcess, scope);
    ElementInstance started = activatedInstance(subProcess, start, scope);
    executor.completeWithVariables(started, variables);
  }

  /** Catches a BPMN error in an error event subprocess of the scope; false when it has none for the code. */
  boolean catchInEventSubProcess(ElementInstance scope, String errorCode, Map<String, String> variables) {
    ElementDef catchAll = null;
    ElementDef match = null;
    for (ElementDef eventSubProcess : scope.element.eventSubProcesses()) {
      ElementDef start = eventSubProcess.eventStartEvents().get(0);
      if (start.eventType() != EventType.ERROR) {
        continue;
      }
      if (start.errorCode() == null) {
        catchAll = catchAll == null ? start : catchAll;
      } else if (start.errorCode().text().equals(errorCode) && match == null) {
        match = start;
      }
    }
    ElementDef start = match != null ? match : catchAll;
    if (start == null) {
      return false;
    }
    startEventSubProcess(scope, start.flowScope(), start, variables);
    return true;
  }

  // ---- timers

  /** Fires every timer due at the engine clock's now. */
  void fireDueTimers() {
    long now = executor.now();
    Timer timer;
    while ((timer = events().pollDueTimer(now)) != null) {
      events().removeTimer(timer);
      if (timer.elementInstanceKey == 0) {
        fireStartTimer(timer);
      } else {
        fireTimer(timer);
      }
      executor.run();
    }
  }

  private void fireTimer(Timer timer) {
    ElementInstance owner = executor.state().instance(timer.elementInstanceKey);
    if (owner == null) {
      return;
    }
    ElementDef event = owner.definition.model().element(timer.elementId);
    if (!event.interrupting() && event != owner.element) {
      TimerDue next = nextFiring(timer);
      if (next != null) {
        addTimer(owner.key, owner.processInstanceKey, owner.definition.key(), timer.elementId, next);
      }
    }
    deliver(owner, event, Map.of());
  }

  private void fireStartTimer(Timer timer) {
    ProcessDefinition definition = executor.state().definition(timer.processDefinitionKey);
    ElementDef start = definition.model().element(timer.elementId);
    TimerDue next = nextFiring(timer);
    if (next != null) {
      addTimer(0, 0, definition.key(), start.id(), next);
    }
    startInstanceAt(definition, start, Map.of());
  }

  private static TimerDue nextFiring(Timer timer) {
    if (timer.interval == null) {
      return null;
    }
    try {
      return new TimerDue(java.time.Instant.ofEpochMilli(timer.due), timer.repetitionsLeft,
          Interval.parse(timer.interval)).next();
    } catch (TimerFormatException e) {
      throw new IllegalStateException("stored timer interval is invalid: " + timer.interval, e);
    }
  }

  /**
   * Timer start events are evaluated at deploy time without variables; a value that does not
   * evaluate rejects the deployment before anything is changed.
   */
  void checkStartTimers(ProcessModel model) throws DeploymentRejected {
    for (ElementDef start : model.process().eventStartEvents()) {
      if (start.eventType() == EventType.TIMER) {
        try {
          startTimerDue(start);
        } catch (ExpressionException | TimerFormatException e) {
          throw new DeploymentRejected("Element '" + start.id() + "' of type 'startEvent': " + e.getMessage());
        }
      }
    }
  }

  private TimerDue startTimerDue(ElementDef start) throws ExpressionException, TimerFormatException {
    String text = start.timer().isStatic() ? start.timer().staticValue() : timerText(start, Map.of());
    return TimerDefinitions.firstDue(start.timerKind(), text, executor.clock().instant());
  }

  /**
   * A new latest version of a process replaces the start timers of the previous one; its timer
   * start events are scheduled from now.
   */
  void scheduleStartTimers(ProcessDefinition previous, ProcessDefinition latest) {
    if (previous != null) {
      events().timersOf(previous.key()).forEach(events()::removeTimer);
    }
    for (ElementDef start : latest.model().process().eventStartEvents()) {
      if (start.eventType() != EventType.TIMER) {
        continue;
      }
      try {
        addTimer(0, 0, latest.key(), start.id(), startTimerDue(start));
      } catch (ExpressionException | TimerFormatException e) {
        throw new IllegalStateException("start timer checked at deploy no longer evaluates: " + start.id(), e);
      }
    }
  }

  // ---- messages

  long publishMessage(String name, String correlationKey, long timeToLiveMillis, String messageId,
      Map<String, String> variables) {
    if (name == null || name.isEmpty()) {
      throw new EngineException(Reason.INVALID_ARGUMENT, "Expected a message name, but none given");
    }
    String id = messageId == null ? "" : messageId;
    if (!id.isEmpty()) {
      for (BufferedMessage buffered : events().bufferedMessages()) {
        if (buffered.name.equals(name) && buffered.correlationKey.equals(correlationKey)
            && buffered.messageId.equals(id) && buffered.deadline > executor.now()) {
          throw new EngineException(Reason.ALREADY_EXISTS, "Expected to publish a new message with id '" + id
              + "', but a message with that id was already published");
        }
      }
    }
    long key = executor.nextKey();
    Set<String> correlated = new LinkedHashSet<>();
    deliverMessage(name, correlationKey, variables, correlated);
    if (timeToLiveMillis > 0) {
      BufferedMessage message = new BufferedMessage(key, name, correlationKey, id, Json.document(variables),
          executor.now() + timeToLiveMillis);
      message.correlatedProcesses.addAll(correlated);
      events().bufferMessage(message);
    }
    return key;
  }

  /**
   * Correlates a message now, without buffering (Camunda's message correlation); returns
   * {message key, first process instance key}, or NOT_FOUND when nothing waits for it.
   */
  long[] correlateMessage(String name, String correlationKey, Map<String, String> variables) {
    if (name == null || name.isEmpty()) {
      throw new EngineException(Reason.INVALID_ARGUMENT, "Expected a message name, but none given");
    }
    long first = deliverMessage(name, correlationKey, variables, new LinkedHashSet<>());
    if (first == 0) {
      throw new EngineException(Reason.NOT_FOUND, "Expected to find subscription for message with name '" + name
          + "' and correlation key '" + correlationKey + "', but none was found.");
    }
    return new long[] {executor.nextKey(), first};
  }

  /**
   * Delivers a message to the oldest open subscription of each process and to the message start
   * events of processes it did not reach yet; returns the first process instance it went to, or 0.
   */
  private long deliverMessage(String name, String correlationKey, Map<String, String> variables,
      Set<String> correlated) {
    long first = 0;
    for (Subscription subscription : events().subscriptionsNamed(Subscription.Kind.MESSAGE, name)) {
      if (subscription.correlationKey.equals(correlationKey) && !correlated.contains(subscription.bpmnProcessId)
          && events().isOpen(subscription)) {
        correlated.add(subscription.bpmnProcessId);
        first = first == 0 ? subscription.processInstanceKey : first;
        correlate(subscription, variables);
      }
    }
    for (ProcessDefinition definition : events().latestDefinitionsWithStart(Subscription.Kind.MESSAGE, name)) {
      if (!correlated.contains(definition.bpmnProcessId())
          && !events().isStartedBy(definition.bpmnProcessId(), correlationKey)) {
        correlated.add(definition.bpmnProcessId());
        long started = startByMessage(definition, name, correlationKey, variables);
        first = first == 0 ? started : first;
      }
    }
    return first;
  }

  /**
   * Starts an instance at a message start event. With a correlation key, no second instance of
   * the process starts by that key while the first is active (Zeebe's message start rule).
   */
  private long startByMessage(ProcessDefinition definition, String name, String correlationKey,
      Map<String, String> variables) {
    long key = startInstanceAt(definition, events().startEvent(definition, Subscription.Kind.MESSAGE, name),
        variables);
    if (!correlationKey.isEmpty() && executor.state().instance(key) != null) {
      events().markStartedBy(key, definition.bpmnProcessId(), correlationKey);
    }
    return key;
  }

  /**
   * A process instance ended: its correlation key is free again, and a buffered message with
   * that key for one of the process's message start events starts the next instance.
   */
  void processEnded(long processInstanceKey) {
    String[] startedBy = events().releaseStartedBy(processInstanceKey);
    if (startedBy == null) {
      return;
    }
    ProcessDefinition latest = executor.state().latest(startedBy[0]);
    long now = executor.now();
    for (BufferedMessage message : events().bufferedMessages()) {
      if (message.correlationKey.equals(startedBy[1]) && message.deadline > now
          && !message.correlatedProcesses.contains(startedBy[0])
          && events().startEvent(latest, Subscription.Kind.MESSAGE, message.name) != null) {
        message.correlatedProcesses.add(startedBy[0]);
        events().messageChanged(message);
        executor.schedule(() -> startByMessage(latest, message.name, message.correlationKey,
            Json.variablesDocument(message.variables)));
        return;
      }
    }
  }

  private void correlate(Subscription subscription, Map<String, String> variables) {
    ElementInstance owner = executor.state().instance(subscription.elementInstanceKey);
    if (owner == null) {
      return;
    }
    deliver(owner, owner.definition.model().element(subscription.elementId), variables);
  }

  /** A subscription that just opened takes the oldest buffered message for it, if any. */
  private void correlateBuffered(Subscription subscription) {
    if (!events().isOpen(subscription)) {
      return;
    }
    long now = executor.now();
    for (BufferedMessage message : events().bufferedMessages()) {
      if (message.name.equals(subscription.name) && message.correlationKey.equals(subscription.correlationKey)
          && message.deadline > now && !message.correlatedProcesses.contains(subscription.bpmnProcessId)) {
        message.correlatedProcesses.add(subscription.bpmnProcessId);
        events().messageChanged(message);
        correlate(subscription, Json.variablesDocument(message.variables));
        return;
      }
    }
  }

  void expireMessages() {
    long now = executor.now();
    BufferedMessage message;
    while ((message = events().pollExpiredMessage(now)) != null) {
      events().removeMessage(message);
    }
  }

  // ---- signals

  long broadcastSignal(String name, Map<String, String> variables) {
    if (name == null || name.isEmpty()) {
      throw new EngineException(Reason.INVALID_ARGUMENT, "Expected a signal name, but none given");
    }
    long key = executor.nextKey();
    for (Subscription subscription : events().subscriptionsNamed(Subscription.Kind.SIGNAL, name)) {
      if (events().isOpen(subscription)) {
        correlate(subscription, variables);
      }
    }
    for (ProcessDefinition definition : events().latestDefinitionsWithStart(Subscription.Kind.SIGNAL, name)) {
      startInstanceAt(definition, events().startEvent(definition, Subscription.Kind.SIGNAL, name), variables);
    }
    return key;
  }

  // ---- starting instances at event start events

  long startInstanceAt(ProcessDefinition definition, ElementDef start, Map<String, String> variables) {
    long key = executor.nextKey();
    ElementInstance root = new ElementInstance(key, key, null, definition.model().process(), definition);
    executor.state().putProcessInstance(new ProcessInstanceRow(key, definition.key(), definition.bpmnProcessId(),
        definition.version(), "ACTIVE", executor.clock().instant(), null));
    executor.state().addInstance(root);
    executor.activated(root);
    if (!openAttached(root)) {
      return key;
    }
    ElementInstance started = activatedInstance(root, start, root);
    executor.completeWithVariables(started, variables);
    executor.run();
    return key;
  }
}
