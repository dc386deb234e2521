package nl.verhuurtoezicht.engine.timer;

import java.time.Instant;

/**
 * When a timer fires next, and what is left of it afterwards.
 *
 * @param due the instant the timer fires
 * @param repetitionsLeft firings still to come after this one; {@link #UNBOUNDED} repeats forever
 * @param interval the cycle's interval, or null for a one-shot timer
 */
public record TimerDue(Instant due, int repetitionsLeft, Interval interval) {
  public static final int UNBOUNDED = -1;

  public static TimerDue once(Instant due) {
    return new TimerDue(due, 0, null);
  }

  /** The firing after this one, counted from when this one was due; null when none is left. */
  public TimerDue next() {
    if (interval == null || repetitionsLeft == 0) {
      return null;
    }
    int left = repetitionsLeft == UNBOUNDED ? UNBOUNDED : repetitionsLeft - 1;
    return new TimerDue(interval.addTo(due), left, interval);
  }
}
