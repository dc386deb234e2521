package nl.verhuurtoezicht.rules;

/**
 * What the evaluator settles once per inspection for all rules: the norm set in force and the housing
 * class of the property in it. {@code housingClass} is null when it cannot be settled; then
 * {@code housingClassMissing} names the JSON path of the fact that would settle it.
 */
record Situation(NormSet normSet, String housingClass, String housingClassMissing) {

    static Situation of(InspectionFacts facts, NormSet normSet) {
        if (normSet == null) {
            return new Situation(null, null, "$.inspectionDate (no SNF norm set in force)");
        }
        String housingClass = normSet.housingClassOf(facts.property());
        return new Situation(normSet, housingClass, housingClass == null ? "$.property.firstPermitApplied" : null);
    }
}
