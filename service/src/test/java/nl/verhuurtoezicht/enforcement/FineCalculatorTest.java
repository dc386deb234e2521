package nl.verhuurtoezicht.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FineCalculatorTest {

    static final FineCategoryTable TABLE = new FineCategoryTable(List.of(
            new EnforcementProperties.CategoryAmounts(LocalDate.of(2024, 1, 1), new BigDecimal("25750"), new BigDecimal("103000")),
            new EnforcementProperties.CategoryAmounts(LocalDate.of(2022, 1, 1), new BigDecimal("22500"), new BigDecimal("90000"))));

    static final EnforcementProperties.FinePolicy POLICY = new EnforcementProperties.FinePolicy(
            new EnforcementProperties.BaseAmounts(new BigDecimal("2500"), new BigDecimal("7500")),
            Map.of("SNF-DET", new EnforcementProperties.BaseAmounts(new BigDecimal("5000"), new BigDecimal("15000")),
                    "HUGE", new EnforcementProperties.BaseAmounts(new BigDecimal("20000"), new BigDecimal("60000"))),
            new BigDecimal("2"));

    final FineCalculator calculator = new FineCalculator(TABLE, POLICY);

    @Test
    void firstViolationIsFourthCategoryWithThePolicyAmountPerRule() {
        FineCalculation fine = calculator.calculate(List.of("SNF-DET", "WGV-R4"), LocalDate.of(2025, 3, 1), false, false);

        assertThat(fine.category()).isEqualTo(FineCategory.FOURTH);
        assertThat(fine.legalMaximum()).isEqualByComparingTo("25750");
        assertThat(fine.lines()).extracting(FineCalculation.Line::ruleId, l -> l.amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SNF-DET", "5000.00"),
                        org.assertj.core.groups.Tuple.tuple("WGV-R4", "2500.00"));
        assertThat(fine.total()).isEqualByComparingTo("7500");
    }

    @Test
    void businessLikeLettingTakesTheHigherBaseAmount() {
        FineCalculation fine = calculator.calculate(List.of("SNF-DET"), LocalDate.of(2025, 3, 1), true, false);

        assertThat(fine.total()).isEqualByComparingTo("15000");
        assertThat(fine.businessLike()).isTrue();
    }

    @Test
    void theCapIsTheMaximumInForceOnTheViolationDateNotToday() {
        FineCalculation before = calculator.calculate(List.of("HUGE"), LocalDate.of(2023, 12, 31), true, false);
        FineCalculation after = calculator.calculate(List.of("HUGE"), LocalDate.of(2024, 1, 1), true, false);

        assertThat(before.legalMaximum()).isEqualByComparingTo("22500");
        assertThat(before.total()).isEqualByComparingTo("22500");
        assertThat(before.lines().get(0).capped()).isTrue();
        assertThat(after.legalMaximum()).isEqualByComparingTo("25750");
        assertThat(after.total()).isEqualByComparingTo("25750");
    }

    @Test
    void aRepeatOffenceIsFifthCategoryAndRaisedByTheFactor() {
        FineCalculation fine = calculator.calculate(List.of("HUGE"), LocalDate.of(2025, 6, 1), true, true);

        assertThat(fine.category()).isEqualTo(FineCategory.FIFTH);
        assertThat(fine.legalMaximum()).isEqualByComparingTo("103000");
        assertThat(fine.lines().get(0).policyAmount()).isEqualByComparingTo("120000");
        assertThat(fine.total()).isEqualByComparingTo("103000");
    }

    @Test
    void aRepeatOffenceBelowTheCapKeepsThePolicyAmount() {
        FineCalculation fine = calculator.calculate(List.of("WGV-R4"), LocalDate.of(2025, 6, 1), false, true);

        assertThat(fine.total()).isEqualByComparingTo("5000");
        assertThat(fine.lines().get(0).capped()).isFalse();
    }

    @Test
    void aViolationBeforeTheTableIsRefusedWithTheFirstDate() {
        assertThatThrownBy(() -> calculator.calculate(List.of("WGV-R4"), LocalDate.of(2021, 12, 31), false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2022-01-01");
    }

    @Test
    void aTypedAmountMaximumCountsOneLegalMaximumPerViolation() {
        assertThat(calculator.maximumFor(2, LocalDate.of(2025, 1, 1), false)).isEqualByComparingTo("51500");
        assertThat(calculator.maximumFor(1, LocalDate.of(2025, 1, 1), true)).isEqualByComparingTo("103000");
    }

    @Test
    void twoPeriodsStartingOnTheSameDayAreAConfigurationError() {
        var day = LocalDate.of(2024, 1, 1);
        assertThatThrownBy(() -> new FineCategoryTable(List.of(
                new EnforcementProperties.CategoryAmounts(day, BigDecimal.ONE, BigDecimal.TEN),
                new EnforcementProperties.CategoryAmounts(day, new BigDecimal("2"), BigDecimal.TEN))))
                .hasMessageContaining("2024-01-01");
    }
}
