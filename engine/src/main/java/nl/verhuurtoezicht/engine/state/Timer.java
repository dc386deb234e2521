package nl.verhuurtoezicht.engine.state;

/**
 * A scheduled timer. It belongs either to a waiting element instance (a catch event, an activity's
 * boundary event, a scope's event subprocess, an event-based gateway), or, with
 * {@code elementInstanceKey == 0}, to a timer start event of a process definition.
 */
public final class Timer {
  public final long key;
  public final long elementInstanceKey;
  public final long processInstanceKey;
  public final long processDefinitionKey;
  /** The timer event's id (the catch event, boundary event or start event). */
  public final String elementId;
  public final long due;
  /** Firings left after this one; -1 repeats forever. */
  public final int repetitionsLeft;
  /** The cycle's ISO-8601 interval, or null for a one-shot timer. */
  public final String interval;

  public Timer(long key, long elementInstanceKey, long processInstanceKey, long processDefinitionKey,
      String elementId, long due, int repetitionsLeft, String interval) {
    this.key = key;
    this.elementInstanceKey = elementInstanceKey;
    this.processInstanceKey = processInstanceKey;
    this.processDefinitionKey = processDefinitionKey;
    this.elementId = elementId;
    this.due = due;
    this.repetitionsLeft = repetitionsLeft;
    this.interval = interval;
  }
}
