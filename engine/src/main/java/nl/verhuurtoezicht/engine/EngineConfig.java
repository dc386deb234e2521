package nl.verhuurtoezicht.engine;

import java.time.Clock;

/**
 * How an engine listens, keeps time and sheds load. Port 0 picks a free port. The clock drives job
 * time-outs and retry back-offs (and, later, timers). When {@code commandQueueCapacity} commands
 * are waiting, new ones are refused with RESOURCE_EXHAUSTED, as Zeebe does under back-pressure.
 */
public record EngineConfig(String host, int grpcPort, int restPort, Clock clock, int commandQueueCapacity) {
  private static final int DEFAULT_QUEUE_CAPACITY = 20_000;

  public static EngineConfig defaults() {
    return new EngineConfig("127.0.0.1", 0, 0, Clock.systemUTC(), DEFAULT_QUEUE_CAPACITY);
  }

  public EngineConfig withPorts(int newGrpcPort, int newRestPort) {
    return new EngineConfig(host, newGrpcPort, newRestPort, clock, commandQueueCapacity);
  }

  public EngineConfig withClock(Clock newClock) {
    return new EngineConfig(host, grpcPort, restPort, newClock, commandQueueCapacity);
  }

  public EngineConfig withCommandQueueCapacity(int capacity) {
    return new EngineConfig(host, grpcPort, restPort, clock, capacity);
  }
}
