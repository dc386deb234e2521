package nl.verhuurtoezicht.engine.timer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Turns the text of a BPMN timer definition (after any FEEL expression has been evaluated) into
 * the instant it first fires, counted from the engine clock's "now".
 */
public final class TimerDefinitions {
  private TimerDefinitions() {}

  public static TimerDue firstDue(TimerKind kind, String text, Instant now) throws TimerFormatException {
    return switch (kind) {
      case DATE -> TimerDue.once(parseDate(text));
      case DURATION -> TimerDue.once(Interval.parse(text).addTo(now));
      case CYCLE -> parseCycle(text, now);
    };
  }

  /** Reads an ISO-8601 date-time with an offset or zone, such as {@code 2026-03-01T09:00:00+01:00}. */
  public static Instant parseDate(String text) throws TimerFormatException {
    try {
      return ZonedDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeException | NullPointerException e) {
      throw new TimerFormatException("'" + text
          + "' is not an ISO-8601 date-time with offset or zone, such as 2026-03-01T09:00:00+01:00");
    }
  }

  /**
   * Reads {@code R[n]/duration} or {@code R[n]/start/duration}. Without a start the first firing
   * is one interval from now; with a start in the future it is the start itself.
   */
  private static TimerDue parseCycle(String text, Instant now) throws TimerFormatException {
    String value = text == null ? "" : text.trim();
    String[] parts = value.split("/");
    if (!value.startsWith("R") || parts.length < 2 || parts.length > 3) {
      throw new TimerFormatException("'" + text + "' is not an ISO-8601 repeating interval such as R3/PT10M or"
          + " R/P1D (cron expressions are not supported by this engine)");
    }
    int repetitions = repetitions(parts[0], text);
    Interval interval = Interval.parse(parts[parts.length - 1]);
    if (interval.isZero()) {
      throw new TimerFormatException("'" + text + "' repeats every zero interval; a cycle needs a positive one");
    }
    Instant due = interval.addTo(now);
    if (parts.length == 3) {
      Instant start = parseDate(parts[1]);
      due = start.isAfter(now) ? start : due;
    }
    int left = repetitions == TimerDue.UNBOUNDED ? TimerDue.UNBOUNDED : repetitions - 1;
    return new TimerDue(due, left, interval);
  }

  private static int repetitions(String part, String text) throws TimerFormatException {
    if (part.equals("R")) {
      return TimerDue.UNBOUNDED;
    }
    try {
      int repetitions = Integer.parseInt(part.substring(1));
      if (repetitions < 1) {
        throw new TimerFormatException("'" + text + "' repeats " + repetitions + " times; use R1 or more, or R");
      }
      return repetitions;
    } catch (NumberFormatException e) {
      throw new TimerFormatException("'" + text + "' has no valid repetition count after 'R'");
    }
  }
}
