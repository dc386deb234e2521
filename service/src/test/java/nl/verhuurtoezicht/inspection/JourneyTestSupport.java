package nl.verhuurtoezicht.inspection;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.UserTask;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.engine.ControllableClock;
import nl.verhuurtoezicht.identity.Role;
import nl.verhuurtoezicht.support.InspectionSteps;
import nl.verhuurtoezicht.support.JourneyClient;
import nl.verhuurtoezicht.support.ProcessVariables;
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

    InspectionSteps steps() {
        return new InspectionSteps(tasks, inspections, cases, clock, PATIENCE);
    }

    UserTask awaitTask(long processInstanceKey, String elementId) {
        return steps().awaitTask(processInstanceKey, elementId);
    }

    Inspection awaitInspectionRequestedBy(long requestingCaseId) {
        return steps().awaitRequestedBy(requestingCaseId);
    }

    Inspection reload(Inspection inspection) {
        return inspections.find(inspection.id()).orElseThrow();
    }

    void schedule(JourneyClient coordinatorWeb, Inspection inspection, boolean announced) {
        steps().schedule(coordinatorWeb, inspection, inspector.username(), announced);
    }

    HttpResponse<String> visit(JourneyClient inspectorWeb, Inspection inspection, VisitOutcome outcome) {
        return steps().visit(inspectorWeb, inspection, outcome);
    }

    HttpResponse<String> submitChecklist(JourneyClient inspectorWeb, Inspection inspection, List<Map.Entry<String, String>> fields) {
        return steps().submitChecklist(inspectorWeb, inspection, fields);
    }

    String variable(long processInstanceKey, String name) {
        return new ProcessVariables(client).value(processInstanceKey, name);
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
