package nl.verhuurtoezicht.engine.model;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Event;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.SignalEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.ThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePriorityDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import nl.verhuurtoezicht.engine.feel.Expression;
import nl.verhuurtoezicht.engine.feel.ExpressionException;
import nl.verhuurtoezicht.engine.feel.FeelExpressions;
import nl.verhuurtoezicht.engine.timer.TimerDefinitions;
import nl.verhuurtoezicht.engine.timer.TimerFormatException;
import nl.verhuurtoezicht.engine.timer.TimerKind;

/**
 * Compiles the Engine II elements: timer, message and signal events, receive, user and business
 * rule tasks, call activities and event-based gateways. Each event position accepts only the
 * definitions Zeebe accepts there, and a rejection names the element id and type.
 */
final class EventElementCompiler {
  private final FeelExpressions feel;

  EventElementCompiler(FeelExpressions feel) {
    this.feel = feel;
  }

  /** Where an event sits decides which timer definitions and event types are allowed. */
  enum Position {
    PROCESS_START(EnumSet.of(EventType.TIMER, EventType.MESSAGE, EventType.SIGNAL),
        EnumSet.of(TimerKind.DATE, TimerKind.CYCLE)),
    EVENT_SUB_PROCESS_START(EnumSet.of(EventType.TIMER, EventType.MESSAGE, EventType.SIGNAL, EventType.ERROR),
        EnumSet.allOf(TimerKind.class)),
    INTERMEDIATE_CATCH(EnumSet.of(EventType.TIMER, EventType.MESSAGE, EventType.SIGNAL),
        EnumSet.of(TimerKind.DATE, TimerKind.DURATION)),
    INTERRUPTING_BOUNDARY(EnumSet.of(EventType.TIMER, EventType.MESSAGE, EventType.SIGNAL, EventType.ERROR),
        EnumSet.of(TimerKind.DATE, TimerKind.DURATION)),
    NON_INTERRUPTING_BOUNDARY(EnumSet.of(EventType.TIMER, EventType.MESSAGE, EventType.SIGNAL),
        EnumSet.allOf(TimerKind.class));

    final Set<EventType> events;
    final Set<TimerKind> timers;

    Position(Set<EventType> events, Set<TimerKind> timers) {
      this.events = events;
      this.timers = timers;
    }
  }

  /** Reads the single event definition of a catch event into the element. */
  void compileCatchDefinition(Event event, Collection<EventDefinition> definitions, ElementDef def, Position position)
      throws DeploymentRejected {
    if (definitions.size() != 1) {
      throw unsupported(event, " with " + definitions.size() + " event definitions here");
    }
    EventDefinition definition = definitions.iterator().next();
    if (definition instanceof TimerEventDefinition timer) {
      requireAllowed(event, position, EventType.TIMER, "timer");
      compileTimer(event, timer, def, position);
    } else if (definition instanceof MessageEventDefinition message) {
      requireAllowed(event, position, EventType.MESSAGE, "message");
      compileMessage(event, message.getMessage(), def, position != Position.PROCESS_START);
    } else if (definition instanceof SignalEventDefinition signal) {
      requireAllowed(event, position, EventType.SIGNAL, "signal");
      compileSignal(event, signal, def);
    } else if (definition instanceof ErrorEventDefinition error) {
      requireAllowed(event, position, EventType.ERROR, "error");
      def.eventType = EventType.ERROR;
      if (error.getError() != null && error.getError().getErrorCode() != null) {
        String code = error.getError().getErrorCode();
        if (code.startsWith("=")) {
          throw new DeploymentRejected(describe(event)
              + ": the errorCode of a catch event must be a static value, not '" + code + "'");
        }
        def.errorCode = parse(event, code, false);
      }
    } else {
      throw unsupported(event, " with a " + definition.getElementType().getTypeName() + " definition");
    }
  }

  private static void requireAllowed(Event event, Position position, EventType type, String name)
      throws DeploymentRejected {
    if (!position.events.contains(type)) {
      throw unsupported(event, " with a " + name + " event definition at this position");
    }
  }

  private void compileTimer(Event event, TimerEventDefinition timer, ElementDef def, Position position)
      throws DeploymentRejected {
    TimerKind kind;
    String text;
    if (timer.getTimeDate() != null) {
      kind = TimerKind.DATE;
      text = timer.getTimeDate().getTextContent();
    } else if (timer.getTimeDuration() != null) {
      kind = TimerKind.DURATION;
      text = timer.getTimeDuration().getTextContent();
    } else if (timer.getTimeCycle() != null) {
      kind = TimerKind.CYCLE;
      text = timer.getTimeCycle().getTextContent();
    } else {
      throw new DeploymentRejected(describe(event) + ": a timer needs a timeDate, timeDuration or timeCycle");
    }
    if (!position.timers.contains(kind)) {
      throw new DeploymentRejected(describe(event) + ": a " + kind.name().toLowerCase()
          + " timer is not allowed here; allowed: " + position.timers);
    }
    text = text == null ? "" : text.trim();
    def.eventType = EventType.TIMER;
    def.timerKind = kind;
    def.timer = parse(event, text, false);
    if (def.timer.isStatic()) {
      try {
        TimerDefinitions.firstDue(kind, text, java.time.Instant.EPOCH);
      } catch (TimerFormatException e) {
        throw new DeploymentRejected(describe(event) + ": " + e.getMessage());
      }
    }
  }

  private void compileMessage(BaseElement element, Message message, ElementDef def, boolean needsCorrelationKey)
      throws DeploymentRejected {
    if (message == null || message.getName() == null || message.getName().isBlank()) {
      throw new DeploymentRejected(describe(element) + ": a message event needs a message with a name");
    }
    def.eventType = EventType.MESSAGE;
    def.messageName = parse(element, message.getName(), false);
    ZeebeSubscription subscription = message.getSingleExtensionElement(ZeebeSubscription.class);
    if (needsCorrelationKey) {
      if (subscription == null || subscription.getCorrelationKey() == null || subscription.getCorrelationKey().isBlank()) {
        throw new DeploymentRejected(describe(element)
            + ": the message needs a zeebe:subscription with a correlationKey");
      }
      def.correlationKey = parse(element, subscription.getCorrelationKey(), true);
    }
  }

  private void compileSignal(BaseElement element, SignalEventDefinition signal, ElementDef def)
      throws DeploymentRejected {
    if (signal.getSignal() == null || signal.getSignal().getName() == null || signal.getSignal().getName().isBlank()) {
      throw new DeploymentRejected(describe(element) + ": a signal event needs a signal with a name");
    }
    def.eventType = EventType.SIGNAL;
    def.signalName = parse(element, signal.getSignal().getName(), false);
  }

  ElementDef compileIntermediateCatch(CatchEvent event, ElementDef scope) throws DeploymentRejected {
    ElementDef def = new ElementDef(event.getId(), ElementKind.INTERMEDIATE_CATCH_EVENT, scope);
    compileCatchDefinition(event, event.getEventDefinitions(), def, Position.INTERMEDIATE_CATCH);
    return def;
  }

  /** None intermediate throw events pass through; signal throw events broadcast. */
  ElementDef compileIntermediateThrow(ThrowEvent event, ElementDef scope) throws DeploymentRejected {
    ElementDef def = new ElementDef(event.getId(), ElementKind.INTERMEDIATE_THROW_EVENT, scope);
    compileThrowDefinition(event, def);
    return def;
  }

  /** Signal definitions on throw events (intermediate throw, end); false when there is none. */
  boolean compileThrowDefinition(ThrowEvent event, ElementDef def) throws DeploymentRejected {
    Collection<EventDefinition> definitions = event.getEventDefinitions();
    if (definitions.isEmpty()) {
      return false;
    }
    if (definitions.size() == 1 && definitions.iterator().next() instanceof SignalEventDefinition signal) {
      compileSignal(event, signal, def);
      return true;
    }
    throw unsupported(event, " with a " + definitions.stream()
        .map(d -> d.getElementType().getTypeName()).toList() + " definition");
  }

  ElementDef compileReceiveTask(ReceiveTask task, ElementDef scope) throws DeploymentRejected {
    ElementDef def = new ElementDef(task.getId(), ElementKind.RECEIVE_TASK, scope);
    compileMessage(task, task.getMessage(), def, true);
    return def;
  }

  ElementDef compileBoundary(BoundaryEvent boundary, ElementDef scope) throws DeploymentRejected {
    ElementDef def = new ElementDef(boundary.getId(), ElementKind.BOUNDARY_EVENT, scope);
    def.interrupting = boundary.cancelActivity();
    compileCatchDefinition(boundary, boundary.getEventDefinitions(), def,
        def.interrupting ? Position.INTERRUPTING_BOUNDARY : Position.NON_INTERRUPTING_BOUNDARY);
    return def;
  }

  ElementDef compileEventStart(StartEvent start, ElementDef scope, Position position) throws DeploymentRejected {
    ElementDef def = new ElementDef(start.getId(), ElementKind.START_EVENT, scope);
    def.interrupting = start.isInterrupting();
    compileCatchDefinition(start, start.getEventDefinitions(), def, position);
    if (position == Position.EVENT_SUB_PROCESS_START && def.eventType == EventType.ERROR && !def.interrupting) {
      throw new DeploymentRejected(describe(start) + ": an error start event of an event subprocess must be interrupting");
    }
    scope.eventStartEvents.add(def);
    return def;
  }

  ElementDef compileUserTask(FlowNode node, ElementDef scope) throws DeploymentRejected {
    if (node.getSingleExtensionElement(ZeebeUserTask.class) == null) {
      throw unsupported(node, " without zeebe:userTask (job-based user tasks)");
    }
    ElementDef def = new ElementDef(node.getId(), ElementKind.USER_TASK, scope);
    ZeebeAssignmentDefinition assignment = node.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
    ZeebeTaskSchedule schedule = node.getSingleExtensionElement(ZeebeTaskSchedule.class);
    ZeebeFormDefinition form = node.getSingleExtensionElement(ZeebeFormDefinition.class);
    ZeebePriorityDefinition priority = node.getSingleExtensionElement(ZeebePriorityDefinition.class);
    def.userTask = new UserTaskDef(
        optional(node, assignment == null ? null : assignment.getAssignee()),
        optional(node, assignment == null ? null : assignment.getCandidateGroups()),
        optional(node, assignment == null ? null : assignment.getCandidateUsers()),
        optional(node, schedule == null ? null : schedule.getDueDate()),
        optional(node, schedule == null ? null : schedule.getFollowUpDate()),
        form == null ? null : form.getFormKey() != null ? form.getFormKey() : form.getFormId(),
        form == null ? null : form.getExternalReference(),
        optional(node, priority == null ? null : priority.getPriority()));
    ZeebeTaskHeaders headers = node.getSingleExtensionElement(ZeebeTaskHeaders.class);
    if (headers != null) {
      java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
      headers.getHeaders().forEach(header -> values.put(header.getKey(), header.getValue()));
      try {
        def.customHeadersJson = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(values);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return def;
  }

  /** A business rule task either calls a decision or, with a task definition, is a job for a worker. */
  ElementDef compileBusinessRuleTask(FlowNode node, ElementDef scope) throws DeploymentRejected {
    ZeebeCalledDecision called = node.getSingleExtensionElement(ZeebeCalledDecision.class);
    if (called == null) {
      return null;
    }
    if (node.getSingleExtensionElement(ZeebeTaskDefinition.class) != null) {
      throw new DeploymentRejected(describe(node) + ": use either zeebe:calledDecision or zeebe:taskDefinition, not both");
    }
    if (called.getDecisionId() == null || called.getResultVariable() == null) {
      throw new DeploymentRejected(describe(node) + ": zeebe:calledDecision needs a decisionId and a resultVariable");
    }
    ElementDef def = new ElementDef(node.getId(), ElementKind.BUSINESS_RULE_TASK, scope);
    def.decisionId = parse(node, called.getDecisionId(), false);
    def.resultVariable = called.getResultVariable();
    return def;
  }

  ElementDef compileCallActivity(FlowNode node, ElementDef scope) throws DeploymentRejected {
    ZeebeCalledElement called = node.getSingleExtensionElement(ZeebeCalledElement.class);
    if (called == null || called.getProcessId() == null || called.getProcessId().isBlank()) {
      throw new DeploymentRejected(describe(node) + ": a call activity needs a zeebe:calledElement with a processId");
    }
    ElementDef def = new ElementDef(node.getId(), ElementKind.CALL_ACTIVITY, scope);
    def.calledProcessId = parse(node, called.getProcessId(), false);
    def.propagateAllChildVariables = called.isPropagateAllChildVariablesEnabled();
    def.propagateAllParentVariables = called.isPropagateAllParentVariablesEnabled();
    return def;
  }

  /** After flows are compiled: each target of an event-based gateway must be a message or timer catch event. */
  static void checkEventBasedGateway(ElementDef gateway) throws DeploymentRejected {
    if (gateway.outgoing().size() < 2) {
      throw new DeploymentRejected("Element '" + gateway.id()
          + "' of type 'eventBasedGateway' needs at least two outgoing sequence flows");
    }
    for (FlowDef flow : gateway.outgoing()) {
      ElementDef target = flow.target();
      boolean catchEvent = target.kind() == ElementKind.INTERMEDIATE_CATCH_EVENT
          && (target.eventType() == EventType.MESSAGE || target.eventType() == EventType.TIMER
              || target.eventType() == EventType.SIGNAL);
      if (!catchEvent || flow.condition() != null) {
        throw new DeploymentRejected("Element '" + gateway.id() + "' of type 'eventBasedGateway': the flow '"
            + flow.id() + "' must lead, unconditionally, to an intermediate message, timer or signal catch event");
      }
    }
  }

  private Expression optional(BaseElement element, String text) throws DeploymentRejected {
    return text == null || text.isBlank() ? null : parse(element, text, false);
  }

  private Expression parse(BaseElement element, String text, boolean alwaysExpression) throws DeploymentRejected {
    try {
      return alwaysExpression ? feel.parseExpression(text) : feel.parseValueOrExpression(text);
    } catch (ExpressionException e) {
      throw new DeploymentRejected(describe(element) + ": " + e.getMessage());
    }
  }

  static String describe(BaseElement element) {
    return "Element '" + element.getId() + "' of type '" + element.getElementType().getTypeName() + "'";
  }

  static DeploymentRejected unsupported(BaseElement element, String detail) {
    return new DeploymentRejected(describe(element) + detail + " is not supported by this engine");
  }
}
