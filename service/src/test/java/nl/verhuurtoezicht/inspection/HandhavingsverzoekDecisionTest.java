package nl.verhuurtoezicht.inspection;

import static nl.verhuurtoezicht.db.Tables.MELDPUNT_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verhuurtoezicht.audit.AuditEntry;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseType;
import nl.verhuurtoezicht.identity.GreenMailServer;
import nl.verhuurtoezicht.identity.Role;
import nl.verhuurtoezicht.identity.mail.Mailer;
import nl.verhuurtoezicht.identity.mail.SentMail;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.support.ProcessPath;
import nl.verhuurtoezicht.support.JourneyClient;
import nl.verhuurtoezicht.support.LetterText;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/**
 * A handhavingsverzoek through the meldpunt ends with a besluit to the requester: after triage legal staff grant or
 * refuse it with reasons (Task_DecideHandhavingsverzoek), the letter beslissing-handhavingsverzoek is issued under the
 * MP case and mailed (its PDF attached, over SMTP to GreenMail) to the requester if they gave an e-mail address, and
 * the status page says a decision was taken.
 */
@ContextConfiguration(initializers = GreenMailServer.class)
class HandhavingsverzoekDecisionTest extends JourneyTestSupport {

    private static final Pattern REFERENCE = Pattern.compile("id=\"reference\">(MP-\\d{4}-\\d{6})<");
    private static final Pattern STATUS_LINK = Pattern.compile("id=\"status-link\" href=\"(/meldpunt/status/[A-Za-z0-9_-]+)\"");

    @Autowired
    LetterService letters;
    @Autowired
    Mailer mailer;
    @Autowired
    AuditTrail audit;
    @Autowired
    DSLContext dsl;

    @Test
    void dismissedRequestIsRefusedWithReasonsAndTheBesluitIsMailedToTheRequester() {
        String email = "bakker-" + System.nanoTime() + "@test.example";
        JourneyClient reporter = anonymous();
        Submitted submitted = submit(reporter, "A. Bakker", email, true);
        triage(submitted.mp(), List.of(Map.entry("outcome", "DISMISS"), Map.entry("reason", "Borgkwestie: civielrechtelijk.")));

        JourneyClient legalWeb = as(accounts.staff(Role.LEGAL));
        awaitTask(submitted.mp().processInstanceKey(), "Task_DecideHandhavingsverzoek");
        assertThat(legalWeb.get("/juridisch/handhavingsverzoeken").body()).contains(submitted.mp().caseNumber());
        long reportId = reportId(submitted.mp());
        String page = legalWeb.get("/juridisch/handhavingsverzoeken/" + reportId).body();
        assertThat(page).contains("A. Bakker", email, "Borgkwestie: civielrechtelijk.",
                "op te treden tegen wat u meldde: borg niet terugbetaald of te hoog.");

        HttpResponse<String> withoutReasons = legalWeb.form("/juridisch/handhavingsverzoeken/" + reportId, List.of(
                Map.entry("outcome", "AFWIJZEN"), Map.entry("request", "op te treden tegen de verhuurder."), Map.entry("reasons", " ")));
        assertThat(withoutReasons.statusCode()).isEqualTo(200);
        assertThat(withoutReasons.body()).contains("Geef de motivering van het besluit.");
        assertThat(tasks.open(submitted.mp().processInstanceKey(), "Task_DecideHandhavingsverzoek")).as("nothing changed").isPresent();
        assertThat(reporter.get(submitted.statusLink()).body()).doesNotContain("id=\"decided-on\"");

        HttpResponse<String> decided = legalWeb.form("/juridisch/handhavingsverzoeken/" + reportId, List.of(
                Map.entry("outcome", "AFWIJZEN"),
                Map.entry("request", "ervoor te zorgen dat de verhuurder uw borg van 2000 euro terugbetaalt."),
                Map.entry("addition", ""),
                Map.entry("reasons", "Het terugbetalen van een borg is een zaak tussen huurder en verhuurder; "
                        + "de gemeente kan de verhuurder daar niet toe dwingen.")));
        assertThat(decided.statusCode()).isEqualTo(302);

        StoredLetter letter = awaitDecisionLetter(submitted.mp());
        String text = LetterText.of(letter);
        assertThat(text).contains("Geachte A. Bakker", "Per e-mail: " + email, "Dorpsstraat 3, Nijmegen",
                "U vroeg ons ervoor te zorgen dat de verhuurder uw borg van 2000 euro terugbetaalt.",
                "Wij wijzen uw verzoek af.", "de gemeente kan de verhuurder daar niet toe dwingen", "bezwaar");
        assertThat(letter.caseReference()).isEqualTo(submitted.mp().caseNumber());
        SentMail mail = await().atMost(PATIENCE).until(() -> mailer.to(List.of(email)), m -> !m.isEmpty()).get(0);
        assertThat(mail.subject()).isEqualTo("Beslissing op uw verzoek om handhaving " + submitted.mp().caseNumber());
        assertThat(mail.body()).contains("In de bijlage vindt u ons besluit op uw verzoek om handhaving, met kenmerk "
                + letter.kenmerk());
        assertThat(mail.attachmentName()).isEqualTo(letter.kenmerk() + ".pdf");
        InspectionLettersJourneyTest.assertArrivedWithThePdfOf(letter, email);

        String status = await().atMost(PATIENCE).until(() -> reporter.get(submitted.statusLink()).body(),
                body -> body.contains("id=\"decision-delivery\""));
        assertThat(status).contains("Besluit genomen op", "id=\"decided-on\">" + DateTimeFormatter.ofPattern("dd-MM-yyyy")
                .format(LocalDate.now(clock)), "Wij hebben het besluit naar uw e-mailadres gestuurd.");

        ProcessPath path = new ProcessPath(client);
        path.awaitCompleted(submitted.mp().processInstanceKey(), "End_ReportClosed");
        assertThat(path.completed(submitted.mp().processInstanceKey())).containsSubsequence("Task_TriageReport",
                "Gateway_TriageOutcome", "Gateway_TreatmentJoin", "Gateway_Handhavingsverzoek", "Task_DecideHandhavingsverzoek",
                "Task_SendDecision", "Gateway_DecisionJoin", "End_Treated", "Task_CloseReport", "End_ReportClosed")
                .doesNotContain("CallActivity_Inspection", "Task_EscalateDeadline");
        assertThat(actions(submitted.mp())).contains("meldpunt.triaged", "meldpunt.decided", "meldpunt.decision-sent", "meldpunt.closed");

        legalWeb.get("/juridisch/handhavingsverzoeken/" + reportId);
        legalWeb.form("/juridisch/handhavingsverzoeken/" + reportId, List.of(Map.entry("outcome", "TOEWIJZEN"),
                Map.entry("request", "iets anders."), Map.entry("reasons", "Tweede klik.")));
        assertThat(decisionLetters(submitted.mp())).as("a second submission decides nothing new").hasSize(1);
        assertThat(mailer.to(List.of(email))).hasSize(1);
        assertThat(GreenMailServer.countTo(email)).isEqualTo(1);
    }

    @Test
    void requestLinkedToACaseIsGrantedAndWithoutEmailTheLetterWaitsInTheArchive() {
        JourneyClient reporter = anonymous();
        Submitted submitted = submit(reporter, "K. Nowak", "", true);
        CaseFile running = cases.open(CaseType.ENFORCEMENT, null, null, null, "OPEN");
        triage(submitted.mp(), List.of(Map.entry("outcome", "LINK"), Map.entry("caseNumber", running.caseNumber())));

        JourneyClient legalWeb = as(accounts.staff(Role.LEGAL));
        awaitTask(submitted.mp().processInstanceKey(), "Task_DecideHandhavingsverzoek");
        long reportId = reportId(submitted.mp());
        legalWeb.get("/juridisch/handhavingsverzoeken/" + reportId);
        assertThat(legalWeb.form("/juridisch/handhavingsverzoeken/" + reportId, List.of(Map.entry("outcome", "TOEWIJZEN"),
                Map.entry("request", "op te treden tegen overbewoning."),
                Map.entry("addition", "Wij treden al op tegen de verhuurder in zaak " + running.caseNumber() + "."),
                Map.entry("reasons", "Toezichthouders stelden overbewoning vast; wij zijn in beginsel verplicht op te treden.")))
                .statusCode()).isEqualTo(302);

        StoredLetter letter = awaitDecisionLetter(submitted.mp());
        assertThat(LetterText.of(letter)).contains("Geachte K. Nowak",
                "geen postadres bekend", "Wij wijzen uw verzoek toe. Wij treden al op tegen de verhuurder in zaak " + running.caseNumber());
        AuditEntry sent = await().atMost(PATIENCE).until(() -> audit.timeline(submitted.mp().caseNumber()).stream()
                .filter(e -> e.action().equals("meldpunt.decision-sent")).findFirst(), Optional::isPresent).orElseThrow();
        assertThat(sent.after()).contains(letter.kenmerk(), "waits in the archive");
        assertThat(mailer.recent(200)).noneMatch(m -> m.subject().contains(submitted.mp().caseNumber()));
        assertThat(reporter.get(submitted.statusLink()).body()).contains("Besluit genomen op",
                "U gaf ons geen e-mailadres. Neem contact op met het meldpunt om het besluit te krijgen.");
    }

    @Test
    void anOrdinaryReportNeedsNoDecisionAndHasNoDecisionPage() {
        JourneyClient reporter = anonymous();
        Submitted submitted = submit(reporter, "", "", false);
        triage(submitted.mp(), List.of(Map.entry("outcome", "DISMISS"), Map.entry("reason", "Geen adres in de gemeente.")));

        ProcessPath path = new ProcessPath(client);
        path.awaitCompleted(submitted.mp().processInstanceKey(), "End_ReportClosed");
        assertThat(path.completed(submitted.mp().processInstanceKey()))
                .containsSubsequence("Gateway_TreatmentJoin", "Gateway_Handhavingsverzoek", "Gateway_DecisionJoin", "End_Treated")
                .doesNotContain("Task_DecideHandhavingsverzoek", "Task_SendDecision");
        assertThat(as(accounts.staff(Role.LEGAL)).get("/juridisch/handhavingsverzoeken/" + reportId(submitted.mp())).statusCode())
                .isEqualTo(404);
        assertThat(decisionLetters(submitted.mp())).isEmpty();
    }

    private record Submitted(CaseFile mp, String statusLink) {
    }

    private Submitted submit(JourneyClient reporter, String name, String email, boolean handhavingsverzoek) {
        reporter.get("/meldpunt");
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(List.of(Map.entry("address", "Dorpsstraat 3, Nijmegen"),
                Map.entry("categories", "DEPOSIT"), Map.entry("description", "Borg van 2000 euro niet terug."),
                Map.entry("contactName", name), Map.entry("contactEmail", email)));
        if (handhavingsverzoek) {
            fields.add(Map.entry("handhavingsverzoek", "true"));
        }
        HttpResponse<String> received = reporter.form("/meldpunt", fields);
        assertThat(received.statusCode()).isEqualTo(200);
        return new Submitted(cases.findByNumber(match(REFERENCE, received.body())).orElseThrow(), match(STATUS_LINK, received.body()));
    }

    private void triage(CaseFile mp, List<Map.Entry<String, String>> fields) {
        awaitTask(mp.processInstanceKey(), "Task_TriageReport");
        JourneyClient coordinatorWeb = as(coordinator);
        coordinatorWeb.get("/toezicht/meldingen/" + reportId(mp));
        assertThat(coordinatorWeb.form("/toezicht/meldingen/" + reportId(mp), fields).statusCode()).isEqualTo(302);
    }

    private long reportId(CaseFile mp) {
        return dsl.select(MELDPUNT_REPORT.ID).from(MELDPUNT_REPORT).where(MELDPUNT_REPORT.CASE_ID.eq(mp.id())).fetchSingle().value1();
    }

    private StoredLetter awaitDecisionLetter(CaseFile mp) {
        return await().atMost(PATIENCE).until(() -> decisionLetters(mp), l -> !l.isEmpty()).get(0);
    }

    private List<StoredLetter> decisionLetters(CaseFile mp) {
        return letters.lettersOfCase(mp.caseNumber()).stream()
                .filter(l -> l.kind() == LetterKind.BESLISSING_HANDHAVINGSVERZOEK).toList();
    }

    private List<String> actions(CaseFile mp) {
        return audit.timeline(mp.caseNumber()).stream().map(AuditEntry::action).toList();
    }

    private static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).as("page contains " + pattern.pattern()).isTrue();
        return m.group(1);
    }
}
