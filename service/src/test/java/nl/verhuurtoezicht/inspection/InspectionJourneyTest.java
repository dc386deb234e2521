package nl.verhuurtoezicht.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.search.response.UserTask;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.identity.mail.Mailer;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.support.ChecklistFacts;
import nl.verhuurtoezicht.support.JourneyClient;
import nl.verhuurtoezicht.support.ProcessPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The inspection journeys end to end on the embedded engine, driven through the pages as the people would:
 * meldpunt report, triage, scheduling, visit, checklist, evaluation, report letter, referral and enforcement.
 */
class InspectionJourneyTest extends JourneyTestSupport {

    private static final Pattern REFERENCE = Pattern.compile("id=\"reference\">(MP-\\d{4}-\\d{6})<");
    private static final Pattern STATUS_LINK = Pattern.compile("id=\"status-link\" href=\"(/meldpunt/status/[A-Za-z0-9_-]+)\"");

    @Autowired
    LetterService letters;
    @Autowired
    AuditTrail audit;
    @Autowired
    Mailer mailer;
    @Value("${verhuurtoezicht.letters.meldpunt.email}")
    String teamMailbox;

    @Test
    void meldpuntReportIsTriagedInspectedFoundSeriousAndStartsEnforcement() {
        Address address = fixtures.letAddress();
        JourneyClient reporter = anonymous();
        reporter.get("/meldpunt?lang=pl");
        HttpResponse<String> received = reporter.form("/meldpunt", List.of(Map.entry("address", "Voorbeeldstraat, Nijmegen"),
                Map.entry("categories", "OVERCROWDING"), Map.entry("categories", "UNSAFE"),
                Map.entry("description", "Dwanaście osób w czterech pokojach."), Map.entry("contactName", "")));
        assertThat(received.statusCode()).isEqualTo(200);
        assertThat(received.body()).contains("Zgłoszenie otrzymane");
        String caseNumber = match(REFERENCE, received.body());
        String statusLink = match(STATUS_LINK, received.body());
        CaseFile mp = cases.findByNumber(caseNumber).orElseThrow();
        assertThat(reporter.get(statusLink).body()).contains("Otrzymane; sprawdzamy Twoje zgłoszenie.");

        JourneyClient coordinatorWeb = as(coordinator);
        awaitTask(mp.processInstanceKey(), "Task_TriageReport");
        assertThat(coordinatorWeb.get("/toezicht/meldingen").body()).contains(caseNumber);
        long reportId = Long.parseLong(match(Pattern.compile("/toezicht/meldingen/(\\d+)\">" + caseNumber), coordinatorWeb.get("/toezicht/meldingen").body()));
        coordinatorWeb.get("/toezicht/meldingen/" + reportId);
        HttpResponse<String> triaged = coordinatorWeb.form("/toezicht/meldingen/" + reportId,
                List.of(Map.entry("outcome", "INSPECT"), Map.entry("bagId", address.bagId().value())));
        assertThat(triaged.statusCode()).isEqualTo(302);

        Inspection inspection = awaitInspectionRequestedBy(mp.id());
        assertThat(inspection.reason()).isEqualTo(InspectionReason.COMPLAINT);
        assertThat(inspection.addressId()).isEqualTo(address.id());
        assertThat(reporter.get(statusLink).body()).contains("Przeprowadzimy kontrolę pod tym adresem.");

        schedule(coordinatorWeb, inspection, true);
        JourneyClient inspectorWeb = as(inspector);
        assertThat(inspectorWeb.get("/toezicht/inspecties").body()).contains(inspection.caseNumber());
        HttpResponse<String> visited = visit(inspectorWeb, inspection, VisitOutcome.ACCESS);
        assertThat(JourneyClient.location(visited)).isEqualTo("/toezicht/inspecties/" + inspection.id() + "/checklist");
        HttpResponse<String> submitted = submitChecklist(inspectorWeb, inspection, ChecklistFacts.serious());
        assertThat(submitted.statusCode()).isEqualTo(302);

        Inspection evaluated = await().atMost(PATIENCE).until(() -> reload(inspection), i -> "REPORTED".equals(i.status()));
        assertThat(evaluated.verdict()).isEqualTo("SERIOUS");
        assertThat(inspections.findings(inspection.id())).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("SNF-DET");
            assertThat(f.status()).isEqualTo("FAIL");
        });
        List<StoredLetter> report = letters.lettersOfCase(inspection.caseNumber()).stream()
                .filter(l -> l.kind() != LetterKind.AANKONDIGING_INSPECTIE).toList();
        assertThat(report).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LetterKind.INSPECTIERAPPORT);
            assertThat(l.id()).isEqualTo(evaluated.reportLetterId());
        });
        assertThat(mailer.recent(50)).anySatisfy(m -> assertThat(m.subject()).contains("Aankondiging inspectie " + inspection.caseNumber()));

        InspectionRegister.Referral referral = await().atMost(PATIENCE)
                .until(() -> inspections.referral(inspection.id()), java.util.Optional::isPresent).orElseThrow();
        assertThat(referral.signals()).isEqualTo("BRP_MISMATCH,HOUSING_TIED_TO_JOB,NO_LEASE");
        assertThat(referral.factsJson()).contains("\"NO_LEASE\"");

        UserTask enforcement = await().atMost(PATIENCE).until(() -> tasks.openAt("enforcement", "Task_StubReceived").stream()
                .filter(t -> String.valueOf(inspection.caseId()).equals(variable(t.getProcessInstanceKey(), "caseId")))
                .findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(variable(enforcement.getProcessInstanceKey(), "violations")).contains("SNF-DET");
        assertThat(variable(enforcement.getProcessInstanceKey(), "addressId")).isEqualTo(String.valueOf(address.id()));
        assertThat(variable(enforcement.getProcessInstanceKey(), "reportId")).isEqualTo(String.valueOf(inspection.id()));
        assertThat(variable(enforcement.getProcessInstanceKey(), "landlordId")).isEqualTo(String.valueOf(address.landlordId()));

        String casePage = inspectorWeb.get("/toezicht/inspecties/" + inspection.id()).body();
        assertThat(casePage).contains("id=\"findings\"", "SNF-DET", "Ernstige overtredingen", "id=\"referral\"");
        await().atMost(PATIENCE).until(() -> reporter.get(statusLink).body(),
                body -> body.contains("Adres został skontrolowany; zgłoszenie jest zamknięte."));
        assertThat(cases.find(mp.id()).orElseThrow().closedAt()).isNotNull();
        ProcessPath path = new ProcessPath(client);
        path.awaitCompleted(inspection.processInstanceKey(), "End_EnforcementRequested");
        assertThat(path.completed(inspection.processInstanceKey())).containsSubsequence("Start_InspectionRequested",
                "Task_OpenInspection", "Task_ScheduleInspection", "Gateway_Announced", "Task_AnnounceInspection",
                "Gateway_AnnounceJoin", "Task_VisitAddress", "Gateway_Access", "Task_RecordChecklist", "Task_EvaluateFacts",
                "Task_SendReport", "Gateway_Signals", "Task_ReferToLabourInspectorate", "Gateway_Verdict",
                "Task_RequestEnforcement", "End_EnforcementRequested");
        path.awaitCompleted(mp.processInstanceKey(), "End_ReportClosed");
        assertThat(path.completed(mp.processInstanceKey())).containsSubsequence("Start_ReportReceived", "Task_TriageReport",
                "Gateway_TriageOutcome", "CallActivity_Inspection", "Gateway_TreatmentJoin", "End_Treated", "Task_CloseReport",
                "End_ReportClosed")
                .doesNotContain("Task_EscalateDeadline");
        assertThat(audit.timeline(inspection.caseNumber())).extracting(e -> e.action())
                .contains("inspection.opened", "inspection.scheduled", "inspection.announced", "inspection.visit-recorded",
                        "inspection.checklist-submitted", "inspection.evaluated", "inspection.report-sent",
                        "inspection.referred-to-labour-inspectorate", "inspection.enforcement-requested");
    }

    @Test
    void permitTriggeredInspectionReturnsItsVerdictAndReportToTheCaller() {
        Address address = fixtures.letAddress();
        CaseFile application = cases.open(nl.verhuurtoezicht.cases.CaseType.PERMIT_APPLICATION, address.landlordId(),
                address.id(), null, "IN_BEHANDELING");
        long caller = client.newCreateInstanceCommand().bpmnProcessId("permit-caller-stub").latestVersion()
                .variables(Map.of("caseId", application.id(), "addressId", address.id())).send().join().getProcessInstanceKey();

        Inspection inspection = awaitInspectionRequestedBy(application.id());
        assertThat(inspection.reason()).isEqualTo(InspectionReason.PERMIT_APPLICATION);
        schedule(as(coordinator), inspection, false);
        JourneyClient inspectorWeb = as(inspector);
        visit(inspectorWeb, inspection, VisitOutcome.ACCESS);
        submitChecklist(inspectorWeb, inspection, ChecklistFacts.compliant());

        awaitTask(caller, "Task_Decide");
        assertThat(variable(caller, "inspectionVerdict")).isEqualTo("\"COMPLIANT\"");
        assertThat(variable(caller, "inspectionReportId")).isEqualTo(String.valueOf(inspection.id()));
        assertThat(variable(caller, "inspectionCaseId")).isEqualTo(String.valueOf(inspection.caseId()));
        assertThat(variable(caller, "violations")).as("the child's variables stay in the child").isNull();
        assertThat(new ProcessPath(client).completed(inspection.processInstanceKey()))
                .containsSubsequence("Gateway_Announced", "Gateway_AnnounceJoin", "Task_VisitAddress", "Task_EvaluateFacts",
                        "Gateway_Signals", "Gateway_Verdict", "End_Compliant")
                .doesNotContain("Task_AnnounceInspection", "Task_ReferToLabourInspectorate", "Task_RequestEnforcement");
        assertThat(inspections.referral(inspection.id())).isEmpty();
        assertThat(tasks.openAt("enforcement", "Task_StubReceived")).noneMatch(t ->
                String.valueOf(inspection.caseId()).equals(variable(t.getProcessInstanceKey(), "caseId")));
    }

    @Test
    void twoFailedVisitsEscalateToLegalStaffAndReturnNoAccess() {
        Address address = fixtures.letAddress();
        CaseFile application = cases.open(nl.verhuurtoezicht.cases.CaseType.PERMIT_APPLICATION, address.landlordId(),
                address.id(), null, "IN_BEHANDELING");
        long caller = client.newCreateInstanceCommand().bpmnProcessId("permit-caller-stub").latestVersion()
                .variables(Map.of("caseId", application.id(), "addressId", address.id())).send().join().getProcessInstanceKey();
        Inspection inspection = awaitInspectionRequestedBy(application.id());
        JourneyClient coordinatorWeb = as(coordinator);
        JourneyClient inspectorWeb = as(inspector);

        schedule(coordinatorWeb, inspection, false);
        visit(inspectorWeb, inspection, VisitOutcome.NOBODY_PRESENT);
        awaitTask(inspection.processInstanceKey(), PlanningController.SCHEDULE_TASK);
        assertThat(reload(inspection).failedVisits()).isEqualTo(1);
        assertThat(reload(inspection).status()).isEqualTo("TO_SCHEDULE");

        schedule(coordinatorWeb, inspection, false);
        visit(inspectorWeb, inspection, VisitOutcome.NO_COOPERATION);
        UserTask escalation = awaitTask(inspection.processInstanceKey(), "Task_EscalateNoAccess");
        assertThat(escalation.getCandidateGroups()).containsExactly("LEGAL");
        Inspection escalated = reload(inspection);
        assertThat(escalated.failedVisits()).isEqualTo(2);
        assertThat(escalated.status()).isEqualTo("ESCALATED_NO_ACCESS");
        assertThat(escalated.verdict()).isEqualTo("NO_ACCESS");
        assertThat(tasks.open(inspection.processInstanceKey(), PlanningController.SCHEDULE_TASK)).isEmpty();

        JourneyClient legalWeb = as(accounts.staff(nl.verhuurtoezicht.identity.Role.LEGAL));
        assertThat(legalWeb.get("/juridisch/geen-toegang").body()).contains(inspection.caseNumber());
        legalWeb.form("/juridisch/geen-toegang/" + inspection.id(), List.of(Map.entry("note", " ")));
        assertThat(tasks.open(inspection.processInstanceKey(), "Task_EscalateNoAccess")).as("a blank note changes nothing")
                .isPresent();
        legalWeb.get("/juridisch/geen-toegang");
        assertThat(legalWeb.form("/juridisch/geen-toegang/" + inspection.id(),
                List.of(Map.entry("note", "Last onder dwangsom tot medewerking; machtiging tot binnentreden gevraagd.")))
                .statusCode()).isEqualTo(302);
        assertThat(reload(inspection).status()).isEqualTo("CLOSED_NO_ACCESS");
        awaitTask(caller, "Task_Decide");
        assertThat(variable(caller, "inspectionVerdict")).isEqualTo("\"NO_ACCESS\"");
        assertThat(new ProcessPath(client).completed(inspection.processInstanceKey())).containsSubsequence(
                "Task_VisitAddress", "Gateway_Access", "Task_RecordFailedVisit", "Gateway_TooManyFailedVisits",
                "Task_ScheduleInspection", "Task_VisitAddress", "Gateway_Access", "Task_RecordFailedVisit",
                "Gateway_TooManyFailedVisits", "Task_EscalateNoAccess", "End_NoAccess")
                .doesNotContain("Task_RecordChecklist", "Task_SendReport");
        assertThat(variable(caller, "inspectionReportId")).isEqualTo(String.valueOf(inspection.id()));
    }

    @Test
    void handhavingsverzoekNotDecidedWithinEightWeeksIsEscalated() {
        JourneyClient reporter = anonymous();
        reporter.get("/meldpunt");
        HttpResponse<String> received = reporter.form("/meldpunt", List.of(Map.entry("address", "Dorpsstraat 3, Nijmegen"),
                Map.entry("categories", "DEPOSIT"), Map.entry("description", "Borg van 2000 euro niet terug."),
                Map.entry("contactEmail", "huurder@test.example"), Map.entry("handhavingsverzoek", "true")));
        assertThat(received.statusCode()).isEqualTo(200);
        CaseFile mp = cases.findByNumber(match(REFERENCE, received.body())).orElseThrow();
        UserTask triage = awaitTask(mp.processInstanceKey(), "Task_TriageReport");

        clock.advance(Duration.ofDays(7 * 8 - 1));
        assertThat(audit.timeline(mp.caseNumber())).extracting(e -> e.action()).doesNotContain("meldpunt.deadline-passed");

        clock.advance(Duration.ofDays(2));
        await().atMost(PATIENCE).until(() -> audit.timeline(mp.caseNumber()).stream()
                .anyMatch(e -> e.action().equals("meldpunt.deadline-passed")));
        // The audit entry and the team mail are written by the same worker; the mail may land a moment later.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(mailer.to(List.of(teamMailbox))).anySatisfy(m ->
                assertThat(m.subject()).isEqualTo("Handhavingsverzoek " + mp.caseNumber() + " over de termijn")));
        assertThat(as(coordinator).get("/toezicht/meldingen").body()).contains(mp.caseNumber(), "Over de termijn");
        assertThat(tasks.open(mp.processInstanceKey(), "Task_TriageReport")).as("the term does not end the treatment")
                .get().extracting(UserTask::getUserTaskKey).isEqualTo(triage.getUserTaskKey());
    }

    private static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).as("page contains " + pattern.pattern()).isTrue();
        return m.group(1);
    }
}
