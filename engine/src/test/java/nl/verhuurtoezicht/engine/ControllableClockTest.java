package nl.verhuurtoezicht.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ControllableClockTest {
  private static final Instant NOW = Instant.parse("2026-01-31T10:00:00Z");

  @Test
  void controllableClockMovesForwardPinsAndResets() {
    ControllableClock clock = new ControllableClock(Clock.fixed(NOW, ZoneOffset.UTC));
    assertThat(clock.advance(Duration.ofDays(56))).isEqualTo(Instant.parse("2026-03-28T10:00:00Z"));
    assertThat(clock.withZone(ZoneOffset.ofHours(1)).instant()).isEqualTo(Instant.parse("2026-03-28T10:00:00Z"));
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    clock.pin(Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(clock.advance(Duration.ofHours(1))).isEqualTo(Instant.parse("2027-01-01T01:00:00Z"));
    clock.reset();
    assertThat(clock.instant()).isEqualTo(NOW);
  }
}
