package nl.verhuurtoezicht.rules;

public enum Severity {
    MINOR, MAJOR, CRITICAL
}
