package nl.verhuurtoezicht.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.identity.mail.Mailer;
import nl.verhuurtoezicht.identity.mail.OutgoingMail;
import nl.verhuurtoezicht.letters.Addressee;
import nl.verhuurtoezicht.letters.LetterData;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.LetterLanguage;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.PropertyRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the besluit on a handhavingsverzoek ({@code beslissing-handhavingsverzoek}, filed under the MP case) to the
 * requester. The meldpunt asks no postal address, so the letter goes as a PDF attachment to the e-mail address the
 * requester gave; without one it waits in the archive and the status page still says that a decision was taken. One
 * letter and one mail whatever the number of deliveries.
 */
@Component
public class SendDecisionWorker {

    static final String TYPE = "meldpunt-send-decision";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    public record Input(long reportId) {
    }

    private final MeldpuntReports reports;
    private final PropertyRegister property;
    private final LetterService letters;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SendDecisionWorker(MeldpuntReports reports, PropertyRegister property, LetterService letters, Mailer mailer,
                       AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.reports = reports;
        this.property = property;
        this.letters = letters;
        this.mailer = mailer;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @JobWorker(type = TYPE)
    public void send(@VariablesAsType Input input) {
        MeldpuntReport report = reports.find(input.reportId()).orElseThrow();
        HandhavingsverzoekDecision decision = reports.decision(report.id()).orElseThrow(() ->
                new IllegalStateException("No decision recorded for handhavingsverzoek " + report.caseNumber()));
        String address = report.addressId() == null ? report.addressText()
                : property.address(report.addressId()).map(Address::oneLine).orElse(report.addressText());
        LetterData data = new LetterData(requester(report), report.caseNumber(), LocalDate.now(clock), LetterLanguage.NL,
                Map.of("adres_verblijfsruimte", address,
                        "verzoek_datum", report.submittedAt().atZoneSameInstant(AMSTERDAM).toLocalDate(),
                        "verzoek_omschrijving", decision.request(),
                        "beslissing", decision.dictum(),
                        "motivering", decision.reasons()));
        StoredLetter letter = letters.issue(LetterKind.BESLISSING_HANDHAVINGSVERZOEK, data,
                "beslissing-handhavingsverzoek:" + report.caseNumber());
        String email = report.contactEmail();
        // Mail and note in one transaction: a failed SMTP send rolls both back, so a retried job sends again.
        transaction.executeWithoutResult(status -> {
            if (email != null) {
                mailer.send(OutgoingMail.once("meldpunt-decision:" + report.caseNumber(), email,
                        "Beslissing op uw verzoek om handhaving " + report.caseNumber(),
                        "In de bijlage vindt u ons besluit op uw verzoek om handhaving, met kenmerk " + letter.kenmerk() + ".\n")
                        .withLetter(letter.id()));
            }
            if (reports.recordDecisionLetter(report.id(), letter.id(), email != null)) {
                audit.record(Actor.worker(TYPE), "meldpunt.decision-sent", report.caseNumber(), decision.outcome().name(),
                        email != null ? "letter=" + letter.kenmerk() + " mailed to the requester"
                                : "letter=" + letter.kenmerk() + " waits in the archive: the requester gave no e-mail address");
            }
        });
    }

    /** The requester by the name they gave ("Geachte A. Bakker"), else the default salutation; no postal address is known. */
    private static Addressee requester(MeldpuntReport report) {
        String name = report.contactName() == null ? "De verzoeker" : report.contactName();
        String line = report.contactEmail() == null ? "Verzoek via het meldpunt, geen postadres bekend"
                : "Per e-mail: " + report.contactEmail();
        return new Addressee(name, List.of(line), report.contactName());
    }
}
