package nl.verhuurtoezicht.engine;

import java.time.Clock;

/**
 * How an engine listens and keeps time. Port 0 picks a free port. The clock drives job
 * time-outs and retry back-offs (and, later, timers).
 */
public record EngineConfig(String host, int grpcPort, int restPort, Clock clock) {

  public static EngineConfig defaults() {
    return new EngineConfig("127.0.0.1", 0, 0, Clock.systemUTC());
  }

  public EngineConfig withPorts(int grpcPort, int restPort) {
    return new EngineConfig(host, grpcPort, restPort, clock);
  }

  public EngineConfig withClock(Clock newClock) {
    return new EngineConfig(host, grpcPort, restPort, newClock);
  }
}
