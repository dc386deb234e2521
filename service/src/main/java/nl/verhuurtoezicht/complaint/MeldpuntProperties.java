package nl.verhuurtoezicht.complaint;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the meldpunt (application.yml, {@code verhuurtoezicht.meldpunt}).
 *
 * @param handhavingsverzoekTerm decision term for a report that asks for enforcement (an aanvraag, Awb 4:13)
 * @param triageTerm             term within which a coordinator should look at any other report (municipal policy)
 * @param maxReportsPerSender    reports accepted from one sender within {@code senderWindow}
 * @param senderWindow           window of the rate limit
 * @param maxPhotos              photos per report
 */
@ConfigurationProperties("verhuurtoezicht.meldpunt")
public record MeldpuntProperties(Period handhavingsverzoekTerm, Period triageTerm, int maxReportsPerSender,
                                 Duration senderWindow, int maxPhotos) {
}
