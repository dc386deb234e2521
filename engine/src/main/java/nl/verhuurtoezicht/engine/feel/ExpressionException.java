package nl.verhuurtoezicht.engine.feel;

/** A FEEL expression failed to parse or to evaluate, or gave a result of the wrong type. */
public final class ExpressionException extends Exception {
  public ExpressionException(String message) {
    super(message);
  }
}
