package nl.verhuurtoezicht.engine.timer;

/** A timer definition that cannot be read; the message says what was expected. */
public final class TimerFormatException extends Exception {
  public TimerFormatException(String message) {
    super(message);
  }
}
