package nl.verhuurtoezicht.rules;

/** Weight of a rule's failure, from the catalogue; a failing CRITICAL rule makes the verdict SERIOUS. */
public enum Severity {
    MINOR, MAJOR, CRITICAL
}
