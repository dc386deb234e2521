package nl.verhuurtoezicht.engine.feel;

import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * A value from the model that is either static text or a FEEL expression. Zeebe marks expressions
 * with a leading '='; conditions and mapping sources are always expressions.
 */
public final class Expression {
  private final String text;
  private final String staticValue;
  private final ParsedExpression parsed;

  Expression(String text, String staticValue, ParsedExpression parsed) {
    this.text = text;
    this.staticValue = staticValue;
    this.parsed = parsed;
  }

  public String text() {
    return text;
  }

  public boolean isStatic() {
    return parsed == null;
  }

  public String staticValue() {
    return staticValue;
  }

  ParsedExpression parsed() {
    return parsed;
  }

  @Override
  public String toString() {
    return text;
  }
}
