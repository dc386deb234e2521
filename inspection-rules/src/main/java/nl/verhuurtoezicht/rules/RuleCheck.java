package nl.verhuurtoezicht.rules;

import java.util.Set;

/**
 * The code half of a rule: how its facts are measured against the thresholds of the catalogue version
 * in force. The catalogue loader uses the declared keys to reject a catalogue the check could not run on.
 */
interface RuleCheck {

    String ruleId();

    /** Threshold keys every version must define. */
    default Set<String> thresholdKeys() {
        return Set.of();
    }

    /** True when thresholds are keyed by the housing classes of the norm sets instead of {@link #thresholdKeys()}. */
    default boolean thresholdsPerHousingClass() {
        return false;
    }

    /** Optional per-class threshold key suffix (e.g. for written consent), or null. */
    default String optionalClassSuffix() {
        return null;
    }

    /** True when every threshold must be a whole number (counts of persons, months). */
    default boolean wholeNumberThresholds() {
        return false;
    }

    default Set<String> dateKeys() {
        return Set.of();
    }

    /** True when the rule can be out of scope for a case, which needs a not-applicable message in the catalogue. */
    default boolean mayBeNotApplicable() {
        return false;
    }

    /** Must not throw for any facts that {@link FactsJson} accepts. */
    Outcome check(InspectionFacts facts, RuleVersion rule, Situation situation);
}
