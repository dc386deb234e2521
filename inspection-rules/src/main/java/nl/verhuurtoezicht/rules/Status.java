package nl.verhuurtoezicht.rules;

/** Outcome of one rule. NOT_ASSESSED: facts missing, rule not in force, or not applicable to the case. */
public enum Status {
    PASS, FAIL, NOT_ASSESSED
}
