package nl.verhuurtoezicht.engine.state;

/** Lifecycle of a live element instance; finished instances are removed from the runtime state. */
public enum ElementState {
  ACTIVATING,
  ACTIVATED,
  COMPLETING
}
