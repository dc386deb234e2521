package nl.verhuurtoezicht.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

class DwangsomForfeitureTest {

    static final LocalDate DEADLINE = LocalDate.of(2026, 3, 2);

    @Test
    void aCheckOnTheDeadlineForfeitsOneUnit() {
        assertThat(DwangsomForfeiture.startedUnits(Period.ofWeeks(1), DEADLINE, DEADLINE)).isEqualTo(1);
        assertThat(DwangsomForfeiture.startedUnits(Period.ofWeeks(1), DEADLINE, DEADLINE.minusDays(2))).isEqualTo(1);
    }

    @Test
    void everyStartedUnitCounts() {
        assertThat(DwangsomForfeiture.startedUnits(Period.ofWeeks(1), DEADLINE, DEADLINE.plusDays(7))).isEqualTo(1);
        assertThat(DwangsomForfeiture.startedUnits(Period.ofWeeks(1), DEADLINE, DEADLINE.plusDays(8))).isEqualTo(2);
        assertThat(DwangsomForfeiture.startedUnits(Period.ofWeeks(1), DEADLINE, DEADLINE.plusDays(15))).isEqualTo(3);
        assertThat(DwangsomForfeiture.startedUnits(Period.ofDays(1), DEADLINE, DEADLINE.plusDays(10))).isEqualTo(10);
        assertThat(DwangsomForfeiture.startedUnits(Period.ofMonths(1), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28)))
                .isEqualTo(1);
    }

    @Test
    void theMaximumCapsTheSum() {
        RemedialOrder order = order(List.of(new RemedialOrder.Forfeiture(1, 1, DEADLINE, 1, new BigDecimal("500"), "D1",
                DEADLINE.plusWeeks(6), null, BigDecimal.ZERO, null)));
        DwangsomForfeiture capped = DwangsomForfeiture.at(order, DEADLINE.plusDays(15));
        assertThat(capped.units()).isEqualTo(3);
        assertThat(capped.amount()).isEqualByComparingTo("700");

        DwangsomForfeiture first = DwangsomForfeiture.at(order(List.of()), DEADLINE.plusDays(3));
        assertThat(first.amount()).isEqualByComparingTo("500");
    }

    @Test
    void aUnitMustBePositive() {
        assertThatThrownBy(() -> DwangsomForfeiture.startedUnits(Period.ZERO, DEADLINE, DEADLINE.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RemedialOrder order(List<RemedialOrder.Forfeiture> forfeitures) {
        return new RemedialOrder(1, new BigDecimal("500"), Period.ofWeeks(1), new BigDecimal("1200"), Period.ofWeeks(1),
                DEADLINE.minusWeeks(3), RemedialOrder.Outcome.IMPOSE, "motivering", null, "jurist", DEADLINE.minusWeeks(1),
                DEADLINE, "HH-2026-000001-3", RemedialOrder.Status.IMPOSED, forfeitures);
    }
}
