package nl.verhuurtoezicht.rules;

public enum Status {
    PASS, FAIL, NOT_ASSESSED
}
