package nl.verhuurtoezicht.engine.timer;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * An ISO-8601 duration such as {@code P8W}, {@code P1M2DT3H} or {@code PT30S}: a calendar part
 * (years, months, weeks, days) and a clock part, added to an instant on the UTC calendar so that
 * "one month" means the same date next month.
 */
public record Interval(Period period, Duration duration, String text) {

  public static Interval parse(String text) throws TimerFormatException {
    String value = text == null ? "" : text.trim();
    if (!value.startsWith("P") || value.length() < 2) {
      throw new TimerFormatException("'" + text + "' is not an ISO-8601 duration such as P8W, P14D or PT10M");
    }
    int t = value.indexOf('T');
    String datePart = t < 0 ? value : value.substring(0, t);
    String timePart = t < 0 ? "" : value.substring(t + 1);
    if (t >= 0 && timePart.isEmpty()) {
      throw new TimerFormatException("'" + text + "' is not an ISO-8601 duration: nothing follows 'T'");
    }
    try {
      Period period = datePart.equals("P") ? Period.ZERO : Period.parse(datePart);
      Duration duration = timePart.isEmpty() ? Duration.ZERO : Duration.parse("PT" + timePart);
      if (period.isNegative() || duration.isNegative()) {
        throw new TimerFormatException("'" + text + "' is a negative duration; a timer needs a positive one");
      }
      return new Interval(period, duration, value);
    } catch (DateTimeParseException e) {
      throw new TimerFormatException("'" + text + "' is not an ISO-8601 duration such as P8W, P14D or PT10M");
    }
  }

  public Instant addTo(Instant instant) {
    return instant.atZone(ZoneOffset.UTC).plus(period).plus(duration).toInstant();
  }

  public boolean isZero() {
    return period.isZero() && duration.isZero();
  }
}
