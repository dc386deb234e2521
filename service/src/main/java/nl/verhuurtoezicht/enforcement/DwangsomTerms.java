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

    /** The municipal policy, the defaults of a new last. */
    static DwangsomTerms policy(EnforcementProperties.Dwangsom policy) {
        return new DwangsomTerms(policy.amountPerUnit(), policy.maximum(), policy.begunstigingstermijn());
    }

    /** The typed terms, each empty field taking the value of {@code defaults}; refused with the field named. */
    static DwangsomTerms of(EnforcementTasks.DwangsomInput input, DwangsomTerms defaults) {
        EnforcementTasks.DwangsomInput in = input == null ? new EnforcementTasks.DwangsomInput(null, null, null) : input;
        BigDecimal amount = in.amountPerUnit() == null ? defaults.amountPerUnit() : in.amountPerUnit();
        BigDecimal max = in.maximum() == null ? defaults.maximum() : in.maximum();
        if (amount.signum() <= 0) {
            throw new InvalidInputException("dwangsomAmount", "enforcement.dwangsom.amount.invalid", "The sum per unit must be above zero");
        }
        if (max.compareTo(amount) < 0) {
            throw new InvalidInputException("dwangsomMaximum", "enforcement.dwangsom.maximum.invalid",
                    "The maximum must be at least the sum per unit (" + FineBasis.euro(amount) + ")", FineBasis.euro(amount));
        }
        return new DwangsomTerms(amount, max, positivePeriod(in.begunstigingstermijn(), "begunstigingstermijn",
                defaults.begunstigingstermijn()));
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
