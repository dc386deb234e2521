package nl.verhuurtoezicht.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.TreeMap;

/** The catalogue as JSON for listing: every rule version with titles, thresholds, validity and source. */
public final class CatalogueJson {

    private CatalogueJson() {
    }

    public static String write(RuleCatalogue catalogue) {
        ObjectNode root = JsonTrees.JSON.createObjectNode();
        root.put("catalogue", catalogue.id());
        putText(root, "title", catalogue.title());
        ArrayNode normSets = root.putArray("normSets");
        for (NormSet n : catalogue.normSets()) {
            ObjectNode normSet = normSets.addObject();
            normSet.put("id", n.id());
            putText(normSet, "title", n.title());
            putValidity(normSet, n.validFrom(), n.validTo());
            ObjectNode classes = normSet.putObject("housingClasses");
            new TreeMap<>(n.housingClasses()).forEach((type, housingClass) -> classes.put(type.name(), housingClass));
            if (n.newBuildPermitAppliedFrom() != null) {
                normSet.putObject("newBuild")
                        .put("permitAppliedFrom", n.newBuildPermitAppliedFrom().toString())
                        .put("earlierCountsAs", n.earlierNewBuildClass());
            }
            putSource(normSet, n.legalSource());
        }
        ArrayNode rules = root.putArray("rules");
        for (RuleVersion r : catalogue.rules()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", r.id());
            putText(rule, "title", r.title());
            putText(rule, "norm", r.norm());
            ObjectNode thresholds = rule.putObject("thresholds");
            new TreeMap<>(r.thresholds()).forEach(thresholds::put);
            if (!r.dates().isEmpty()) {
                ObjectNode dates = rule.putObject("dates");
                new TreeMap<>(r.dates()).forEach((key, day) -> dates.put(key, day.toString()));
            }
            putText(rule, "unit", r.unit());
            rule.put("severity", r.severity().name());
            putValidity(rule, r.validFrom(), r.validTo());
            putSource(rule, r.legalSource());
        }
        ArrayNode signals = root.putArray("signals");
        for (SignalDefinition s : catalogue.signals()) {
            ObjectNode signal = signals.addObject();
            signal.put("code", s.code().name());
            signal.put("factsId", s.factsId());
            putText(signal, "description", s.description());
            putSource(signal, s.legalSource());
        }
        try {
            return JsonTrees.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putText(ObjectNode node, String field, LocalizedText text) {
        node.putObject(field).put("nl", text.nl()).put("en", text.en());
    }

    private static void putValidity(ObjectNode node, LocalDate from, LocalDate to) {
        node.put("validFrom", from.toString());
        node.put("validTo", to == null ? null : to.toString());
    }

    private static void putSource(ObjectNode node, LegalSource source) {
        ObjectNode legal = node.putObject("legalSource");
        legal.put("reference", source.reference());
        legal.put("url", source.url());
        legal.put("marking", source.marking().name());
        legal.put("label", source.label());
    }
}
