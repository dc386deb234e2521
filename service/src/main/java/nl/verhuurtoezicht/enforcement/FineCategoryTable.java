package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The legal maximum of a category on a given day. Amounts are indexed every two years (Sr 23(9)); the amount in force
 * on the day of the violation applies, so the table keeps every period rather than only the current amounts.
 */
public final class FineCategoryTable {

    private final List<EnforcementProperties.CategoryAmounts> periods;

    public FineCategoryTable(List<EnforcementProperties.CategoryAmounts> periods) {
        this.periods = periods.stream().sorted(Comparator.comparing(EnforcementProperties.CategoryAmounts::validFrom)).toList();
        for (int i = 1; i < this.periods.size(); i++) {
            if (this.periods.get(i).validFrom().equals(this.periods.get(i - 1).validFrom())) {
                throw new IllegalArgumentException("two fine category entries start on " + this.periods.get(i).validFrom());
            }
        }
    }

    /** @throws IllegalArgumentException when the day lies before the first period in the table */
    public BigDecimal maximum(FineCategory category, LocalDate day) {
        EnforcementProperties.CategoryAmounts inForce = null;
        for (EnforcementProperties.CategoryAmounts period : periods) {
            if (!period.validFrom().isAfter(day)) {
                inForce = period;
            }
        }
        if (inForce == null) {
            throw new IllegalArgumentException("No fine category amounts configured for " + day
                    + "; the table starts on " + periods.get(0).validFrom());
        }
        return category == FineCategory.FOURTH ? inForce.fourth() : inForce.fifth();
    }
}
