package nl.verhuurtoezicht.rules;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a catalogue file (YAML, or JSON which is valid YAML): either a complete catalogue, or a municipal
 * override marked {@code basedOn: default} whose entries change the default from a date on.
 */
final class CatalogueReader {

    private static final Set<String> CATALOGUE_FIELDS = Set.of("catalogue", "title", "messages", "normSets", "rules",
            "signals");
    private static final Set<String> OVERRIDE_FIELDS = Set.of("catalogue", "title", "basedOn", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("id", "title", "norm", "unit", "severity", "validFrom",
            "validTo", "thresholds", "dates", "legalSource", "messages");
    private static final Set<String> MESSAGE_FIELDS = Set.of("pass", "fail", "notApplicable");
    private static final Set<String> NORM_SET_FIELDS = Set.of("id", "title", "validFrom", "validTo", "housingClasses",
            "newBuild", "legalSource");
    private static final Set<String> SIGNAL_FIELDS = Set.of("code", "factsId", "description", "legalSource");

    private CatalogueReader() {
    }

    /** @param defaults the catalogue an override builds on; null while reading the default itself */
    static RuleCatalogue read(Reader text, RuleCatalogue defaults) {
        NodeReader root = NodeReader.root(JsonTrees.read(JsonTrees.YAML, text));
        if (root.has("basedOn")) {
            if (defaults == null) {
                throw new InvalidInputException(root.path("basedOn"), "the default catalogue cannot be an override");
            }
            root.rejectUnknownFields(OVERRIDE_FIELDS);
            String basedOn = root.text("basedOn", true);
            if (!basedOn.equals("default")) {
                throw new InvalidInputException(root.path("basedOn"), "only 'default' is supported (was '" + basedOn + "')");
            }
            return override(root, defaults);
        }
        root.rejectUnknownFields(CATALOGUE_FIELDS);
        List<RuleEntry> entries = root.objects("rules", true).stream().map(r -> ruleEntry(r, true)).toList();
        NodeReader messages = root.object("messages", true);
        messages.rejectUnknownFields(Set.of("notAssessed", "notInForce"));
        GeneralMessages general = new GeneralMessages(localized(messages, "notAssessed", true),
                localized(messages, "notInForce", true), messages.path());
        return CatalogueValidator.validated(root.text("catalogue", true), localized(root, "title", true),
                general, normSets(root), entries, signals(root));
    }

    private static RuleCatalogue override(NodeReader root, RuleCatalogue defaults) {
        List<RuleEntry> entries = new ArrayList<>(defaults.entries());
        for (NodeReader r : root.objects("rules", true)) {
            entries = overridden(entries, ruleEntry(r, false));
        }
        LocalizedText title = root.has("title") ? localized(root, "title", true) : defaults.title();
        return CatalogueValidator.validated(root.text("catalogue", true), title, defaults.generalMessages(),
                defaults.normSets(), entries, defaults.signalList());
    }

    /**
     * Applies one override entry: the versions of its rule in force between its validFrom and validTo
     * (open ends when absent) get the changed fields; versions straddling a boundary are split there.
     */
    private static List<RuleEntry> overridden(List<RuleEntry> entries, RuleEntry change) {
        if (entries.stream().noneMatch(e -> e.id().equals(change.id()))) {
            throw new InvalidInputException(change.path() + ".id", "unknown rule '" + change.id()
                    + "'; an override can only change rules of the default catalogue");
        }
        if (change.legalSource() == null) {
            throw new InvalidInputException(change.path() + ".legalSource",
                    "required field is missing (a local change must name its own source)");
        }
        LocalDate from = change.validFrom();
        LocalDate to = change.validTo();
        if (to != null && from == null) {
            throw new InvalidInputException(change.path() + ".validTo", "needs validFrom as well");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException(change.path() + ".validTo", "lies before validFrom");
        }
        List<RuleEntry> result = new ArrayList<>();
        boolean touched = false;
        for (RuleEntry e : entries) {
            LocalDate start = e.validFrom();
            LocalDate end = e.validTo();
            boolean overlaps = e.id().equals(change.id()) && start != null
                    && (to == null || !start.isAfter(to)) && (from == null || end == null || !end.isBefore(from));
            if (!overlaps) {
                result.add(e);
                continue;
            }
            touched = true;
            if (from != null && start.isBefore(from)) {
                result.add(e.during(start, from.minusDays(1)));
            }
            LocalDate changedFrom = from != null && from.isAfter(start) ? from : start;
            LocalDate changedTo = to != null && (end == null || to.isBefore(end)) ? to : end;
            result.add(e.overriddenBy(change).during(changedFrom, changedTo));
            if (to != null && (end == null || end.isAfter(to))) {
                result.add(e.during(to.plusDays(1), end));
            }
        }
        if (!touched) {
            throw new InvalidInputException(change.path() + ".validFrom",
                    "no version of " + change.id() + " is in force in that period to change");
        }
        return result;
    }

    private static RuleEntry ruleEntry(NodeReader r, boolean complete) {
        r.rejectUnknownFields(RULE_FIELDS);
        NodeReader messages = r.object("messages", complete);
        if (messages != null) {
            messages.rejectUnknownFields(MESSAGE_FIELDS);
        }
        return new RuleEntry(r.path(), r.text("id", true),
                localized(r, "title", complete),
                localized(r, "norm", complete),
                localized(r, "unit", complete),
                r.enumValue("severity", Severity.class, complete),
                r.date("validFrom", complete),
                r.date("validTo", false),
                thresholds(r.object("thresholds", false)),
                dates(r.object("dates", false)),
                legalSource(r, "legalSource", complete),
                messages == null ? null : localized(messages, "pass", complete),
                messages == null ? null : localized(messages, "fail", complete),
                messages == null ? null : localized(messages, "notApplicable", false));
    }

    private static Map<String, BigDecimal> thresholds(NodeReader t) {
        if (t == null) {
            return null;
        }
        Map<String, BigDecimal> thresholds = new LinkedHashMap<>();
        for (String key : t.fieldNames()) {
            BigDecimal value = t.nonNegativeDecimal(key, true);
            if (value.signum() == 0) {
                throw new InvalidInputException(t.path(key), "must be greater than zero");
            }
            thresholds.put(key, value);
        }
        return thresholds;
    }

    private static Map<String, LocalDate> dates(NodeReader d) {
        if (d == null) {
            return null;
        }
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (String key : d.fieldNames()) {
            dates.put(key, d.date(key, true));
        }
        return dates;
    }

    private static List<NormSet> normSets(NodeReader root) {
        List<NormSet> normSets = new ArrayList<>();
        for (NodeReader n : root.objects("normSets", true)) {
            n.rejectUnknownFields(NORM_SET_FIELDS);
            NodeReader classes = n.object("housingClasses", true);
            classes.rejectUnknownFields(enumNames(HousingType.class));
            Map<HousingType, String> housingClasses = new EnumMap<>(HousingType.class);
            for (HousingType type : HousingType.values()) {
                housingClasses.put(type, classes.text(type.name(), true));
            }
            NodeReader newBuild = n.object("newBuild", false);
            if (newBuild != null) {
                newBuild.rejectUnknownFields(Set.of("permitAppliedFrom", "earlierCountsAs"));
            }
            LocalDate validFrom = n.date("validFrom", true);
            LocalDate validTo = n.date("validTo", false);
            if (validTo != null && validTo.isBefore(validFrom)) {
                throw new InvalidInputException(n.path("validTo"), "lies before validFrom");
            }
            normSets.add(new NormSet(n.text("id", true), localized(n, "title", true), validFrom, validTo,
                    housingClasses,
                    newBuild == null ? null : newBuild.date("permitAppliedFrom", true),
                    newBuild == null ? null : newBuild.text("earlierCountsAs", true),
                    legalSource(n, "legalSource", true)));
        }
        normSets.sort(Comparator.comparing(NormSet::validFrom));
        for (int i = 1; i < normSets.size(); i++) {
            NormSet previous = normSets.get(i - 1);
            if (previous.validTo() == null || !previous.validTo().isBefore(normSets.get(i).validFrom())) {
                throw new InvalidInputException("$.normSets", "norm sets " + previous.id() + " and "
                        + normSets.get(i).id() + " overlap; give " + previous.id() + " a validTo before "
                        + normSets.get(i).validFrom());
            }
        }
        return normSets;
    }

    private static List<SignalDefinition> signals(NodeReader root) {
        List<SignalDefinition> signals = new ArrayList<>();
        for (NodeReader s : root.objects("signals", true)) {
            s.rejectUnknownFields(SIGNAL_FIELDS);
            signals.add(new SignalDefinition(s.enumValue("code", SignalCode.class, true), s.text("factsId", true),
                    localized(s, "description", true), legalSource(s, "legalSource", true)));
        }
        return signals;
    }

    private static LocalizedText localized(NodeReader parent, String field, boolean required) {
        NodeReader text = parent.object(field, required);
        if (text == null) {
            return null;
        }
        text.rejectUnknownFields(Set.of("nl", "en"));
        return new LocalizedText(text.text("nl", true), text.text("en", true));
    }

    private static LegalSource legalSource(NodeReader parent, String field, boolean required) {
        NodeReader source = parent.object(field, required);
        if (source == null) {
            return null;
        }
        source.rejectUnknownFields(Set.of("reference", "url", "marking"));
        return new LegalSource(source.text("reference", true), source.text("url", false),
                source.enumValue("marking", SourceMarking.class, true));
    }

    private static <E extends Enum<E>> Set<String> enumNames(Class<E> type) {
        Set<String> names = new HashSet<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        return names;
    }
}
