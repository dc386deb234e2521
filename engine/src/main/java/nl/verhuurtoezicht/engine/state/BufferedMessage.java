package nl.verhuurtoezicht.engine.state;

import java.util.LinkedHashSet;
import java.util.Set;

/** A published message kept for its time-to-live so that subscriptions opened later still get it. */
public final class BufferedMessage {
  public final long key;
  public final String name;
  public final String correlationKey;
  /** Empty when the publisher gave none. */
  public final String messageId;
  public final String variables;
  /** Epoch milliseconds of the engine clock after which the message is dropped. */
  public final long deadline;
  /** BPMN process ids the message has correlated to; it correlates at most once per process. */
  public final Set<String> correlatedProcesses = new LinkedHashSet<>();

  public BufferedMessage(long key, String name, String correlationKey, String messageId, String variables,
      long deadline) {
    this.key = key;
    this.name = name;
    this.correlationKey = correlationKey;
    this.messageId = messageId;
    this.variables = variables;
    this.deadline = deadline;
  }
}
