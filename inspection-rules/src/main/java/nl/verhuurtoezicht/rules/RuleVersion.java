package nl.verhuurtoezicht.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One version of one rule in the catalogue: what it demands, from when to when, how severe a failure is,
 * and on which source it rests. Thresholds and dates are named per rule (see the catalogue file).
 * {@code validTo} is inclusive and null when open-ended; {@code notApplicableMessage} may be null.
 */
public record RuleVersion(
        String id,
        LocalizedText title,
        LocalizedText norm,
        LocalizedText unit,
        Severity severity,
        LocalDate validFrom,
        LocalDate validTo,
        Map<String, BigDecimal> thresholds,
        Map<String, LocalDate> dates,
        LegalSource legalSource,
        LocalizedText passMessage,
        LocalizedText failMessage,
        LocalizedText notApplicableMessage) {

    public RuleVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(validFrom, "validFrom");
        thresholds = Map.copyOf(thresholds);
        dates = Map.copyOf(dates);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** @throws IllegalStateException if the catalogue lacks it; the catalogue loader makes sure it never does */
    public BigDecimal threshold(String key) {
        BigDecimal value = thresholds.get(key);
        if (value == null) {
            throw new IllegalStateException("rule " + id + " has no threshold " + key);
        }
        return value;
    }

    /** @throws IllegalStateException if the catalogue lacks it; the catalogue loader makes sure it never does */
    public LocalDate date(String key) {
        LocalDate value = dates.get(key);
        if (value == null) {
            throw new IllegalStateException("rule " + id + " has no date " + key);
        }
        return value;
    }
}
