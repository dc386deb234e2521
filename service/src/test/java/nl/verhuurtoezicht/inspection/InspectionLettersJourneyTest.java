package nl.verhuurtoezicht.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.verhuurtoezicht.audit.AuditEntry;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseType;
import nl.verhuurtoezicht.identity.GreenMailServer;
import nl.verhuurtoezicht.identity.ReceivedMail;
import nl.verhuurtoezicht.identity.mail.Mailer;
import nl.verhuurtoezicht.identity.mail.SentMail;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.BagId;
import nl.verhuurtoezicht.property.HousingType;
import nl.verhuurtoezicht.property.Landlord;
import nl.verhuurtoezicht.property.Postcode;
import nl.verhuurtoezicht.property.PropertyRegister;
import nl.verhuurtoezicht.support.ProcessPath;
import nl.verhuurtoezicht.support.JourneyClient;
import nl.verhuurtoezicht.support.LetterText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/**
 * An announced inspection gets the letter aankondiging-inspectie under its TZ case: by e-mail (its PDF attached, sent
 * over SMTP to GreenMail) to a landlord with an address, in the archive to be posted for one without; one letter and
 * one mail however often the job runs.
 */
@ContextConfiguration(initializers = GreenMailServer.class)
class InspectionLettersJourneyTest extends JourneyTestSupport {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    @Autowired
    LetterService letters;
    @Autowired
    Mailer mailer;
    @Autowired
    AuditTrail audit;
    @Autowired
    PropertyRegister property;
    @Autowired
    AnnounceInspectionWorker announceWorker;

    @Test
    void announcedInspectionSendsTheLetterToTheLandlordByMailOnceAtTheCorrespondenceAddress() {
        Address address = fixtures.letAddress();
        Landlord landlord = property.landlord(address.landlordId()).orElseThrow();
        Inspection inspection = inspectionFor(address);

        scheduleAnnounced(inspection, "10:30");
        StoredLetter letter = awaitAnnouncement(inspection);
        String text = LetterText.of(letter);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        assertThat(text).contains("J. de Verhuurder", "Postweg 1", "6511 AB Nijmegen",
                "Op " + DUTCH_DATE.format(today) + " om 10:30 uur inspecteren toezichthouders van de gemeente",
                address.oneLine(), "De aanleiding is: uw aanvraag om een verhuurvergunning.", "artikel 5:20",
                "geen besluit", letter.kenmerk());
        assertThat(text).doesNotContain("bezwaarschrift");

        SentMail mail = await().atMost(PATIENCE).until(() -> mailer.to(List.of(landlord.email())), m -> !m.isEmpty()).get(0);
        assertThat(mail.subject()).isEqualTo("Aankondiging inspectie " + inspection.caseNumber());
        assertThat(mail.body()).contains("In de bijlage vindt u onze brief met kenmerk " + letter.kenmerk(), inspection.caseNumber());
        assertThat(mail.attachmentName()).isEqualTo(letter.kenmerk() + ".pdf");
        assertArrivedWithThePdfOf(letter, landlord.email());

        announceWorker.announce(new AnnounceInspectionWorker.Input(inspection.id()));
        announceWorker.announce(new AnnounceInspectionWorker.Input(inspection.id()));
        assertThat(announcements(inspection)).as("a redelivered job finds its letter").hasSize(1);
        assertThat(mailer.to(List.of(landlord.email()))).as("and its mail").hasSize(1);
        assertThat(GreenMailServer.countTo(landlord.email())).as("which went out once").isEqualTo(1);
        assertThat(actions(inspection)).containsOnlyOnce("inspection.announced").doesNotContain("inspection.announcement-not-mailed");
        assertThat(new ProcessPath(client).completed(inspection.processInstanceKey()))
                .containsSubsequence("Task_ScheduleInspection", "Gateway_Announced", "Task_AnnounceInspection", "Gateway_AnnounceJoin");
    }

    @Test
    void landlordWithoutEmailOrCorrespondenceAddressGetsTheLetterAtTheLetAddressInTheArchive() {
        Landlord landlord = property.saveLandlord(new Landlord(null, Landlord.Kind.NATURAL_PERSON, "P. Zonderpost", null,
                LocalDate.of(1965, 5, 5), null, null, null, null, null));
        String bag = "026801" + String.format("%010d", ThreadLocalRandom.current().nextLong(1, 9_999_999_999L));
        Address address = property.saveAddress(new Address(null, new BagId(bag), "Lindenlaan",
                ThreadLocalRandom.current().nextInt(1, 999), "B", Postcode.parse("6512CD"), "Nijmegen", HousingType.LOGIES,
                new BigDecimal("80.00"), landlord.id()));
        Inspection inspection = inspectionFor(address);

        scheduleAnnounced(inspection, "");
        StoredLetter letter = awaitAnnouncement(inspection);
        assertThat(LetterText.of(letter)).as("the let address, and the configured default time")
                .contains("P. Zonderpost", "Lindenlaan " + address.houseNumber() + " B", "6512 CD Nijmegen", "om 09:00 uur");
        AuditEntry notMailed = await().atMost(PATIENCE).until(() -> audit.timeline(inspection.caseNumber()).stream()
                .filter(e -> e.action().equals("inspection.announcement-not-mailed")).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(notMailed.after()).contains(letter.kenmerk(), "to be posted", "no e-mail address");
        assertThat(mailer.recent(200)).noneMatch(m -> m.subject().contains(inspection.caseNumber()));

        announceWorker.announce(new AnnounceInspectionWorker.Input(inspection.id()));
        assertThat(announcements(inspection)).hasSize(1);
        assertThat(actions(inspection)).containsOnlyOnce("inspection.announcement-not-mailed").doesNotContain("inspection.announced");
    }

    private Inspection inspectionFor(Address address) {
        CaseFile application = cases.open(CaseType.PERMIT_APPLICATION, address.landlordId(), address.id(), null, "IN_BEHANDELING");
        client.newCreateInstanceCommand().bpmnProcessId("permit-caller-stub").latestVersion()
                .variables(Map.of("caseId", application.id(), "addressId", address.id())).send().join();
        return awaitInspectionRequestedBy(application.id());
    }

    /** The coordinator plans the visit for today at the given time (blank: none given) and announces it. */
    private void scheduleAnnounced(Inspection inspection, String time) {
        awaitTask(inspection.processInstanceKey(), PlanningController.SCHEDULE_TASK);
        JourneyClient coordinatorWeb = as(coordinator);
        assertThat(coordinatorWeb.get("/toezicht/planning").body()).contains("name=\"time\"");
        String today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).toString();
        HttpResponse<String> planned = coordinatorWeb.form("/toezicht/planning/" + inspection.id(), List.of(
                Map.entry("inspector", inspector.username()), Map.entry("date", today), Map.entry("time", time),
                Map.entry("announced", "true")));
        assertThat(planned.statusCode()).isEqualTo(302);
        assertThat(reload(inspection).status()).isEqualTo("SCHEDULED");
    }

    private StoredLetter awaitAnnouncement(Inspection inspection) {
        return await().atMost(PATIENCE).until(() -> announcements(inspection), l -> !l.isEmpty()).get(0);
    }

    private List<StoredLetter> announcements(Inspection inspection) {
        return letters.lettersOfCase(inspection.caseNumber()).stream()
                .filter(l -> l.kind() == LetterKind.AANKONDIGING_INSPECTIE).toList();
    }

    /** The mail GreenMail received is multipart and carries the archived PDF byte for byte, named after its kenmerk. */
    static void assertArrivedWithThePdfOf(StoredLetter letter, String recipient) {
        ReceivedMail received = ReceivedMail.of(GreenMailServer.mailsTo(recipient, 1).get(0));
        assertThat(received.contentType()).startsWith("multipart/mixed");
        assertThat(received.text()).contains(letter.kenmerk());
        assertThat(received.attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.fileName()).isEqualTo(letter.kenmerk() + ".pdf");
            assertThat(pdf.contentType()).startsWith("application/pdf");
            assertThat(new String(pdf.bytes(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
            assertThat(pdf.sha256()).isEqualTo(ReceivedMail.sha256(letter.pdf())).isEqualTo(letter.sha256());
        });
    }

    private List<String> actions(Inspection inspection) {
        return audit.timeline(inspection.caseNumber()).stream().map(AuditEntry::action).toList();
    }
}
