package nl.verhuurtoezicht.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.verhuurtoezicht.support.ProcessVariables;
import nl.verhuurtoezicht.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The addresses of one application are inspected in parallel (a multi-instance call activity of {@code inspection})
 * and the worst verdict of all of them goes into the decision facts.
 */
class PermitParallelInspectionTest extends PermitJourneyFixture {

    @Autowired
    ApplicationSteps workerSteps;

    @Test
    void twoAddressesAreInspectedAtOnceAndTheWorstVerdictGoesIntoTheDecision() {
        TestAccounts.Created account = accounts.landlord();
        String firstBagId = randomBagId();
        String secondBagId = randomBagId();
        long first = preRegister(firstBagId, 214, account.landlordId());
        long second = preRegister(secondBagId, 216, account.landlordId());
        verdicts.hold(first);
        verdicts.hold(second);

        String caseNumber = submitTwoAddresses(landlord(account), firstBagId, secondBagId);
        long process = processOf(caseNumber);

        // Both inspections run before either has a verdict.
        await().atMost(TIMEOUT).until(() -> verdicts.waiting.keySet().containsAll(List.of(first, second)));
        List<Long> inspections = verdicts.waiting.values().stream().map(ActivatedJob::getProcessInstanceKey).distinct().toList();
        assertThat(inspections).hasSize(2).allSatisfy(key ->
                assertThat(client.newProcessInstanceGetRequest(key).send().join().getState()).isEqualTo(ProcessInstanceState.ACTIVE));
        // A multi-instance body is listed under its activity's id, live or ended, as Camunda lists it.
        assertThat(path().active(process)).containsExactly("Call_Inspection", "Call_Inspection", "Call_Inspection");
        Application inInspection = applications.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(inInspection.status()).isEqualTo(ApplicationStatus.IN_INSPECTION);
        assertThat(inInspection.addresses()).extracting(Application.ApplicationAddress::verdict).containsOnlyNulls();
        assertThat(verdicts.calls).filteredOn(c -> c.caseId() == inInspection.caseId())
                .extracting(InspectionStub.Call::addressId, InspectionStub.Call::reason)
                .containsExactlyInAnyOrder(tuple(first, "PERMIT_APPLICATION"),
                        tuple(second, "PERMIT_APPLICATION"));

        verdicts.release(client, first, "COMPLIANT");
        await().atMost(TIMEOUT).until(() -> path().active(process).equals(List.of("Call_Inspection", "Call_Inspection")));
        assertThat(applications.findByCaseNumber(caseNumber).orElseThrow().worstVerdict()).as("not before all are done").isNull();
        verdicts.release(client, second, "DEFICIENT");

        path().awaitActive(process, "decide-permit");
        assertThat(path().elementIds(process)).containsExactly("Start_Submitted", "Task_CheckCompleteness",
                "Gateway_Complete", "Call_Inspection", "Call_Inspection", "Call_Inspection",
                "Task_RecordInspections", "Task_CollectFacts", "Rule_PermitDecision", "Task_RecordAdvice", "decide-permit");
        ProcessVariables variables = new ProcessVariables(client);
        assertThat(variables.value(process, "worstVerdict")).as("decision facts").isEqualTo("\"DEFICIENT\"");
        assertThat(variables.value(process, "advice")).as("permit-decision.dmn").isEqualTo("\"GRANT_WITH_CONDITIONS\"");
        Application advised = applications.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(advised.worstVerdict()).isEqualTo("DEFICIENT");
        assertThat(advised.advice()).isEqualTo("GRANT_WITH_CONDITIONS");
        Map<Long, String> byAddress = advised.addresses().stream().collect(Collectors.toMap(
                Application.ApplicationAddress::addressId, Application.ApplicationAddress::verdict));
        assertThat(byAddress).containsExactlyInAnyOrderEntriesOf(Map.of(first, "COMPLIANT", second, "DEFICIENT"));
        assertThat(advised.addresses()).extracting(Application.ApplicationAddress::reportId)
                .containsExactlyInAnyOrder(9_000_000L + first, 9_000_000L + second);
        assertThat(steps(caseNumber)).containsExactly(ApplicationStep.SUBMITTED, ApplicationStep.COMPLETE,
                ApplicationStep.INSPECTED, ApplicationStep.ADVISED);
        assertThat(legal().get("/juridisch/aanvragen/" + caseNumber).body())
                .contains("Verlenen met voorschriften").containsPattern("id=\"worst-verdict\">Tekortkomingen<");
    }

    @Test
    void recordingTheInspectionsTwiceUnderOneJobKeyRecordsOneStepAndBadOutcomesChangeNothing() {
        TestAccounts.Created account = accounts.landlord();
        String caseNumber = submit(landlord(account), randomBagId(), PermitApplicationJourneyTest.ALL, "geen");
        path().awaitActive(processOf(caseNumber), "decide-permit");
        Application advised = applications.findByCaseNumber(caseNumber).orElseThrow();
        long addressId = advised.addresses().get(0).addressId();
        List<RecordInspectionsWorker.Inspection> deficient = List.of(
                new RecordInspectionsWorker.Inspection(addressId, "DEFICIENT", 1L, 2L));

        assertThat(workerSteps.recordInspections(advised.id(), deficient, "redelivered-record")).isEqualTo("DEFICIENT");
        assertThat(workerSteps.recordInspections(advised.id(), deficient, "redelivered-record")).isEqualTo("DEFICIENT");

        assertThat(steps(caseNumber).stream().filter(s -> s == ApplicationStep.INSPECTED)).hasSize(2);
        assertThat(applications.findByCaseNumber(caseNumber).orElseThrow().worstVerdict()).isEqualTo("DEFICIENT");
        assertThat(catchThrowable(() -> workerSteps.recordInspections(advised.id(),
                List.of(new RecordInspectionsWorker.Inspection(addressId + 1_000_000, "COMPLIANT", null, null)), "other")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("addresses");
        assertThat(catchThrowable(() -> workerSteps.recordInspections(advised.id(),
                List.of(new RecordInspectionsWorker.Inspection(addressId, "GOOD", null, null)), "other")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GOOD");
        assertThat(applications.findByCaseNumber(caseNumber).orElseThrow().addresses().get(0).verdict()).isEqualTo("DEFICIENT");
    }
}
