package nl.verhuurtoezicht.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule version as written in a catalogue file, before validation. In a municipal override any field may
 * be absent (null): absent fields are inherited from the default. {@code path} locates it in its file.
 */
record RuleEntry(
        String path,
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

    RuleEntry during(LocalDate from, LocalDate to) {
        return new RuleEntry(path, id, title, norm, unit, severity, from, to, thresholds, dates, legalSource,
                passMessage, failMessage, notApplicableMessage);
    }

    /** This entry with every field the override sets replaced; threshold and date maps are merged key by key. */
    RuleEntry overriddenBy(RuleEntry override) {
        return new RuleEntry(override.path, id,
                pick(override.title, title),
                pick(override.norm, norm),
                pick(override.unit, unit),
                pick(override.severity, severity),
                validFrom, validTo,
                merge(thresholds, override.thresholds),
                merge(dates, override.dates),
                pick(override.legalSource, legalSource),
                pick(override.passMessage, passMessage),
                pick(override.failMessage, failMessage),
                pick(override.notApplicableMessage, notApplicableMessage));
    }

    private static <T> T pick(T override, T base) {
        return override != null ? override : base;
    }

    private static <V> Map<String, V> merge(Map<String, V> base, Map<String, V> override) {
        if (override == null) {
            return base;
        }
        Map<String, V> merged = new LinkedHashMap<>(base == null ? Map.of() : base);
        merged.putAll(override);
        return merged;
    }
}
