package nl.verhuurtoezicht.rules;

public enum Verdict {
    COMPLIANT, DEFICIENT, SERIOUS
}
