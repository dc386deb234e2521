package nl.verhuurtoezicht.engine.rest;

/** A request the REST layer refuses, with its HTTP status. */
public final class RestException extends Exception {
  private final int status;

  public RestException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
