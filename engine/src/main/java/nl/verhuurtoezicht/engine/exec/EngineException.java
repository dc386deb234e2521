package nl.verhuurtoezicht.engine.exec;

/** A rejected command; nothing was changed. The reason maps to the gRPC code Zeebe uses. */
public final class EngineException extends RuntimeException {
  public enum Reason {
    NOT_FOUND,
    INVALID_ARGUMENT,
    FAILED_PRECONDITION,
    ALREADY_EXISTS,
    RESOURCE_EXHAUSTED,
    DEADLINE_EXCEEDED,
    UNAVAILABLE
  }

  private final Reason reason;

  public EngineException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
