package nl.verhuurtoezicht.engine.exec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.engine.feel.ExpressionException;
import nl.verhuurtoezicht.engine.model.ElementDef;
import nl.verhuurtoezicht.engine.state.ElementInstance;

/**
 * Multi-instance body: runs the inner activity once per item of the input collection, all at once
 * (parallel) or one after another (sequential). Each inner instance gets its item as the local
 * {@code inputElement} variable and its 1-based {@code loopCounter}; the body collects each
 * instance's {@code outputElement} at its position in the local {@code outputCollection}, which
 * goes to the flow scope when the body completes.
 */
final class MultiInstanceBodyBehavior implements ElementBehavior {
  private static final String LOOP_COUNTER = "loopCounter";

  @Override
  public void onActivate(BpmnExecutor executor, ElementInstance body) {
    List<Object> items = items(executor, body);
    if (items == null) {
      return;
    }
    ElementDef def = body.element;
    if (def.outputCollection() != null) {
      List<Object> empty = new ArrayList<>();
      items.forEach(item -> empty.add(null));
      executor.state().setVariable(body.key, def.outputCollection(), Json.toJson(empty));
    }
    executor.activated(body);
    if (items.isEmpty()) {
      executor.scopeMayComplete(body);
    } else if (def.sequential()) {
      startInner(executor, body, items.get(0), 1);
    } else {
      for (int i = 0; i < items.size(); i++) {
        startInner(executor, body, items.get(i), i + 1);
      }
    }
  }

  /**
   * The input collection, evaluated again for each sequential step (this engine keeps no copy of
   * the collection); null after raising an incident.
   */
  private static List<Object> items(BpmnExecutor executor, ElementInstance body) {
    Object value;
    try {
      value = executor.feel().evaluate(body.element.inputCollection(), executor.visibleVariables(body));
    } catch (ExpressionException e) {
      executor.raiseIncident(body, "EXTRACT_VALUE_ERROR", e.getMessage(), 0);
      return null;
    }
    if (!(value instanceof List<?> list)) {
      executor.raiseIncident(body, "EXTRACT_VALUE_ERROR", "Expected result of the expression '"
          + body.element.inputCollection().text() + "' to be 'ARRAY', but was '" + value + "'", 0);
      return null;
    }
    return new ArrayList<>(list);
  }

  private static void startInner(BpmnExecutor executor, ElementInstance body, Object item, int loopCounter) {
    ElementInstance inner = executor.createChild(body, body.element.innerActivity());
    if (body.element.inputElement() != null) {
      executor.state().setVariable(inner.key, body.element.inputElement(), Json.toJson(item));
    }
    executor.state().setVariable(inner.key, LOOP_COUNTER, Json.toJson(loopCounter));
  }

  static int loopCounter(BpmnExecutor executor, ElementInstance inner) {
    String value = executor.state().localVariables(inner.key).get(LOOP_COUNTER);
    return value == null ? 0 : Integer.parseInt(value);
  }

  /** Stores the inner instance's output element; false after raising an incident on it. */
  static boolean collectOutput(BpmnExecutor executor, ElementInstance inner) {
    ElementDef body = inner.parent.element;
    if (body.outputCollection() == null) {
      return true;
    }
    Object output;
    try {
      output = executor.feel().evaluate(body.outputElement(), executor.visibleVariables(inner));
    } catch (ExpressionException e) {
      executor.raiseIncident(inner, "EXTRACT_VALUE_ERROR", e.getMessage(), 0);
      return false;
    }
    Object collection = Json.toJava(executor.state().localVariables(inner.parent.key).get(body.outputCollection()));
    @SuppressWarnings("unchecked")
    List<Object> outputs = new ArrayList<>((List<Object>) collection);
    int index = loopCounter(executor, inner) - 1;
    outputs.set(index, output);
    executor.state().setVariable(inner.parent.key, body.outputCollection(), Json.toJson(outputs));
    return true;
  }

  /** A sequential body starts the next item, if any, before its own completion is considered. */
  static void innerLeft(BpmnExecutor executor, ElementInstance body, int loopCounter) {
    if (!body.element.sequential()) {
      return;
    }
    List<Object> items = items(executor, body);
    if (items != null && loopCounter < items.size()) {
      startInner(executor, body, items.get(loopCounter), loopCounter + 1);
    }
  }

  @Override
  public void onComplete(BpmnExecutor executor, ElementInstance body) {
    String collection = body.element.outputCollection();
    if (collection != null && body.parent != null) {
      Map<String, String> result = new LinkedHashMap<>();
      result.put(collection, executor.state().localVariables(body.key).get(collection));
      executor.propagate(body.parent, result);
    }
    executor.leave(body, body.element.outgoing());
  }
}
