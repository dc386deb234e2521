package nl.verhuurtoezicht.engine.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that follows a base clock plus an offset that tests can move forward, so that an
 * eight-week legal term elapses in milliseconds. Listeners hear of every move (the timer
 * scheduler uses this to fire what became due at once). Time never goes backwards.
 */
public final class ControllableClock extends Clock {
  private final Clock base;
  private final AtomicLong offsetMillis;
  private final List<Runnable> listeners;

  public ControllableClock(Clock base) {
    this(base, new AtomicLong(), new CopyOnWriteArrayList<>());
  }

  private ControllableClock(Clock base, AtomicLong offsetMillis, List<Runnable> listeners) {
    this.base = base;
    this.offsetMillis = offsetMillis;
    this.listeners = listeners;
  }

  /** Moves the clock forward and returns the new now. */
  public Instant advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("The engine clock only moves forward, but was asked to move by " + by);
    }
    offsetMillis.addAndGet(by.toMillis());
    listeners.forEach(Runnable::run);
    return instant();
  }

  /** How far this clock is ahead of its base clock. */
  public Duration offset() {
    return Duration.ofMillis(offsetMillis.get());
  }

  public void onAdvance(Runnable listener) {
    listeners.add(listener);
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new ControllableClock(base.withZone(zone), offsetMillis, listeners);
  }

  @Override
  public long millis() {
    return base.millis() + offsetMillis.get();
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }
}
