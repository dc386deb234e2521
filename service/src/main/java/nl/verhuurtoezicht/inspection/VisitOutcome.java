package nl.verhuurtoezicht.inspection;

/** What happened at the door. Anything but ACCESS counts as a failed visit; NO_COOPERATION may itself be a violation (Awb 5:20). */
public enum VisitOutcome {
    ACCESS, NOBODY_PRESENT, NO_COOPERATION
}
