package nl.verhuurtoezicht.engine.model;

/** A resource cannot be deployed; the message names the offending element. */
public final class DeploymentRejected extends Exception {
  public DeploymentRejected(String message) {
    super(message);
  }
}
