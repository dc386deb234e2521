package nl.verhuurtoezicht.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.identity.Role;
import nl.verhuurtoezicht.inspection.Inspection;
import nl.verhuurtoezicht.inspection.InspectionRegister;
import nl.verhuurtoezicht.inspection.UserTasks;
import nl.verhuurtoezicht.inspection.VisitOutcome;
import nl.verhuurtoezicht.permit.DocumentKind;
import nl.verhuurtoezicht.permit.Permit;
import nl.verhuurtoezicht.permit.PermitRegister;
import org.springframework.context.ApplicationContext;

/**
 * Drives one permit application from the landlord's submission through the called process {@code inspection} (the
 * coordinator plans an unannounced visit for today, the inspector gets in and submits the checklist) to the legal
 * decision "grant", the way the people do it: over HTTP on the running service's pages, each page completing its user
 * task through the Camunda client. Works against whichever engine the service is connected to (embedded or a Camunda
 * cluster): it waits for each user task to be visible in the task search before the page is used, and no step needs
 * time to pass.
 */
public final class PermitHappyPath {

    public static final String DECISION_TASK = "decide-permit";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Pattern SUBMISSION_ID = Pattern.compile("name=\"submissionId\" value=\"([^\"]+)\"");

    /** A submitted application: the landlord's account, the VA case and the instance of {@code permit-application}. */
    public record Submission(TestAccounts.Created landlord, String caseNumber, long caseId, long processInstanceKey) {
    }

    /** What the happy path produced. */
    public record Granted(Submission submission, Inspection inspection, long permitId) {

        public String caseNumber() {
            return submission.caseNumber();
        }
    }

    private final int port;
    private final TestAccounts accounts;
    private final CaseRegister cases;
    private final InspectionRegister inspections;
    private final PermitRegister permits;
    private final UserTasks tasks;
    private final InspectionSteps inspectionSteps;

    /** {@code port}: the service's HTTP port; {@code beans}: its application context. */
    public PermitHappyPath(int port, ApplicationContext beans) {
        this.port = port;
        this.accounts = beans.getBean(TestAccounts.class);
        this.cases = beans.getBean(CaseRegister.class);
        this.inspections = beans.getBean(InspectionRegister.class);
        this.permits = beans.getBean(PermitRegister.class);
        this.tasks = beans.getBean(UserTasks.class);
        this.inspectionSteps = new InspectionSteps(tasks, inspections, cases, beans.getBean(Clock.class), PATIENCE);
    }

    /** Submission, a compliant inspection, and the grant. */
    public Granted run() {
        Submission submission = submit();
        Inspection inspection = inspect(submission, ChecklistFacts.compliant());
        Permit permit = grant(submission);
        return new Granted(submission, inspection, permit.id());
    }

    /** A new landlord submits a complete application for one address with every document. */
    public Submission submit() {
        TestAccounts.Created landlord = accounts.landlord();
        JourneyClient web = as(landlord);
        Matcher submissionId = SUBMISSION_ID.matcher(web.get("/verhuurder/aanvragen/nieuw").body());
        assertThat(submissionId.find()).as("the application form hands out a submission id").isTrue();
        List<JourneyClient.Part> parts = new ArrayList<>();
        PermitApplicationForm.fields(submissionId.group(1), PermitApplicationForm.randomBagId(), "geen")
                .forEach((name, value) -> parts.add(JourneyClient.Part.field(name, value)));
        PermitApplicationForm.documents(EnumSet.allOf(DocumentKind.class))
                .forEach((name, file) -> parts.add(JourneyClient.Part.file(name, file.fileName(), file.contentType(), file.content())));
        HttpResponse<String> response = web.multipart("/verhuurder/aanvragen", parts);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = JourneyClient.location(response);
        String caseNumber = location.substring(location.lastIndexOf('/') + 1);
        CaseFile application = await().atMost(PATIENCE).until(() -> cases.findByNumber(caseNumber).orElseThrow(),
                c -> c.processInstanceKey() != null);
        return new Submission(landlord, caseNumber, application.id(), application.processInstanceKey());
    }

    /** The inspection the application called: planned, visited with access, checklist submitted, report sent. */
    public Inspection inspect(Submission submission, List<Map.Entry<String, String>> checklist) {
        Inspection inspection = inspectionSteps.awaitRequestedBy(submission.caseId());
        TestAccounts.Created inspector = accounts.staff(Role.INSPECTOR);
        inspectionSteps.schedule(as(accounts.staff(Role.COORDINATOR)), inspection, inspector.username(), false);
        JourneyClient inspectorWeb = as(inspector);
        assertThat(inspectionSteps.visit(inspectorWeb, inspection, VisitOutcome.ACCESS).statusCode()).isEqualTo(302);
        assertThat(inspectionSteps.submitChecklist(inspectorWeb, inspection, checklist).statusCode()).isEqualTo(302);
        return await().atMost(PATIENCE).until(() -> inspections.find(inspection.id()).orElseThrow(),
                i -> "REPORTED".equals(i.status()));
    }

    /** Legal staff grant the permit on the case page; returns the permit once the register holds it. */
    public Permit grant(Submission submission) {
        inspectionSteps.awaitTask(submission.processInstanceKey(), DECISION_TASK);
        JourneyClient legal = as(accounts.staff(Role.LEGAL));
        String casePage = "/juridisch/aanvragen/" + submission.caseNumber();
        assertThat(legal.get(casePage).statusCode()).isEqualTo(200);
        HttpResponse<String> decided = legal.form(casePage + "/besluit", List.of(Map.entry("decision", "GRANT"),
                Map.entry("conditions", ""), Map.entry("validUntil", ""), Map.entry("grounds", ""),
                Map.entry("extensionReason", "")));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(302);
        return await().atMost(PATIENCE).until(() -> permits.ofLandlord(submission.landlord().landlordId()).stream()
                .filter(p -> p.status() == Permit.Status.CURRENT).findFirst(), Optional::isPresent).orElseThrow();
    }

    /** A logged-in session of a new staff member with this role. */
    public JourneyClient staff(Role role) {
        return as(accounts.staff(role));
    }

    private JourneyClient as(TestAccounts.Created account) {
        JourneyClient web = new JourneyClient(port, null);
        web.login(account.username(), TestAccounts.PASSWORD);
        return web;
    }
}
