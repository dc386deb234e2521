package nl.verhuurtoezicht.inspection;

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
 */
@ConfigurationProperties("verhuurtoezicht.inspection")
public record InspectionProperties(int maxFailedVisits, DataSize photoMaxSize, Set<String> photoContentTypes,
                                   int repeatedReports) {

    public InspectionProperties {
        if (maxFailedVisits < 1) {
            throw new IllegalArgumentException("verhuurtoezicht.inspection.max-failed-visits must be at least 1");
        }
    }
}
