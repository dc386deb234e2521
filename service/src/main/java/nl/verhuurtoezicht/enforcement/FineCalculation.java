package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A fine and how it was reached: one line per violation, each capped at the legal maximum of its category on the
 * violation date.
 */
public record FineCalculation(LocalDate violationDate, FineCategory category, BigDecimal legalMaximum,
                              boolean businessLike, boolean repeatOffence, List<Line> lines) {

    /**
     * @param ruleId      the violated rule
     * @param baseAmount  the policy amount before the repeat-offence factor
     * @param policyAmount after the factor
     * @param amount      what is imposed: the policy amount, or the legal maximum where that is lower
     */
    public record Line(String ruleId, BigDecimal baseAmount, BigDecimal policyAmount, BigDecimal amount) {
        public boolean capped() {
            return amount.compareTo(policyAmount) < 0;
        }
    }

    public BigDecimal total() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The maximum for the whole decision: one legal maximum per violation. */
    public BigDecimal maximumTotal() {
        return legalMaximum.multiply(BigDecimal.valueOf(lines.size()));
    }
}
