package nl.verhuurtoezicht.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.search.response.UserTask;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.cases.CaseType;
import nl.verhuurtoezicht.inspection.Inspection;
import nl.verhuurtoezicht.inspection.InspectionRegister;
import nl.verhuurtoezicht.inspection.UserTasks;
import nl.verhuurtoezicht.inspection.VisitOutcome;

/**
 * The people's steps of process {@code inspection}, through their pages: the coordinator plans, the inspector records
 * the visit and the checklist. Each step first waits until its user task is visible to the page (with a Camunda
 * cluster the task search reads exported data, so it lags the engine a little).
 */
public final class InspectionSteps {

    public static final String SCHEDULE_TASK = "Task_ScheduleInspection";
    public static final String VISIT_TASK = "Task_VisitAddress";
    public static final String CHECKLIST_TASK = "Task_RecordChecklist";

    private final UserTasks tasks;
    private final InspectionRegister inspections;
    private final CaseRegister cases;
    private final Clock clock;
    private final Duration patience;

    public InspectionSteps(UserTasks tasks, InspectionRegister inspections, CaseRegister cases, Clock clock,
                           Duration patience) {
        this.tasks = tasks;
        this.inspections = inspections;
        this.cases = cases;
        this.clock = clock;
        this.patience = patience;
    }

    public UserTask awaitTask(long processInstanceKey, String elementId) {
        return await().atMost(patience).until(() -> tasks.open(processInstanceKey, elementId), Optional::isPresent)
                .orElseThrow();
    }

    /** The inspection (TZ case) that the case with this id asked for. */
    public Inspection awaitRequestedBy(long requestingCaseId) {
        CaseFile tz = await().atMost(patience).until(() -> cases.childrenOf(requestingCaseId).stream()
                .filter(c -> c.type() == CaseType.INSPECTION).findFirst(), Optional::isPresent).orElseThrow();
        return await().atMost(patience).until(() -> inspections.byCase(tz.id()), Optional::isPresent).orElseThrow();
    }

    /** The coordinator plans the inspection on the planning page for today. */
    public void schedule(JourneyClient coordinator, Inspection inspection, String inspector, boolean announced) {
        awaitTask(inspection.processInstanceKey(), SCHEDULE_TASK);
        assertThat(coordinator.get("/toezicht/planning").body()).contains(inspection.caseNumber());
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("inspector", inspector),
                Map.entry("date", LocalDate.now(clock).toString())));
        if (announced) {
            fields.add(Map.entry("announced", "true"));
        }
        HttpResponse<String> response = coordinator.form("/toezicht/planning/" + inspection.id(), fields);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(inspections.find(inspection.id()).orElseThrow().status()).isEqualTo("SCHEDULED");
    }

    /** The inspector records at the door whether they got in. */
    public HttpResponse<String> visit(JourneyClient inspector, Inspection inspection, VisitOutcome outcome) {
        awaitTask(inspection.processInstanceKey(), VISIT_TASK);
        assertThat(inspector.get("/toezicht/inspecties/" + inspection.id()).body()).contains("record-visit");
        return inspector.form("/toezicht/inspecties/" + inspection.id() + "/bezoek", List.of(Map.entry("outcome", outcome.name())));
    }

    public HttpResponse<String> submitChecklist(JourneyClient inspector, Inspection inspection,
                                                List<Map.Entry<String, String>> fields) {
        awaitTask(inspection.processInstanceKey(), CHECKLIST_TASK);
        assertThat(inspector.get("/toezicht/inspecties/" + inspection.id() + "/checklist").statusCode()).isEqualTo(200);
        return inspector.form("/toezicht/inspecties/" + inspection.id() + "/checklist", fields);
    }
}
