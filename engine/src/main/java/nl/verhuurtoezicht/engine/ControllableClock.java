package nl.verhuurtoezicht.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests can move, so that an eight-week legal term elapses in milliseconds. It
 * follows a base clock plus an offset, or stands still at a pinned instant (as Camunda's
 * {@code PUT /v2/clock} does) until reset. Whoever moves it makes the engine fire what became
 * due (the REST clock endpoints run the timer tick right after the move).
 */
public final class ControllableClock extends Clock {
  /** pinned is null while the clock runs with the base clock plus offset. */
  private record Setting(Long pinnedMillis, long offsetMillis) {}

  private final Clock base;
  private final AtomicReference<Setting> setting;

  public ControllableClock(Clock base) {
    this(base, new AtomicReference<>(new Setting(null, 0)));
  }

  private ControllableClock(Clock base, AtomicReference<Setting> setting) {
    this.base = base;
    this.setting = setting;
  }

  /** Moves the clock forward (also a pinned one) and returns the new now. */
  public Instant advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("The engine clock only moves forward, but was asked to move by " + by);
    }
    long millis = by.toMillis();
    setting.updateAndGet(s -> s.pinnedMillis() != null
        ? new Setting(s.pinnedMillis() + millis, s.offsetMillis())
        : new Setting(null, s.offsetMillis() + millis));
    return instant();
  }

  /** Stops the clock at the instant until it is reset or advanced. */
  public void pin(Instant instant) {
    setting.set(new Setting(instant.toEpochMilli(), 0));
  }

  /** Back to the base clock. */
  public void reset() {
    setting.set(new Setting(null, 0));
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new ControllableClock(base.withZone(zone), setting);
  }

  @Override
  public long millis() {
    Setting s = setting.get();
    return s.pinnedMillis() != null ? s.pinnedMillis() : base.millis() + s.offsetMillis();
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }
}
