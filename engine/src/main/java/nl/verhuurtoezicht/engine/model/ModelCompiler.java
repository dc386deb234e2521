package nl.verhuurtoezicht.engine.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.ThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.TerminateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeScript;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verhuurtoezicht.engine.feel.ExpressionException;
import nl.verhuurtoezicht.engine.feel.FeelExpressions;

/**
 * Reads a BPMN resource, rejects every element outside the supported allow-list (naming its id
 * and type), and compiles each executable process into {@link ProcessModel}s.
 */
public final class ModelCompiler {
  /** BPMN type names (as in the XML) that the engine executes today. */
  private static final Set<String> SUPPORTED_TYPES =
      Set.of(
          "startEvent",
          "endEvent",
          "serviceTask",
          "scriptTask",
          "exclusiveGateway",
          "parallelGateway",
          "subProcess",
          "boundaryEvent",
          "sequenceFlow",
          "intermediateCatchEvent",
          "intermediateThrowEvent",
          "receiveTask",
          "userTask",
          "businessRuleTask",
          "callActivity",
          "eventBasedGateway",
          "sendTask");

  private static final ObjectMapper JSON = new ObjectMapper();
  private final FeelExpressions feel;
  private final EventElementCompiler events;
  private final MultiInstanceCompiler multiInstance;

  public ModelCompiler(FeelExpressions feel) {
    this.feel = feel;
    this.events = new EventElementCompiler(feel);
    this.multiInstance = new MultiInstanceCompiler(feel);
  }

  public List<ProcessModel> compile(String resourceName, byte[] content) throws DeploymentRejected {
    BpmnModelInstance instance = read(resourceName, content);
    List<ProcessModel> models = new ArrayList<>();
    for (Process process : instance.getModelElementsByType(Process.class)) {
      if (process.isExecutable()) {
        models.add(compileProcess(process));
      }
    }
    if (models.isEmpty()) {
      throw new DeploymentRejected(
          "'" + resourceName + "': the resource contains no executable process (isExecutable=\"true\")");
    }
    return models;
  }

  private static BpmnModelInstance read(String resourceName, byte[] content) throws DeploymentRejected {
    BpmnModelInstance instance;
    try {
      instance = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (RuntimeException e) {
      throw new DeploymentRejected("'" + resourceName + "': not a readable BPMN file: " + rootMessage(e));
    }
    try {
      Bpmn.validateModel(instance);
    } catch (RuntimeException e) {
      throw new DeploymentRejected("'" + resourceName + "': invalid BPMN: " + rootMessage(e));
    }
    return instance;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  private ProcessModel compileProcess(Process process) throws DeploymentRejected {
    Map<String, ElementDef> elements = new LinkedHashMap<>();
    ElementDef root = new ElementDef(process.getId(), ElementKind.PROCESS, null);
    elements.put(root.id(), root);
    compileScope(process.getFlowElements(), root, elements);
    orderOutgoing(elements, process);
    for (ElementDef def : elements.values()) {
      if (def.kind() == ElementKind.EVENT_BASED_GATEWAY) {
        EventElementCompiler.checkEventBasedGateway(def);
      }
    }
    return new ProcessModel(process.getId(), root, Map.copyOf(elements));
  }

  private void compileScope(
      Collection<FlowElement> flowElements, ElementDef scope, Map<String, ElementDef> elements)
      throws DeploymentRejected {
    List<SequenceFlow> flows = new ArrayList<>();
    List<BoundaryEvent> boundaries = new ArrayList<>();
    for (FlowElement element : flowElements) {
      String type = element.getElementType().getTypeName();
      if (!SUPPORTED_TYPES.contains(type)) {
        throw unsupported(element, "");
      }
      rejectUnsupportedExtensions(element);
      switch (type) {
        case "sequenceFlow" -> flows.add((SequenceFlow) element);
        case "boundaryEvent" -> boundaries.add((BoundaryEvent) element);
        default -> {
          ElementDef def = compileNode((FlowNode) element, scope, elements);
          elements.put(def.id(), def);
          if (def.innerActivity != null) {
            elements.put(def.innerActivity.id(), def.innerActivity);
          }
        }
      }
    }
    for (BoundaryEvent boundary : boundaries) {
      elements.put(boundary.getId(), compileBoundary(boundary, scope, elements));
    }
    for (SequenceFlow flow : flows) {
      compileFlow(flow, elements);
    }
    if (scope.kind() == ElementKind.EVENT_SUB_PROCESS) {
      if (scope.eventStartEvents.size() != 1 || scope.noneStartEvent != null) {
        throw new DeploymentRejected("Element '" + scope.id()
            + "' of type 'subProcess' (event subprocess) must contain exactly one timer, message, signal or error start event");
      }
    } else if (scope.noneStartEvent == null && (scope.kind() != ElementKind.PROCESS || scope.eventStartEvents.isEmpty())) {
      throw new DeploymentRejected(
          "Element '" + scope.id() + "' of type '" + typeOf(scope) + "' must contain exactly one none start event");
    }
  }

  private ElementDef compileNode(FlowNode node, ElementDef scope, Map<String, ElementDef> elements)
      throws DeploymentRejected {
    if (node instanceof Activity activity && activity.getLoopCharacteristics() != null) {
      ElementDef body = multiInstance.compileBody(activity, scope);
      body.innerActivity = compileElement(node, body, elements);
      return body;
    }
    return compileElement(node, scope, elements);
  }

  private ElementDef compileElement(FlowNode node, ElementDef scope, Map<String, ElementDef> elements)
      throws DeploymentRejected {
    String type = node.getElementType().getTypeName();
    ElementDef def =
        switch (type) {
          case "startEvent" -> compileStart((StartEvent) node, scope);
          case "endEvent" -> compileEnd((EndEvent) node, scope);
          case "serviceTask" -> compileJobTask(node, scope, ElementKind.SERVICE_TASK);
          case "scriptTask" -> compileScriptTask(node, scope);
          case "exclusiveGateway" -> new ElementDef(node.getId(), ElementKind.EXCLUSIVE_GATEWAY, scope);
          case "parallelGateway" -> new ElementDef(node.getId(), ElementKind.PARALLEL_GATEWAY, scope);
          case "subProcess" -> compileSubProcess((SubProcess) node, scope, elements);
          case "intermediateCatchEvent" -> events.compileIntermediateCatch((CatchEvent) node, scope);
          case "intermediateThrowEvent" -> events.compileIntermediateThrow((ThrowEvent) node, scope);
          case "receiveTask" -> events.compileReceiveTask((ReceiveTask) node, scope);
          case "userTask" -> events.compileUserTask(node, scope);
          case "businessRuleTask" -> {
            ElementDef decision = events.compileBusinessRuleTask(node, scope);
            yield decision != null ? decision : compileJobTask(node, scope, ElementKind.SERVICE_TASK);
          }
          case "callActivity" -> events.compileCallActivity(node, scope);
          case "eventBasedGateway" -> new ElementDef(node.getId(), ElementKind.EVENT_BASED_GATEWAY, scope);
          case "sendTask" -> compileJobTask(node, scope, ElementKind.SERVICE_TASK);
          default -> throw unsupported(node, "");
        };
    compileMappings(node, def);
    return def;
  }

  private ElementDef compileStart(StartEvent start, ElementDef scope) throws DeploymentRejected {
    if (!start.getEventDefinitions().isEmpty()) {
      if (scope.kind() == ElementKind.PROCESS) {
        return events.compileEventStart(start, scope, EventElementCompiler.Position.PROCESS_START);
      }
      if (scope.kind() == ElementKind.EVENT_SUB_PROCESS) {
        return events.compileEventStart(start, scope, EventElementCompiler.Position.EVENT_SUB_PROCESS_START);
      }
      throw unsupported(start, " with a " + definitionName(start.getEventDefinitions()) + " definition");
    }
    if (scope.kind() == ElementKind.EVENT_SUB_PROCESS) {
      throw new DeploymentRejected(
          "Element '" + start.getId() + "' of type 'startEvent': the start event of an event subprocess needs a"
              + " timer, message, signal or error definition");
    }
    if (scope.noneStartEvent != null) {
      throw new DeploymentRejected(
          "Element '" + start.getId() + "' of type 'startEvent': a scope may contain only one none start event");
    }
    ElementDef def = new ElementDef(start.getId(), ElementKind.START_EVENT, scope);
    scope.noneStartEvent = def;
    return def;
  }

  private ElementDef compileEnd(EndEvent end, ElementDef scope) throws DeploymentRejected {
    ElementDef def = new ElementDef(end.getId(), ElementKind.END_EVENT, scope);
    Collection<EventDefinition> definitions = end.getEventDefinitions();
    if (definitions.isEmpty()) {
      return def;
    }
    EventDefinition definition = definitions.iterator().next();
    if (definitions.size() == 1 && definition instanceof TerminateEventDefinition) {
      def.eventType = EventType.TERMINATE;
    } else if (definitions.size() == 1 && definition instanceof ErrorEventDefinition error) {
      if (error.getError() == null || error.getError().getErrorCode() == null) {
        throw new DeploymentRejected(
            "Element '" + end.getId() + "' of type 'endEvent': an error end event needs an error with an errorCode");
      }
      def.eventType = EventType.ERROR;
      def.errorCode = parse(end, error.getError().getErrorCode(), false);
    } else if (!events.compileThrowDefinition(end, def)) {
      throw unsupported(end, " with a " + definitionName(definitions) + " definition");
    }
    return def;
  }

  private ElementDef compileJobTask(FlowNode node, ElementDef scope, ElementKind kind)
      throws DeploymentRejected {
    ZeebeTaskDefinition task = node.getSingleExtensionElement(ZeebeTaskDefinition.class);
    if (task == null || task.getType() == null) {
      throw new DeploymentRejected(
          "Element '" + node.getId() + "' of type '" + typeName(node) + "' needs a zeebe:taskDefinition with a type");
    }
    ElementDef def = new ElementDef(node.getId(), kind, scope);
    def.jobType = parse(node, task.getType(), false);
    def.jobRetries = parse(node, task.getRetries() == null ? ZeebeTaskDefinition.DEFAULT_RETRIES : task.getRetries(), false);
    ZeebeTaskHeaders headers = node.getSingleExtensionElement(ZeebeTaskHeaders.class);
    if (headers != null) {
      Map<String, String> values = new LinkedHashMap<>();
      for (ZeebeHeader header : headers.getHeaders()) {
        values.put(header.getKey(), header.getValue());
      }
      try {
        def.customHeadersJson = JSON.writeValueAsString(values);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return def;
  }

  private ElementDef compileScriptTask(FlowNode node, ElementDef scope) throws DeploymentRejected {
    ZeebeScript script = node.getSingleExtensionElement(ZeebeScript.class);
    if (script == null) {
      // A script task with a zeebe:taskDefinition is executed by a job worker, as in Zeebe.
      return compileJobTask(node, scope, ElementKind.SERVICE_TASK);
    }
    if (script.getExpression() == null || script.getResultVariable() == null) {
      throw new DeploymentRejected(
          "Element '" + node.getId() + "' of type 'scriptTask': zeebe:script needs an expression and a resultVariable");
    }
    ElementDef def = new ElementDef(node.getId(), ElementKind.SCRIPT_TASK, scope);
    def.script = parse(node, script.getExpression(), true);
    def.resultVariable = script.getResultVariable();
    return def;
  }

  private ElementDef compileSubProcess(SubProcess sub, ElementDef scope, Map<String, ElementDef> elements)
      throws DeploymentRejected {
    if (sub.triggeredByEvent()) {
      ElementDef eventSubProcess = new ElementDef(sub.getId(), ElementKind.EVENT_SUB_PROCESS, scope);
      compileScope(sub.getFlowElements(), eventSubProcess, elements);
      scope.eventSubProcesses.add(eventSubProcess);
      return eventSubProcess;
    }
    ElementDef def = new ElementDef(sub.getId(), ElementKind.SUB_PROCESS, scope);
    compileScope(sub.getFlowElements(), def, elements);
    return def;
  }

  private static final java.util.EnumSet<ElementKind> BOUNDARY_HOSTS = java.util.EnumSet.of(
      ElementKind.SERVICE_TASK, ElementKind.SCRIPT_TASK, ElementKind.SUB_PROCESS, ElementKind.USER_TASK,
      ElementKind.RECEIVE_TASK, ElementKind.BUSINESS_RULE_TASK, ElementKind.CALL_ACTIVITY,
      ElementKind.MULTI_INSTANCE_BODY);

  private ElementDef compileBoundary(BoundaryEvent boundary, ElementDef scope, Map<String, ElementDef> elements)
      throws DeploymentRejected {
    ElementDef attachedTo = MultiInstanceCompiler.flowNode(elements, boundary.getAttachedTo().getId());
    if (attachedTo == null || !BOUNDARY_HOSTS.contains(attachedTo.kind())) {
      throw new DeploymentRejected(
          "Element '" + boundary.getId() + "' of type 'boundaryEvent' is attached to '"
              + boundary.getAttachedTo().getId() + "', which cannot carry a boundary event here");
    }
    ElementDef def = events.compileBoundary(boundary, scope);
    def.attachedTo = attachedTo;
    attachedTo.boundaryEvents.add(def);
    compileMappings(boundary, def);
    return def;
  }

  private void compileFlow(SequenceFlow flow, Map<String, ElementDef> elements) throws DeploymentRejected {
    ElementDef source = MultiInstanceCompiler.flowNode(elements, flow.getSource().getId());
    ElementDef target = MultiInstanceCompiler.flowNode(elements, flow.getTarget().getId());
    ConditionExpression condition = flow.getConditionExpression();
    FlowDef def =
        new FlowDef(
            flow.getId(),
            source,
            target,
            condition == null || condition.getTextContent() == null || condition.getTextContent().isBlank()
                ? null
                : parse(flow, condition.getTextContent().trim(), true));
    target.incoming.add(def);
    if (source.kind() == ElementKind.EXCLUSIVE_GATEWAY
        && flow.getSource() instanceof ExclusiveGateway gateway
        && gateway.getDefault() != null
        && gateway.getDefault().getId().equals(flow.getId())) {
      source.defaultFlow = def;
    }
    source.outgoing.add(def);
  }

  /** Puts each element's outgoing flows into the order of its {@code <bpmn:outgoing>} list. */
  private static void orderOutgoing(Map<String, ElementDef> elements, Process process) {
    for (ElementDef def : elements.values()) {
      if (def.kind() == ElementKind.PROCESS) {
        continue;
      }
      String bpmnId = def.kind() == ElementKind.MULTI_INSTANCE_BODY ? def.innerActivity.id() : def.id();
      FlowNode node = process.getModelInstance().getModelElementById(bpmnId);
      if (node == null || def.outgoing.size() < 2) {
        continue;
      }
      List<String> order = node.getOutgoing().stream().map(BaseElement::getId).toList();
      def.outgoing.sort((a, b) -> Integer.compare(order.indexOf(a.id()), order.indexOf(b.id())));
    }
  }

  private void compileMappings(FlowNode node, ElementDef def) throws DeploymentRejected {
    ZeebeIoMapping io = node.getSingleExtensionElement(ZeebeIoMapping.class);
    if (io == null) {
      return;
    }
    def.inputs = mappings(node, io.getInputs());
    def.outputs = mappings(node, io.getOutputs());
  }

  private List<Mapping> mappings(FlowNode node, Collection<? extends ZeebeMapping> mappings)
      throws DeploymentRejected {
    List<Mapping> result = new ArrayList<>();
    for (ZeebeMapping mapping : mappings) {
      result.add(new Mapping(parse(node, mapping.getSource(), true), mapping.getTarget()));
    }
    return List.copyOf(result);
  }

  private nl.verhuurtoezicht.engine.feel.Expression parse(BaseElement element, String text, boolean alwaysExpression)
      throws DeploymentRejected {
    try {
      return alwaysExpression ? feel.parseExpression(text) : feel.parseValueOrExpression(text);
    } catch (ExpressionException e) {
      throw new DeploymentRejected(
          "Element '" + element.getId() + "' of type '" + typeName(element) + "': " + e.getMessage());
    }
  }

  private static void rejectUnsupportedExtensions(FlowElement element) throws DeploymentRejected {
    if (element.getSingleExtensionElement(ZeebeExecutionListeners.class) != null) {
      throw unsupported(element, " with zeebe:executionListeners");
    }
  }

  private static DeploymentRejected unsupported(BaseElement element, String detail) {
    return new DeploymentRejected(
        "Element '" + element.getId() + "' of type '" + typeName(element) + "'" + detail
            + " is not supported by this engine");
  }

  private static String typeName(BaseElement element) {
    return element.getElementType().getTypeName();
  }

  private static String typeOf(ElementDef def) {
    return def.kind() == ElementKind.PROCESS ? "process" : "subProcess";
  }

  private static String definitionName(Collection<EventDefinition> definitions) {
    return definitions.stream().map(d -> d.getElementType().getTypeName()).toList().toString();
  }
}
