package nl.verhuurtoezicht.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.support.ChecklistFacts;
import nl.verhuurtoezicht.support.JourneyClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Jobs are delivered at least once: the same job five times at once still gives one letter, one referral, one request. */
class WorkerIdempotencyTest extends JourneyTestSupport {

    @Autowired
    InspectionStarter starter;
    @Autowired
    SendReportWorker reportWorker;
    @Autowired
    ReferSignalsWorker referWorker;
    @Autowired
    RequestEnforcementWorker enforcementWorker;
    @Autowired
    EvaluateFactsWorker evaluateWorker;
    @Autowired
    LetterService letters;
    @Autowired
    AuditTrail audit;

    @Test
    void theSameJobFiveTimesAtOnceChangesNothingMore() {
        Address address = fixtures.letAddress();
        long key = starter.start(null, address.id(), InspectionReason.RISK_BASED);
        Inspection inspection = await().atMost(PATIENCE).until(() -> inspections.byProcessInstance(key), Optional::isPresent)
                .orElseThrow();
        schedule(as(coordinator), inspection, false);
        JourneyClient inspectorWeb = as(inspector);
        visit(inspectorWeb, inspection, VisitOutcome.ACCESS);
        submitChecklist(inspectorWeb, inspection, ChecklistFacts.serious());
        Inspection reported = await().atMost(PATIENCE).until(() -> reload(inspection), i -> "REPORTED".equals(i.status()));
        await().atMost(PATIENCE).until(() -> enforcementRequests(reported).size() == 1);
        int findings = inspections.findings(inspection.id()).size();

        fiveTimesAtOnce(() -> evaluateWorker.evaluate(new EvaluateFactsWorker.Input(inspection.id())));
        fiveTimesAtOnce(() -> reportWorker.send(new SendReportWorker.Input(inspection.id())));
        fiveTimesAtOnce(() -> referWorker.refer(new ReferSignalsWorker.Input(inspection.id())));
        fiveTimesAtOnce(() -> enforcementWorker.request(new RequestEnforcementWorker.Input(inspection.id(),
                List.of("SNF-DET"), "2026-11-29")));

        assertThat(inspections.findings(inspection.id())).hasSize(findings);
        assertThat(letters.lettersOfCase(inspection.caseNumber())).hasSize(1);
        assertThat(reload(inspection).reportLetterId()).isEqualTo(reported.reportLetterId());
        assertThat(audit.timeline(inspection.caseNumber())).extracting(e -> e.action())
                .containsOnlyOnce("inspection.evaluated", "inspection.report-sent", "inspection.referred-to-labour-inspectorate");
        assertThat(enforcementRequests(reported)).hasSize(1);
    }

    private List<?> enforcementRequests(Inspection inspection) {
        return tasks.openAt("enforcement", "Task_StubReceived").stream()
                .filter(t -> String.valueOf(inspection.caseId()).equals(variable(t.getProcessInstanceKey(), "caseId")))
                .toList();
    }

    private static void fiveTimesAtOnce(Runnable job) {
        CompletableFuture.allOf(IntStream.range(0, 5).mapToObj(i -> CompletableFuture.runAsync(job))
                .toArray(CompletableFuture[]::new)).join();
    }
}
