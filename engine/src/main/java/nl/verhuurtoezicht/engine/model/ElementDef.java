package nl.verhuurtoezicht.engine.model;

import java.util.ArrayList;
import java.util.List;
import nl.verhuurtoezicht.engine.feel.Expression;
import nl.verhuurtoezicht.engine.timer.TimerKind;

/**
 * A compiled, executable BPMN element. Fields that only some kinds use stay null for the others;
 * this keeps the runtime free of model-API lookups.
 */
public final class ElementDef {
  private final String id;
  private final ElementKind kind;
  private final ElementDef flowScope;
  final List<FlowDef> outgoing = new ArrayList<>();
  final List<FlowDef> incoming = new ArrayList<>();
  final List<ElementDef> boundaryEvents = new ArrayList<>();
  List<Mapping> inputs = List.of();
  List<Mapping> outputs = List.of();
  EventType eventType = EventType.NONE;
  ElementDef noneStartEvent;
  FlowDef defaultFlow;
  Expression jobType;
  Expression jobRetries;
  String customHeadersJson = "{}";
  Expression script;
  String resultVariable;
  ElementDef attachedTo;
  Expression errorCode;

  ElementDef(String id, ElementKind kind, ElementDef flowScope) {
    this.id = id;
    this.kind = kind;
    this.flowScope = flowScope;
  }

  public String id() {
    return id;
  }

  public ElementKind kind() {
    return kind;
  }

  /** The process or subprocess this element lives in; null for the process itself. */
  public ElementDef flowScope() {
    return flowScope;
  }

  /** Outgoing flows in the order the model lists them on the element. */
  public List<FlowDef> outgoing() {
    return outgoing;
  }

  public List<FlowDef> incoming() {
    return incoming;
  }

  public List<ElementDef> boundaryEvents() {
    return boundaryEvents;
  }

  public List<Mapping> inputs() {
    return inputs;
  }

  public List<Mapping> outputs() {
    return outputs;
  }

  public EventType eventType() {
    return eventType;
  }

  public ElementDef noneStartEvent() {
    return noneStartEvent;
  }

  public FlowDef defaultFlow() {
    return defaultFlow;
  }

  public Expression jobType() {
    return jobType;
  }

  public Expression jobRetries() {
    return jobRetries;
  }

  public String customHeadersJson() {
    return customHeadersJson;
  }

  public Expression script() {
    return script;
  }

  public String resultVariable() {
    return resultVariable;
  }

  public ElementDef attachedTo() {
    return attachedTo;
  }

  /** Error code of an error end event or error boundary event; null on a catch-all boundary. */
  public Expression errorCode() {
    return errorCode;
  }

  // ---- Engine II: timers, messages, signals, user tasks, decisions, call activities, event subprocesses

  TimerKind timerKind;
  Expression timer;
  Expression messageName;
  Expression correlationKey;
  Expression signalName;
  boolean interrupting = true;
  final List<ElementDef> eventSubProcesses = new ArrayList<>();
  final List<ElementDef> eventStartEvents = new ArrayList<>();
  UserTaskDef userTask;
  Expression decisionId;
  Expression calledProcessId;
  boolean propagateAllChildVariables = true;
  boolean propagateAllParentVariables = true;

  /** timeDate, timeDuration or timeCycle of a timer event. */
  public TimerKind timerKind() {
    return timerKind;
  }

  public Expression timer() {
    return timer;
  }

  public Expression messageName() {
    return messageName;
  }

  /** Evaluated when the subscription opens; null on message start events. */
  public Expression correlationKey() {
    return correlationKey;
  }

  public Expression signalName() {
    return signalName;
  }

  /** Boundary events (cancelActivity) and event subprocess start events (isInterrupting). */
  public boolean interrupting() {
    return interrupting;
  }

  /** Event subprocesses directly inside this process or subprocess. */
  public List<ElementDef> eventSubProcesses() {
    return eventSubProcesses;
  }

  /** Timer, message and signal start events of a process, or the one start event of an event subprocess. */
  public List<ElementDef> eventStartEvents() {
    return eventStartEvents;
  }

  public UserTaskDef userTask() {
    return userTask;
  }

  public Expression decisionId() {
    return decisionId;
  }

  public Expression calledProcessId() {
    return calledProcessId;
  }

  public boolean propagateAllChildVariables() {
    return propagateAllChildVariables;
  }

  public boolean propagateAllParentVariables() {
    return propagateAllParentVariables;
  }

  // ---- multi-instance body

  ElementDef innerActivity;
  Expression inputCollection;
  String inputElement;
  String outputCollection;
  Expression outputElement;
  boolean sequential;

  /** The activity a multi-instance body runs once per item; null on other elements. */
  public ElementDef innerActivity() {
    return innerActivity;
  }

  public Expression inputCollection() {
    return inputCollection;
  }

  /** Local variable of each inner instance holding its item; null when not given. */
  public String inputElement() {
    return inputElement;
  }

  /** Variable collecting {@link #outputElement()} of every inner instance; null when not given. */
  public String outputCollection() {
    return outputCollection;
  }

  public Expression outputElement() {
    return outputElement;
  }

  public boolean sequential() {
    return sequential;
  }
}
