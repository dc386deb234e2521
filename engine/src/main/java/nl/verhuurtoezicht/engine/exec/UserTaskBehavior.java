package nl.verhuurtoezicht.engine.exec;

import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.engine.feel.Expression;
import nl.verhuurtoezicht.engine.feel.ExpressionException;
import nl.verhuurtoezicht.engine.model.UserTaskDef;
import nl.verhuurtoezicht.engine.state.ElementInstance;
import nl.verhuurtoezicht.engine.state.UserTask;

/**
 * Camunda user task (zeebe:userTask): creates a task for people, found and completed through the
 * REST API. Leaving the element by any other way (boundary event, cancellation) cancels the task.
 */
final class UserTaskBehavior implements ElementBehavior {
  /** Zeebe's default user task priority. */
  private static final int DEFAULT_PRIORITY = 50;

  @Override
  public void onActivate(BpmnExecutor executor, ElementInstance instance) {
    UserTaskDef def = instance.element.userTask();
    Map<String, Object> variables = executor.visibleVariables(instance);
    UserTask task;
    try {
      task = new UserTask(executor.nextKey(), instance.key, instance.processInstanceKey, instance.definition.key(),
          instance.definition.bpmnProcessId(), instance.definition.version(), instance.element.id(),
          text(executor, def.assignee(), variables), list(executor, def.candidateGroups(), variables),
          list(executor, def.candidateUsers(), variables), date(executor, def.dueDate(), variables),
          date(executor, def.followUpDate(), variables), def.formKey(), def.externalFormReference(),
          priority(executor, def.priority(), variables), instance.element.customHeadersJson(),
          executor.clock().instant().toString());
    } catch (ExpressionException e) {
      executor.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), 0);
      return;
    }
    executor.state().events().addUserTask(task);
    executor.activated(instance);
  }

  private static String text(BpmnExecutor executor, Expression expression, Map<String, Object> variables)
      throws ExpressionException {
    if (expression == null) {
      return null;
    }
    Object value = executor.feel().evaluate(expression, variables);
    if (value == null) {
      return null;
    }
    if (value instanceof String || value instanceof Number) {
      return value.toString();
    }
    throw new ExpressionException("Expected result of the expression '" + expression.text()
        + "' to be 'STRING', but was '" + value + "'");
  }

  /** A FEEL list of strings, or a static comma-separated list as the Modeler writes it. */
  private static List<String> list(BpmnExecutor executor, Expression expression, Map<String, Object> variables)
      throws ExpressionException {
    List<String> result = new ArrayList<>();
    if (expression == null) {
      return result;
    }
    if (expression.isStatic()) {
      for (String part : expression.staticValue().split(",")) {
        if (!part.isBlank()) {
          result.add(part.trim());
        }
      }
      return result;
    }
    Object value = executor.feel().evaluate(expression, variables);
    if (value instanceof List<?> items) {
      for (Object item : items) {
        if (!(item instanceof String)) {
          throw new ExpressionException("Expected result of the expression '" + expression.text()
              + "' to be a list of strings, but it contains '" + item + "'");
        }
        result.add((String) item);
      }
      return result;
    }
    if (value instanceof String single) {
      result.add(single);
      return result;
    }
    throw new ExpressionException("Expected result of the expression '" + expression.text()
        + "' to be 'ARRAY', but was '" + value + "'");
  }

  /** Due and follow-up dates are ISO-8601 date-times with offset; stored as given. */
  private static String date(BpmnExecutor executor, Expression expression, Map<String, Object> variables)
      throws ExpressionException {
    if (expression == null) {
      return null;
    }
    Object value = expression.isStatic() ? expression.staticValue() : executor.feel().evaluate(expression, variables);
    if (value == null) {
      return null;
    }
    String text = value instanceof TemporalAccessor ? value.toString() : String.valueOf(value);
    try {
      return ZonedDateTime.parse(text).toOffsetDateTime().toString();
    } catch (DateTimeParseException e) {
      throw new ExpressionException("Expected result of the expression '" + expression.text()
          + "' to be a valid date-time string (ISO-8601 with offset), but was '" + text + "'");
    }
  }

  private static int priority(BpmnExecutor executor, Expression expression, Map<String, Object> variables)
      throws ExpressionException {
    if (expression == null) {
      return DEFAULT_PRIORITY;
    }
    long value = executor.feel().evaluateNumber(expression, variables);
    if (value < 0 || value > 100) {
      throw new ExpressionException("Expected priority of '" + expression.text()
          + "' to be a number between 0 and 100, but was '" + value + "'");
    }
    return (int) value;
  }
}
