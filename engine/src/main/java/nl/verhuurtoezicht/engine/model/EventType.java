package nl.verhuurtoezicht.engine.model;

/** The event definition of an event element. */
public enum EventType {
  NONE,
  TERMINATE,
  ERROR,
  TIMER,
  MESSAGE,
  SIGNAL
}
