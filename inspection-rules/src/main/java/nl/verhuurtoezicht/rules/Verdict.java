package nl.verhuurtoezicht.rules;

/** SERIOUS when a CRITICAL rule fails, DEFICIENT when any other rule fails, else COMPLIANT (nothing failed). */
public enum Verdict {
    COMPLIANT, DEFICIENT, SERIOUS
}
