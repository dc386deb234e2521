package nl.verhuurtoezicht.rules;

import java.util.List;

/**
 * What a rule check found, before the evaluator adds severity, source and message. {@code detail} names
 * the failing items (room ids, floors, languages) or, for MISSING, the JSON paths of the absent facts.
 */
record Outcome(Kind kind, Measure measured, Measure threshold, String detail) {

    enum Kind { PASS, FAIL, MISSING, NOT_APPLICABLE }

    static Outcome pass(Measure measured, Measure threshold) {
        return new Outcome(Kind.PASS, measured, threshold, "");
    }

    static Outcome fail(Measure measured, Measure threshold, String detail) {
        return new Outcome(Kind.FAIL, measured, threshold, detail);
    }

    static Outcome passOrFail(boolean pass, Measure measured, Measure threshold, String detail) {
        return pass ? pass(measured, threshold) : fail(measured, threshold, detail);
    }

    static Outcome missing(List<String> paths) {
        return new Outcome(Kind.MISSING, null, null, String.join(", ", paths));
    }

    static Outcome missing(String path) {
        return new Outcome(Kind.MISSING, null, null, path);
    }

    static Outcome notApplicable(Measure measured, Measure threshold) {
        return new Outcome(Kind.NOT_APPLICABLE, measured, threshold, "");
    }
}
