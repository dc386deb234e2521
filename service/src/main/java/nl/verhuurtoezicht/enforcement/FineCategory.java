package nl.verhuurtoezicht.enforcement;

/** Fine categories of Wetboek van Strafrecht art. 23 that Wgv art. 19 refers to. */
public enum FineCategory {
    /** a first violation */
    FOURTH,
    /** a repeat violation within the recidive window */
    FIFTH
}
