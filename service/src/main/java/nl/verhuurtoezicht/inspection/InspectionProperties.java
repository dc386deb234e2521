package nl.verhuurtoezicht.inspection;

import java.time.LocalTime;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the inspection journey (application.yml, {@code verhuurtoezicht.inspection}).
 *
 * @param maxFailedVisits    failed visits (nobody present, no cooperation) after which legal staff take over
 * @param photoMaxSize       largest photo accepted from the phone
 * @param photoContentTypes  image types accepted (checked against the file's first bytes, not only the header)
 * @param repeatedReports    meldpunt reports on one address that make it a candidate for risk-based inspection
 * @param defaultVisitTime   start of a visit when the coordinator plans a date without a time; the announcement
 *                           letter names it
 */
@ConfigurationProperties("verhuurtoezicht.inspection")
public record InspectionProperties(int maxFailedVisits, DataSize photoMaxSize, Set<String> photoContentTypes,
                                   int repeatedReports, LocalTime defaultVisitTime) {

    public InspectionProperties {
        if (maxFailedVisits < 1) {
            throw new IllegalArgumentException("verhuurtoezicht.inspection.max-failed-visits must be at least 1");
        }
        if (defaultVisitTime == null) {
            throw new IllegalArgumentException("Missing configuration verhuurtoezicht.inspection.default-visit-time (e.g. 09:00)");
        }
    }
}
