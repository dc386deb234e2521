package nl.verhuurtoezicht.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

class RepeatOffenceWindowTest {

    final RepeatOffenceWindow window = new RepeatOffenceWindow(Period.ofYears(4));

    @Test
    void aFineDecidedExactlyFourYearsBeforeStillCounts() {
        assertThat(window.covers(LocalDate.of(2022, 3, 15), LocalDate.of(2026, 3, 15))).isTrue();
    }

    @Test
    void aFineDecidedFourYearsAndOneDayBeforeNoLongerCounts() {
        assertThat(window.covers(LocalDate.of(2022, 3, 15), LocalDate.of(2026, 3, 16))).isFalse();
    }

    @Test
    void aFineOnTheDayOfTheViolationCountsButNotOneAfterIt() {
        assertThat(window.covers(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 15))).isTrue();
        assertThat(window.covers(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 15))).isFalse();
    }

    @Test
    void leapDayToLeapDayIsInsideAndTheDayAfterIsOutside() {
        assertThat(window.covers(LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(window.covers(LocalDate.of(2024, 2, 29), LocalDate.of(2028, 3, 1))).isFalse();
    }

    @Test
    void fromALeapDayTheWindowStartsOnTheTwentyEighthOfFebruary() {
        assertThat(window.firstDay(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(window.firstDay(LocalDate.of(2027, 2, 28))).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(window.covers(LocalDate.of(2023, 2, 28), LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(window.covers(LocalDate.of(2023, 2, 27), LocalDate.of(2027, 2, 28))).isFalse();
    }
}
