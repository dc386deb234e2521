package nl.verhuurtoezicht.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The norm catalogue: SNF norm sets, the versioned SNF and Wgv rules with thresholds, severities and
 * sources, and the descriptions of exploitation signals. Immutable and safe to share between threads.
 */
public final class RuleCatalogue {

    /** Class-path location of the national default catalogue. */
    public static final String DEFAULT_RESOURCE = "/nl/verhuurtoezicht/rules/catalogue.yaml";

    private static volatile RuleCatalogue defaultCatalogue;

    private final String id;
    private final LocalizedText title;
    private final GeneralMessages generalMessages;
    private final List<NormSet> normSets;
    private final Map<String, List<RuleVersion>> versions;
    private final List<RuleEntry> entries;
    private final Map<SignalCode, SignalDefinition> signals;

    RuleCatalogue(String id, LocalizedText title, GeneralMessages generalMessages, List<NormSet> normSets,
                  Map<String, List<RuleVersion>> versions, List<RuleEntry> entries,
                  Map<SignalCode, SignalDefinition> signals) {
        this.id = id;
        this.title = title;
        this.generalMessages = generalMessages;
        this.normSets = List.copyOf(normSets);
        this.versions = versions;
        versions.replaceAll((ruleId, list) -> List.copyOf(list));
        this.entries = entries;
        this.signals = signals;
    }

    /** The national default catalogue shipped with this library (SNF norm, Wgv general rules). */
    public static RuleCatalogue loadDefault() {
        RuleCatalogue catalogue = defaultCatalogue;
        if (catalogue == null) {
            try (InputStream in = RuleCatalogue.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("default catalogue " + DEFAULT_RESOURCE + " is not on the class path");
                }
                catalogue = CatalogueReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaultCatalogue = catalogue;
        }
        return catalogue;
    }

    /**
     * A municipality's catalogue file: an override ({@code basedOn: default}) changing rules of the default
     * from a date on, or a complete catalogue.
     *
     * @throws InvalidInputException naming the path in the file of the first problem
     * @throws UncheckedIOException when the file cannot be read
     */
    public static RuleCatalogue load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue " + file + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #load(Path)}, from YAML or JSON text. */
    public static RuleCatalogue read(Reader yamlOrJson) {
        return CatalogueReader.read(yamlOrJson, loadDefault());
    }

    public String id() {
        return id;
    }

    public LocalizedText title() {
        return title;
    }

    public List<NormSet> normSets() {
        return normSets;
    }

    public Optional<NormSet> normSet(LocalDate day) {
        for (NormSet normSet : normSets) {
            if (normSet.inForceOn(day)) {
                return Optional.of(normSet);
            }
        }
        return Optional.empty();
    }

    /** Rule ids in catalogue order (the order of findings). */
    public List<String> ruleIds() {
        return List.copyOf(versions.keySet());
    }

    /** All versions of one rule, oldest first. @throws IllegalArgumentException for an unknown id */
    public List<RuleVersion> versions(String ruleId) {
        List<RuleVersion> list = versions.get(ruleId);
        if (list == null) {
            throw new IllegalArgumentException("unknown rule " + ruleId);
        }
        return list;
    }

    /** Every version of every rule, in catalogue order. */
    public List<RuleVersion> rules() {
        List<RuleVersion> all = new ArrayList<>();
        versions.values().forEach(all::addAll);
        return all;
    }

    /** The version of a rule in force on a day, if any. */
    public Optional<RuleVersion> rule(String ruleId, LocalDate day) {
        return versions(ruleId).stream().filter(v -> v.inForceOn(day)).findFirst();
    }

    public SignalDefinition signal(SignalCode code) {
        return signals.get(code);
    }

    public Collection<SignalDefinition> signals() {
        return signals.values();
    }

    GeneralMessages generalMessages() {
        return generalMessages;
    }

    List<RuleEntry> entries() {
        return entries;
    }

    List<SignalDefinition> signalList() {
        return List.copyOf(signals.values());
    }
}
