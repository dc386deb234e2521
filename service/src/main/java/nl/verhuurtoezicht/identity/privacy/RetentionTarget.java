package nl.verhuurtoezicht.identity.privacy;

import java.time.Instant;

/**
 * Data with a retention period, such as meldpunt reports and photos. The period is configured under
 * {@code verhuurtoezicht.privacy.retention.<name>}; the daily sweep removes what is older.
 */
public interface RetentionTarget {

    /** The configuration key, e.g. "meldpunt-reports". */
    String name();

    /** Removes what was created before {@code cutoff}; returns how many items were removed. */
    int purgeCreatedBefore(Instant cutoff);
}
