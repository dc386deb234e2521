package nl.verhuurtoezicht.engine.feel;

import java.math.BigDecimal;
import java.util.Map;
import java.util.List;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;

/** Parses expressions once at deploy time and evaluates them against variables on demand. */
public final class FeelExpressions {
  private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();

  /** Parses text where a leading '=' marks an expression and anything else is a static value. */
  public Expression parseValueOrExpression(String text) throws ExpressionException {
    if (text != null && text.startsWith("=")) {
      return parseExpression(text);
    }
    return new Expression(text, text, null);
  }

  /** Parses text that is always an expression; a leading '=' is allowed and ignored. */
  public Expression parseExpression(String text) throws ExpressionException {
    String body = text.startsWith("=") ? text.substring(1) : text;
    ParseResult result = feel.parseExpression(body);
    if (!result.isSuccess()) {
      throw new ExpressionException(
          "failed to parse expression '" + text + "': " + result.failure().message());
    }
    return new Expression(text, null, result.parsedExpression());
  }

  /** Evaluates the expression against the given variables; a static value is returned as is. */
  public Object evaluate(Expression expression, Map<String, Object> variables)
      throws ExpressionException {
    if (expression.isStatic()) {
      return expression.staticValue();
    }
    EvaluationResult result = feel.evaluate(expression.parsed(), variables);
    if (!result.isSuccess()) {
      throw new ExpressionException(
          "failed to evaluate expression '"
              + expression.text()
              + "': "
              + result.failure().message());
    }
    return result.result();
  }

  public boolean evaluateBoolean(Expression expression, Map<String, Object> variables)
      throws ExpressionException {
    Object value = evaluate(expression, variables);
    if (value instanceof Boolean b) {
      return b;
    }
    throw wrongType(expression, "BOOLEAN", value);
  }

  public String evaluateString(Expression expression, Map<String, Object> variables)
      throws ExpressionException {
    Object value = evaluate(expression, variables);
    if (value instanceof String s) {
      return s;
    }
    throw wrongType(expression, "STRING", value);
  }

  public long evaluateNumber(Expression expression, Map<String, Object> variables)
      throws ExpressionException {
    Object value = evaluate(expression, variables);
    if (expression.isStatic()) {
      try {
        return Long.parseLong(((String) value).trim());
      } catch (NumberFormatException e) {
        throw wrongType(expression, "NUMBER", value);
      }
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).longValue();
    }
    throw wrongType(expression, "NUMBER", value);
  }

  private static ExpressionException wrongType(Expression expression, String expected, Object value) {
    String actual = value == null ? "NULL" : typeName(value);
    return new ExpressionException(
        "Expected result of the expression '"
            + expression.text()
            + "' to be '"
            + expected
            + "', but was '"
            + actual
            + "'.");
  }

  private static String typeName(Object value) {
    if (value instanceof Boolean) {
      return "BOOLEAN";
    }
    if (value instanceof Number) {
      return "NUMBER";
    }
    if (value instanceof String) {
      return "STRING";
    }
    if (value instanceof Map) {
      return "OBJECT";
    }
    if (value instanceof List) {
      return "ARRAY";
    }
    return value.getClass().getSimpleName().toUpperCase();
  }
}
