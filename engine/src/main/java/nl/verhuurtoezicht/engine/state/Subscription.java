package nl.verhuurtoezicht.engine.state;

/**
 * An open message or signal subscription of a waiting element instance. {@code elementId} is the
 * catching element (catch event, receive task, boundary event, event subprocess start event).
 */
public final class Subscription {
  public enum Kind { MESSAGE, SIGNAL }

  public final long key;
  public final Kind kind;
  public final long elementInstanceKey;
  public final long processInstanceKey;
  public final String bpmnProcessId;
  public final String elementId;
  public final String name;
  /** Null for signals. */
  public final String correlationKey;

  public Subscription(long key, Kind kind, long elementInstanceKey, long processInstanceKey, String bpmnProcessId,
      String elementId, String name, String correlationKey) {
    this.key = key;
    this.kind = kind;
    this.elementInstanceKey = elementInstanceKey;
    this.processInstanceKey = processInstanceKey;
    this.bpmnProcessId = bpmnProcessId;
    this.elementId = elementId;
    this.name = name;
    this.correlationKey = correlationKey;
  }
}
