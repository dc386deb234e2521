package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;
import java.time.Period;
import java.time.format.DateTimeParseException;

import nl.verhuurtoezicht.platform.InvalidInputException;

/**
 * The terms of a last onder dwangsom as legal staff set them: empty fields take the municipal policy. Bad values are
 * refused with the field named, before anything is stored.
 */
record DwangsomTerms(BigDecimal amountPerUnit, BigDecimal maximum, Period begunstigingstermijn) {

    static DwangsomTerms of(BigDecimal amountPerUnit, BigDecimal maximum, String begunstigingstermijn,
                            EnforcementProperties.Dwangsom policy) {
        BigDecimal amount = amountPerUnit == null ? policy.amountPerUnit() : amountPerUnit;
        BigDecimal max = maximum == null ? policy.maximum() : maximum;
        if (amount.signum() <= 0) {
            throw new InvalidInputException("dwangsomAmount", "enforcement.dwangsom.amount.invalid", "The sum per unit must be above zero");
        }
        if (max.compareTo(amount) < 0) {
            throw new InvalidInputException("dwangsomMaximum", "enforcement.dwangsom.maximum.invalid",
                    "The maximum must be at least the sum per unit (" + FineBasis.euro(amount) + ")", FineBasis.euro(amount));
        }
        return new DwangsomTerms(amount, max, positivePeriod(begunstigingstermijn, "begunstigingstermijn",
                policy.begunstigingstermijn()));
    }

    /** An ISO-8601 period such as P4W, above zero; blank takes the default. */
    static Period positivePeriod(String value, String field, Period fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            Period period = Period.parse(value.trim());
            if (!period.isNegative() && !period.isZero()) {
                return period;
            }
        } catch (DateTimeParseException e) {
            // reported below with the field named
        }
        throw new InvalidInputException(field, "enforcement.period.invalid",
                "Enter a positive ISO-8601 period such as P4W, was: " + value.trim(), value.trim());
    }
}
