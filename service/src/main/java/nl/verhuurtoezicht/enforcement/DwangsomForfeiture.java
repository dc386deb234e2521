package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/**
 * What a failed re-inspection forfeits under a last onder dwangsom: the sum for every unit of time (or part of it)
 * since the remedy deadline or the previous failed check, at least one unit, and never more than what is left of the
 * maximum (Awb 5:32b(2)). Whether the maximum is then reached follows from the order's forfeitures.
 */
record DwangsomForfeiture(int units, BigDecimal amount) {

    static DwangsomForfeiture at(RemedialOrder order, LocalDate checkedOn) {
        int units = startedUnits(order.unit(), order.countingFrom(), checkedOn);
        BigDecimal left = order.maximum().subtract(order.forfeited());
        BigDecimal amount = order.amountPerUnit().multiply(BigDecimal.valueOf(units)).min(left);
        return new DwangsomForfeiture(units, amount);
    }

    /** Units begun in (from, to]; a check on or before {@code from} still finds the violation, which is one unit. */
    static int startedUnits(Period unit, LocalDate from, LocalDate to) {
        if (unit.isZero() || unit.isNegative()) {
            throw new IllegalArgumentException("A dwangsom unit must be a positive period, was " + unit);
        }
        int units = 0;
        LocalDate end = from;
        while (end.isBefore(to)) {
            end = end.plus(unit);
            units++;
        }
        return Math.max(1, units);
    }
}
