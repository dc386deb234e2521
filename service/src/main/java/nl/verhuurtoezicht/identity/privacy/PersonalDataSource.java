package nl.verhuurtoezicht.identity.privacy;

/**
 * A feature's part of the AVG inzage export (art. 15 AVG): everything it holds on one landlord. Implement it as a
 * {@code @Component}; the export collects every implementation under its {@link #section()} name.
 */
public interface PersonalDataSource {

    /** Section name in the export, e.g. "permits". */
    String section();

    /** Plain data (records, lists, maps) that Jackson can write as JSON. */
    Object aboutLandlord(long landlordId);
}
