package nl.verhuurtoezicht.rules;

/** How firmly a norm's source is established, as marked in shared/domain/FACTS.md. */
public enum SourceMarking {
    /** [C] confirmed in a published source. */
    CONFIRMED,
    /** [S] secondary source only (law-firm blog, news, municipal page). */
    SECONDARY,
    /** [G] general knowledge, to be verified before it carries a fine. */
    GENERAL
}
