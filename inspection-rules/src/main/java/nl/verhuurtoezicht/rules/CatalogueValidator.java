package nl.verhuurtoezicht.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that a catalogue gives every rule check what it needs in every period, so that evaluation can
 * never run into a missing threshold; problems are reported with the path of the entry in its file.
 */
final class CatalogueValidator {

    /** Persons per bedroom and months are small; the bound keeps int and date arithmetic safe. */
    private static final BigDecimal MAX_WHOLE_NUMBER = BigDecimal.valueOf(1000);

    private CatalogueValidator() {
    }

    static RuleCatalogue validated(String id, LocalizedText title, GeneralMessages messages, List<NormSet> normSets,
                                   List<RuleEntry> entries, List<SignalDefinition> signals) {
        for (LocalizedText message : List.of(messages.notAssessed(), messages.notInForce())) {
            MessageTemplate.compile(message.nl(), messages.path());
            MessageTemplate.compile(message.en(), messages.path());
        }
        Map<String, List<RuleVersion>> versions = new LinkedHashMap<>();
        RuleChecks.BY_ID.keySet().forEach(ruleId -> versions.put(ruleId, new ArrayList<>()));
        Map<RuleVersion, RuleEntry> origin = new IdentityHashMap<>();
        for (RuleEntry entry : entries) {
            RuleCheck check = RuleChecks.BY_ID.get(entry.id());
            if (check == null) {
                throw new InvalidInputException(entry.path() + ".id", "unknown rule '" + entry.id()
                        + "' (known: " + String.join(", ", RuleChecks.BY_ID.keySet()) + ")");
            }
            RuleVersion version = version(entry, check, normSets);
            versions.get(entry.id()).add(version);
            origin.put(version, entry);
        }
        for (Map.Entry<String, List<RuleVersion>> rule : versions.entrySet()) {
            List<RuleVersion> list = rule.getValue();
            if (list.isEmpty()) {
                throw new InvalidInputException("$.rules", "no entry for rule " + rule.getKey());
            }
            list.sort(Comparator.comparing(RuleVersion::validFrom));
            for (int i = 1; i < list.size(); i++) {
                RuleVersion previous = list.get(i - 1);
                if (previous.validTo() == null || !previous.validTo().isBefore(list.get(i).validFrom())) {
                    throw new InvalidInputException(origin.get(list.get(i)).path() + ".validFrom", "version of "
                            + rule.getKey() + " from " + list.get(i).validFrom() + " overlaps the one from "
                            + previous.validFrom());
                }
            }
        }
        return new RuleCatalogue(id, title, messages, normSets, versions, List.copyOf(entries), signalsByCode(signals));
    }

    private static RuleVersion version(RuleEntry e, RuleCheck check, List<NormSet> normSets) {
        require(e, "title", e.title());
        require(e, "norm", e.norm());
        require(e, "unit", e.unit());
        require(e, "severity", e.severity());
        require(e, "validFrom", e.validFrom());
        require(e, "legalSource", e.legalSource());
        require(e, "messages.pass", e.passMessage());
        require(e, "messages.fail", e.failMessage());
        if (check.mayBeNotApplicable()) {
            require(e, "messages.notApplicable", e.notApplicableMessage());
        }
        if (e.validTo() != null && e.validTo().isBefore(e.validFrom())) {
            throw new InvalidInputException(e.path() + ".validTo", "lies before validFrom " + e.validFrom());
        }
        Map<String, BigDecimal> thresholds = e.thresholds() == null ? Map.of() : e.thresholds();
        checkThresholds(e, check, thresholds, normSets);
        Map<String, LocalDate> dates = e.dates() == null ? Map.of() : e.dates();
        checkKeys(e.path() + ".dates", dates.keySet(), check.dateKeys(), check.dateKeys(), period(e));
        for (LocalizedText message : new LocalizedText[] {e.passMessage(), e.failMessage(), e.notApplicableMessage()}) {
            if (message != null) {
                MessageTemplate.compile(message.nl(), e.path() + ".messages");
                MessageTemplate.compile(message.en(), e.path() + ".messages");
            }
        }
        return new RuleVersion(e.id(), e.title(), e.norm(), e.unit(), e.severity(), e.validFrom(), e.validTo(),
                thresholds, dates, e.legalSource(), e.passMessage(), e.failMessage(), e.notApplicableMessage());
    }

    private static void checkThresholds(RuleEntry e, RuleCheck check, Map<String, BigDecimal> thresholds,
                                        List<NormSet> normSets) {
        String path = e.path() + ".thresholds";
        if (check.thresholdsPerHousingClass()) {
            Set<String> classes = new TreeSet<>();
            for (NormSet normSet : normSets) {
                boolean overlaps = (e.validTo() == null || !normSet.validFrom().isAfter(e.validTo()))
                        && (normSet.validTo() == null || !normSet.validTo().isBefore(e.validFrom()));
                if (overlaps) {
                    classes.addAll(normSet.housingClasses().values());
                    if (normSet.earlierNewBuildClass() != null) {
                        classes.add(normSet.earlierNewBuildClass());
                    }
                }
            }
            Set<String> allowed = new HashSet<>(classes);
            if (check.optionalClassSuffix() != null) {
                classes.forEach(c -> allowed.add(c + check.optionalClassSuffix()));
            }
            checkKeys(path, thresholds.keySet(), classes, allowed, period(e));
        } else {
            checkKeys(path, thresholds.keySet(), check.thresholdKeys(), check.thresholdKeys(), period(e));
        }
        if (check.wholeNumberThresholds()) {
            thresholds.forEach((key, value) -> {
                if (value.stripTrailingZeros().scale() > 0 || value.compareTo(MAX_WHOLE_NUMBER) > 0) {
                    throw new InvalidInputException(path + "." + key, "must be a whole number up to "
                            + MAX_WHOLE_NUMBER + " (was " + value.toPlainString() + ")");
                }
            });
        }
    }

    /**
     * The period is named because an undated municipal change applies to every version, and a housing class
     * may not exist in older versions; the message then shows which validFrom would fit.
     */
    private static void checkKeys(String path, Set<String> present, Set<String> required, Set<String> allowed,
                                  String period) {
        for (String key : new TreeSet<>(required)) {
            if (!present.contains(key)) {
                throw new InvalidInputException(path + "." + key, "required for this rule " + period + " but missing");
            }
        }
        for (String key : present) {
            if (!allowed.contains(key)) {
                throw new InvalidInputException(path + "." + key, "not used by this rule " + period + " (expected "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static String period(RuleEntry e) {
        return "from " + e.validFrom() + (e.validTo() == null ? "" : " to " + e.validTo());
    }

    private static void require(RuleEntry e, String field, Object value) {
        if (value == null) {
            throw new InvalidInputException(e.path() + "." + field, "required field is missing");
        }
    }

    private static Map<SignalCode, SignalDefinition> signalsByCode(List<SignalDefinition> signals) {
        Map<SignalCode, SignalDefinition> byCode = new EnumMap<>(SignalCode.class);
        for (int i = 0; i < signals.size(); i++) {
            if (byCode.put(signals.get(i).code(), signals.get(i)) != null) {
                throw new InvalidInputException("$.signals[" + i + "].code", "duplicate signal " + signals.get(i).code());
            }
        }
        for (SignalCode code : SignalCode.values()) {
            if (!byCode.containsKey(code)) {
                throw new InvalidInputException("$.signals", "no description for signal " + code);
            }
        }
        return byCode;
    }
}
