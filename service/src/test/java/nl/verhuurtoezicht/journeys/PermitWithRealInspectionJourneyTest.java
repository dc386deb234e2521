package nl.verhuurtoezicht.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.cases.CaseType;
import nl.verhuurtoezicht.identity.Role;
import nl.verhuurtoezicht.inspection.Inspection;
import nl.verhuurtoezicht.inspection.InspectionReason;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.permit.Permit;
import nl.verhuurtoezicht.permit.PermitRegister;
import nl.verhuurtoezicht.support.ChecklistFacts;
import nl.verhuurtoezicht.support.JourneyClient;
import nl.verhuurtoezicht.support.LetterText;
import nl.verhuurtoezicht.support.PermitApplicationForm;
import nl.verhuurtoezicht.support.PermitHappyPath;
import nl.verhuurtoezicht.support.ProcessPath;
import nl.verhuurtoezicht.support.ProcessVariables;
import nl.verhuurtoezicht.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The permit journey with the real called process {@code inspection} and the real {@code enforcement} process, as
 * ProcessDeployer deploys them (no stubs: this context of its own deploys nothing else), on the embedded engine.
 */
@ServiceTest
// The machine is shared with other builds: give engine commands more time than the client default of 10 s.
@TestPropertySource(properties = {"verhuurtoezicht.test-context=permit-with-real-inspection",
        "camunda.client.request-timeout=PT60S"})
class PermitWithRealInspectionJourneyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_LONG_FOR_INTS).build();
    private static final TypeReference<List<Map<String, Object>>> INSPECTIONS = new TypeReference<>() {
    };

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    CamundaClient client;
    @Autowired
    PermitRegister permits;
    @Autowired
    LetterService letters;
    @Autowired
    CaseRegister cases;
    @Autowired
    Clock clock;

    @Test
    void compliantRealInspectionLeadsToAGrantedPermitInTheRegister() {
        PermitHappyPath.Granted granted = new PermitHappyPath(port, context).run();

        ProcessPath path = new ProcessPath(client);
        long application = granted.submission().processInstanceKey();
        Inspection inspection = granted.inspection();
        path.awaitCompleted(application, "End_Granted");
        assertThat(path.elementIds(application)).containsExactly("Start_Submitted", "Task_CheckCompleteness",
                "Gateway_Complete", "Call_Inspection", "Call_Inspection", "Task_RecordInspections",
                "Task_CollectFacts", "Rule_PermitDecision", "Task_RecordAdvice", "decide-permit", "Gateway_Decision",
                "Task_Grant", "End_Granted");
        path.awaitCompleted(inspection.processInstanceKey(), "End_Compliant");
        assertThat(path.elementIds(inspection.processInstanceKey())).containsExactly("Start_InspectionRequested",
                "Task_OpenInspection", "Task_ScheduleInspection", "Gateway_Announced", "Gateway_AnnounceJoin",
                "Task_VisitAddress", "Gateway_Access", "Task_RecordChecklist", "Task_EvaluateFacts", "Task_SendReport",
                "Gateway_Signals", "Gateway_Verdict", "End_Compliant");
        assertThat(inspection.reason()).isEqualTo(InspectionReason.PERMIT_APPLICATION);
        assertThat(inspection.requestingCaseId()).isEqualTo(granted.submission().caseId());
        assertThat(inspection.verdict()).isEqualTo("COMPLIANT");

        Permit permit = permits.find(granted.permitId()).orElseThrow();
        assertThat(permit.status()).isEqualTo(Permit.Status.CURRENT);
        assertThat(permit.permitNumber()).isEqualTo(granted.caseNumber().replace("VA-", "VV-"));
        assertThat(permit.holderName()).isEqualTo(PermitApplicationForm.APPLICANT);
        assertThat(permit.addresses()).singleElement().satisfies(a -> {
            assertThat(a.oneLine()).contains(PermitApplicationForm.STREET_AND_NUMBER);
            assertThat(a.addressId()).isEqualTo(inspection.addressId());
            assertThat(a.maxOccupants()).isEqualTo(PermitApplicationForm.OCCUPANTS);
        });

        StoredLetter report = only(letters.lettersOfCase(inspection.caseNumber()), LetterKind.INSPECTIERAPPORT);
        assertThat(report.id()).isEqualTo(inspection.reportLetterId());
        assertThat(LetterText.of(report)).contains(inspection.caseNumber()).contains(PermitApplicationForm.STREET_AND_NUMBER);
        assertThat(letters.lettersOfCase(granted.caseNumber())).extracting(StoredLetter::kind)
                .containsExactly(LetterKind.ONTVANGSTBEVESTIGING_AANVRAAG, LetterKind.VERGUNNING_VERLEEND);
        assertThat(LetterText.of(only(letters.lettersOfCase(granted.caseNumber()), LetterKind.VERGUNNING_VERLEEND)))
                .contains(permit.permitNumber()).contains(PermitApplicationForm.STREET_AND_NUMBER);

        // The row of this permit in the public register: number, address, holder, end date and occupants.
        String register = new JourneyClient(port, null).get("/register/vergunningen").body();
        assertThat(Pattern.compile("<tr>.*?</tr>", Pattern.DOTALL).matcher(register).results().map(MatchResult::group))
                .anySatisfy(row -> assertThat(row).contains(permit.permitNumber(), permit.addresses().get(0).oneLine(),
                        PermitApplicationForm.APPLICANT, permit.validUntil().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                        "<td>" + PermitApplicationForm.OCCUPANTS + "</td>"));
    }

    @Test
    void seriousFindingsOfTheRealInspectionAdviseRefusalAndStartEnforcement() throws Exception {
        PermitHappyPath journey = new PermitHappyPath(port, context);
        PermitHappyPath.Submission submission = journey.submit();
        Inspection inspection = journey.inspect(submission, ChecklistFacts.serious());
        long application = submission.processInstanceKey();

        assertThat(inspection.verdict()).isEqualTo("SERIOUS");
        ProcessPath path = new ProcessPath(client);
        path.awaitActive(application, PermitHappyPath.DECISION_TASK);
        assertThat(path.elementIds(application)).containsExactly("Start_Submitted", "Task_CheckCompleteness",
                "Gateway_Complete", "Call_Inspection", "Call_Inspection", "Task_RecordInspections",
                "Task_CollectFacts", "Rule_PermitDecision", "Task_RecordAdvice", "decide-permit");
        ProcessVariables variables = new ProcessVariables(client);
        // The embedded engine answers variable searches only for active instances: read them while the task waits.
        assertThat(JSON.readValue(variables.value(application, "inspections"), INSPECTIONS))
                .as("the real inspection's outputs, collected by the multi-instance call activity")
                .containsExactly(Map.of("addressId", inspection.addressId(), "verdict", "SERIOUS", "reportId", inspection.id(),
                        "inspectionCaseId", inspection.caseId()));
        assertThat(variables.value(application, "worstVerdict")).isEqualTo("\"SERIOUS\"");
        assertThat(variables.value(application, "advice")).as("permit-decision.dmn").isEqualTo("\"REFUSE\"");
        assertThat(journey.staff(Role.LEGAL).get("/juridisch/aanvragen/" + submission.caseNumber()).body())
                .contains("Ernstige tekortkomingen").contains("Weigeren");
        path.awaitCompleted(inspection.processInstanceKey(), "End_EnforcementRequested");
        assertThat(path.elementIds(inspection.processInstanceKey())).containsExactly("Start_InspectionRequested",
                "Task_OpenInspection", "Task_ScheduleInspection", "Gateway_Announced", "Gateway_AnnounceJoin",
                "Task_VisitAddress", "Gateway_Access", "Task_RecordChecklist", "Task_EvaluateFacts", "Task_SendReport",
                "Gateway_Signals", "Task_ReferToLabourInspectorate", "Gateway_Verdict", "Task_RequestEnforcement",
                "End_EnforcementRequested");
        assertThat(only(letters.lettersOfCase(inspection.caseNumber()), LetterKind.INSPECTIERAPPORT).id())
                .isEqualTo(inspection.reportLetterId());

        CaseFile enforcementCase = await().atMost(PATIENCE).until(() -> cases.childrenOf(inspection.caseId()).stream()
                .filter(c -> c.type() == CaseType.ENFORCEMENT && c.processInstanceKey() != null).findFirst(),
                Optional::isPresent).orElseThrow();
        long enforcement = enforcementCase.processInstanceKey();
        path.awaitActive(enforcement, "assessBehaviour");
        assertThat(path.elementIds(enforcement)).containsExactly("requested", "openCase", "assessBehaviour");
        assertThat(variables.value(enforcement, "caseId")).isEqualTo(String.valueOf(inspection.caseId()));
        assertThat(variables.value(enforcement, "addressId")).isEqualTo(String.valueOf(inspection.addressId()));
        assertThat(variables.value(enforcement, "landlordId")).isEqualTo(String.valueOf(submission.landlord().landlordId()));
        assertThat(variables.value(enforcement, "violations")).contains("\"SNF-DET\"");
        assertThat(variables.value(enforcement, "reportId")).isEqualTo(String.valueOf(inspection.id()));
        assertThat(variables.value(enforcement, "reportDate")).isEqualTo("\"" + LocalDate.now(clock) + "\"");
        assertThat(permits.ofLandlord(submission.landlord().landlordId())).isEmpty();
    }

    private static StoredLetter only(List<StoredLetter> letters, LetterKind kind) {
        assertThat(letters).extracting(StoredLetter::kind).containsOnlyOnce(kind);
        return letters.stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }
}
