package nl.verhuurtoezicht.complaint;

/** What a reporter says is wrong (one or more); the meldpunt form offers them in five languages. */
enum Category {
    OVERCROWDING, UNSAFE, INTIMIDATION, DEPOSIT, LEASE_TIED_TO_JOB, OTHER
}
