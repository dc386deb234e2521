package nl.verhuurtoezicht.property;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local policy on landlords, from the municipal ordinance.
 *
 * @param businessLikeFromAddresses a landlord letting this many addresses or more lets bedrijfsmatig
 *                                  (Apeldoorn verordening gmb-2025-575830 art. 1: more than one dwelling)
 */
@ConfigurationProperties("verhuurtoezicht.property")
public record PropertyPolicy(@DefaultValue("2") int businessLikeFromAddresses) {
}
