package nl.verhuurtoezicht.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.UserTask;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.cases.CaseType;
import nl.verhuurtoezicht.engine.ControllableClock;
import nl.verhuurtoezicht.identity.Role;
import nl.verhuurtoezicht.support.ServiceTest;
import nl.verhuurtoezicht.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Shared set-up of the inspection and meldpunt journey tests: one application context of their own (its own database
 * and engine), into which the test stubs of processes that other journeys own are deployed: {@code enforcement}
 * (message start {@code enforcement-requested}, contract of issue 9) and a permit-like caller of {@code inspection}.
 */
@ServiceTest
@TestPropertySource(properties = "verhuurtoezicht.test.context=inspection-journeys")
abstract class JourneyTestSupport {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String[] STUBS = {"stubs/enforcement-stub.bpmn", "stubs/permit-caller-stub.bpmn"};

    @LocalServerPort
    int port;
    @Autowired
    CamundaClient client;
    @Autowired
    UserTasks tasks;
    @Autowired
    InspectionRegister inspections;
    @Autowired
    CaseRegister cases;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JourneyFixtures fixtures;
    @Autowired
    ControllableClock clock;

    TestAccounts.Created coordinator;
    TestAccounts.Created inspector;
    private static int sender;

    @BeforeEach
    void deployStubsAndCreateStaff() throws IOException {
        var deploy = client.newDeployResourceCommand().addResourceBytes(resource(STUBS[0]), "enforcement-stub.bpmn");
        deploy.addResourceBytes(resource(STUBS[1]), "permit-caller-stub.bpmn").send().join();
        coordinator = accounts.staff(Role.COORDINATOR);
        inspector = accounts.staff(Role.INSPECTOR);
    }

    JourneyClient as(TestAccounts.Created account) {
        JourneyClient web = new JourneyClient(port, null);
        web.login(account.username(), TestAccounts.PASSWORD);
        return web;
    }

    /** An anonymous visitor with an address of its own, so rate limits of one test do not touch another. */
    synchronized JourneyClient anonymous() {
        sender++;
        return new JourneyClient(port, "198.51.100." + sender);
    }

    UserTask awaitTask(long processInstanceKey, String elementId) {
        return await().atMost(PATIENCE).until(() -> tasks.open(processInstanceKey, elementId), Optional::isPresent).orElseThrow();
    }

    Inspection awaitInspectionRequestedBy(long requestingCaseId) {
        CaseFile tz = await().atMost(PATIENCE).until(() -> cases.childrenOf(requestingCaseId).stream()
                .filter(c -> c.type() == CaseType.INSPECTION).findFirst(), Optional::isPresent).orElseThrow();
        return await().atMost(PATIENCE).until(() -> inspections.byCase(tz.id()), Optional::isPresent).orElseThrow();
    }

    Inspection reload(Inspection inspection) {
        return inspections.find(inspection.id()).orElseThrow();
    }

    /** The coordinator plans the inspection on the planning page for today. */
    void schedule(JourneyClient coordinatorWeb, Inspection inspection, boolean announced) {
        awaitTask(inspection.processInstanceKey(), PlanningController.SCHEDULE_TASK);
        assertThat(coordinatorWeb.get("/toezicht/planning").body()).contains(inspection.caseNumber());
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("inspector", inspector.username()),
                Map.entry("date", clock.instant().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate().toString())));
        if (announced) {
            fields.add(Map.entry("announced", "true"));
        }
        HttpResponse<String> response = coordinatorWeb.form("/toezicht/planning/" + inspection.id(), fields);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(reload(inspection).status()).isEqualTo("SCHEDULED");
    }

    /** The inspector records at the door whether they got in. */
    HttpResponse<String> visit(JourneyClient inspectorWeb, Inspection inspection, VisitOutcome outcome) {
        awaitTask(inspection.processInstanceKey(), InspectionController.VISIT_TASK);
        assertThat(inspectorWeb.get("/toezicht/inspecties/" + inspection.id()).body()).contains("record-visit");
        return inspectorWeb.form("/toezicht/inspecties/" + inspection.id() + "/bezoek", List.of(Map.entry("outcome", outcome.name())));
    }

    HttpResponse<String> submitChecklist(JourneyClient inspectorWeb, Inspection inspection, List<Map.Entry<String, String>> fields) {
        awaitTask(inspection.processInstanceKey(), InspectionController.CHECKLIST_TASK);
        assertThat(inspectorWeb.get("/toezicht/inspecties/" + inspection.id() + "/checklist").statusCode()).isEqualTo(200);
        return inspectorWeb.form("/toezicht/inspecties/" + inspection.id() + "/checklist", fields);
    }

    /** One bedroom on the first floor whose smoke detector does not work (SNF-DET, critical), and a lease signal. */
    static List<Map.Entry<String, String>> seriousFacts() {
        return List.of(Map.entry("occupants.present", "6"), Map.entry("occupants.registeredBrp", "2"),
                Map.entry("room.1.type", "BEDROOM"), Map.entry("room.1.floor", "1"), Map.entry("room.1.area", "10,5"),
                Map.entry("room.1.occupants", "1"), Map.entry("smoke.1.floor", "1"), Map.entry("smoke.1.present", "yes"),
                Map.entry("smoke.1.working", "no"), Map.entry("signals", "NO_LEASE"),
                Map.entry("signals", "HOUSING_TIED_TO_JOB"), Map.entry("notes", "Bewoners <b>bang</b> voor de baas"));
    }

    static List<Map.Entry<String, String>> compliantFacts() {
        return List.of(Map.entry("occupants.present", "2"), Map.entry("occupants.registeredBrp", "2"),
                Map.entry("room.1.type", "BEDROOM"), Map.entry("room.1.floor", "0"), Map.entry("room.1.area", "14"),
                Map.entry("room.1.occupants", "1"), Map.entry("room.2.type", "BEDROOM"), Map.entry("room.2.floor", "0"),
                Map.entry("room.2.area", "12"), Map.entry("room.2.occupants", "1"), Map.entry("smoke.1.floor", "0"),
                Map.entry("smoke.1.present", "yes"), Map.entry("smoke.1.working", "yes"),
                Map.entry("sanitary.toilets", "1"), Map.entry("sanitary.showers", "1"));
    }

    String variable(long processInstanceKey, String name) {
        return client.newVariableSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey).name(name))
                .send().join().items().stream().filter(v -> v.getScopeKey() == processInstanceKey)
                .map(v -> v.getValue()).findFirst().orElse(null);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = JourneyTestSupport.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return in.readAllBytes();
        }
    }
}
