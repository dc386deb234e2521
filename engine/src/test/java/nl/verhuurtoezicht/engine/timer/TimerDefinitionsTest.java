package nl.verhuurtoezicht.engine.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimerDefinitionsTest {
  private static final Instant NOW = Instant.parse("2026-01-31T10:00:00Z");

  @Test
  void durationCountsFromNowIncludingWeeksAndCalendarMonths() throws Exception {
    assertThat(TimerDefinitions.firstDue(TimerKind.DURATION, "P8W", NOW).due())
        .isEqualTo(Instant.parse("2026-03-28T10:00:00Z"));
    assertThat(TimerDefinitions.firstDue(TimerKind.DURATION, "PT90S", NOW).due())
        .isEqualTo(Instant.parse("2026-01-31T10:01:30Z"));
    assertThat(TimerDefinitions.firstDue(TimerKind.DURATION, "P1M1DT2H", NOW).due())
        .isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
    assertThat(TimerDefinitions.firstDue(TimerKind.DURATION, "P8W", NOW).next()).isNull();
  }

  @Test
  void dateAcceptsOffsetsAndZones() throws Exception {
    assertThat(TimerDefinitions.firstDue(TimerKind.DATE, "2026-03-01T09:00:00+01:00", NOW).due())
        .isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
    assertThat(TimerDefinitions.firstDue(TimerKind.DATE, "2026-07-01T09:00:00+02:00[Europe/Amsterdam]", NOW).due())
        .isEqualTo(Instant.parse("2026-07-01T07:00:00Z"));
  }

  @Test
  void boundedCycleFiresTheGivenNumberOfTimes() throws Exception {
    TimerDue first = TimerDefinitions.firstDue(TimerKind.CYCLE, "R3/PT10M", NOW);
    assertThat(first.due()).isEqualTo(Instant.parse("2026-01-31T10:10:00Z"));
    TimerDue second = first.next();
    TimerDue third = second.next();
    assertThat(second.due()).isEqualTo(Instant.parse("2026-01-31T10:20:00Z"));
    assertThat(third.due()).isEqualTo(Instant.parse("2026-01-31T10:30:00Z"));
    assertThat(third.next()).isNull();
    assertThat(second.repetitionsLeft()).isEqualTo(1);
  }

  @Test
  void unboundedCycleKeepsGoingAndAStartInTheFutureIsTheFirstFiring() throws Exception {
    TimerDue due = TimerDefinitions.firstDue(TimerKind.CYCLE, "R/P1D", NOW);
    for (int i = 0; i < 100; i++) {
      due = due.next();
    }
    assertThat(due.due()).isEqualTo(Instant.parse("2026-05-12T10:00:00Z"));
    assertThat(due.repetitionsLeft()).isEqualTo(TimerDue.UNBOUNDED);
    assertThat(TimerDefinitions.firstDue(TimerKind.CYCLE, "R2/2026-02-02T08:00:00Z/PT1H", NOW).due())
        .isEqualTo(Instant.parse("2026-02-02T08:00:00Z"));
  }

  @Test
  void badDefinitionsAreRejectedWithTheTextAndWhatWasExpected() {
    assertThatThrownBy(() -> TimerDefinitions.firstDue(TimerKind.DURATION, "8 weeks", NOW))
        .isInstanceOf(TimerFormatException.class).hasMessageContaining("'8 weeks'").hasMessageContaining("P8W");
    assertThatThrownBy(() -> TimerDefinitions.firstDue(TimerKind.DATE, "2026-03-01", NOW))
        .hasMessageContaining("offset or zone");
    assertThatThrownBy(() -> TimerDefinitions.firstDue(TimerKind.CYCLE, "0 0 9 * * MON", NOW))
        .hasMessageContaining("cron expressions are not supported");
    assertThatThrownBy(() -> TimerDefinitions.firstDue(TimerKind.CYCLE, "R0/PT1S", NOW))
        .hasMessageContaining("R1 or more");
    assertThatThrownBy(() -> TimerDefinitions.firstDue(TimerKind.CYCLE, "R/PT0S", NOW))
        .hasMessageContaining("zero interval");
    assertThatThrownBy(() -> TimerDefinitions.firstDue(TimerKind.DURATION, "PT", NOW))
        .hasMessageContaining("nothing follows 'T'");
  }
}
