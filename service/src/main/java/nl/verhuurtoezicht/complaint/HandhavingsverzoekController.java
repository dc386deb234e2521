package nl.verhuurtoezicht.complaint;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.cases.CaseType;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.identity.NotFoundException;
import nl.verhuurtoezicht.inspection.Inspection;
import nl.verhuurtoezicht.inspection.InspectionRegister;
import nl.verhuurtoezicht.inspection.UserTasks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Legal staff decide on a handhavingsverzoek once triage (and any inspection) is done: grant or refuse, with reasons
 * (Awb 3:46). The college decides on an aanvraag; legal staff do so under mandate. Recording the decision completes
 * {@code Task_DecideHandhavingsverzoek}; the process then sends the besluit to the requester.
 */
@Controller
@RequestMapping("/juridisch/handhavingsverzoeken")
class HandhavingsverzoekController {

    static final String DECISION_TASK = "Task_DecideHandhavingsverzoek";
    static final int MAX_REQUEST = 1000;
    static final int MAX_TEXT = 5000;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final MeldpuntReports reports;
    private final CaseRegister cases;
    private final InspectionRegister inspections;
    private final UserTasks tasks;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    HandhavingsverzoekController(MeldpuntReports reports, CaseRegister cases, InspectionRegister inspections,
                                 UserTasks tasks, AuditTrail audit, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.cases = cases;
        this.inspections = inspections;
        this.tasks = tasks;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        List<MeldpuntReport> waiting = tasks.openAt(MeldpuntService.PROCESS_ID, DECISION_TASK).stream()
                .map(t -> reports.byProcessInstance(t.getProcessInstanceKey()))
                .flatMap(Optional::stream).toList();
        model.addAttribute("reports", waiting);
        return "complaint/decision-list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        MeldpuntReport report = handhavingsverzoek(id);
        show(report, model);
        model.addAttribute("request", suggestedRequest(report));
        return "complaint/decision";
    }

    @PostMapping("/{id}")
    String decide(@PathVariable long id, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String request, @RequestParam(required = false) String addition,
                  @RequestParam(required = false) String reasons, CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        MeldpuntReport report = handhavingsverzoek(id);
        Map<String, String> problems = new LinkedHashMap<>();
        DecisionOutcome decided = Arrays.stream(DecisionOutcome.values()).filter(o -> o.name().equals(outcome))
                .findFirst().orElse(null);
        if (decided == null) {
            problems.put("outcome", "decision.error.outcome");
        }
        if (blank(request)) {
            problems.put("request", "decision.error.request");
        } else if (request.strip().length() > MAX_REQUEST) {
            problems.put("request", "triage.error.tooLong");
        }
        if (addition != null && addition.strip().length() > MAX_TEXT) {
            problems.put("addition", "triage.error.tooLong");
        }
        if (blank(reasons)) {
            problems.put("reasons", "decision.error.reasons");
        } else if (reasons.strip().length() > MAX_TEXT) {
            problems.put("reasons", "triage.error.tooLong");
        }
        if (problems.isEmpty() && tasks.open(report.processInstanceKey(), DECISION_TASK).isEmpty()) {
            problems.put("outcome", "decision.error.notOpen");
        }
        if (!problems.isEmpty()) {
            show(report, model);
            model.addAttribute("problems", problems);
            model.addAttribute("request", request);
            model.addAttribute("addition", addition);
            model.addAttribute("reasons", reasons);
            return "complaint/decision";
        }
        if (reports.recordDecision(id, decided, request.strip(), decided.dictum(addition), reasons.strip(),
                user.username(), OffsetDateTime.now(clock))) {
            audit.record(user.actor(), "meldpunt.decided", report.caseNumber(), report.status(), decided.name());
        }
        tasks.complete(report.processInstanceKey(), DECISION_TASK, Map.of("decision", decided.name()));
        redirect.addFlashAttribute("decided", report.caseNumber());
        return "redirect:/juridisch/handhavingsverzoeken";
    }

    private void show(MeldpuntReport report, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("inspection", inspectionOf(report).orElse(null));
        model.addAttribute("decision", reports.decision(report.id()).orElse(null));
        model.addAttribute("open", tasks.open(report.processInstanceKey(), DECISION_TASK).isPresent());
        model.addAttribute("outcomes", DecisionOutcome.values());
    }

    private MeldpuntReport handhavingsverzoek(long id) {
        return reports.find(id).filter(MeldpuntReport::handhavingsverzoek)
                .orElseThrow(() -> new NotFoundException("handhavingsverzoek " + id));
    }

    private Optional<Inspection> inspectionOf(MeldpuntReport report) {
        return cases.childrenOf(report.caseId()).stream().filter(c -> c.type() == CaseType.INSPECTION)
                .map(CaseFile::id).map(inspections::byCase).flatMap(Optional::stream).findFirst();
    }

    /** "op te treden tegen wat u meldde: …" from the categories the requester ticked; legal staff may rewrite it. */
    private String suggestedRequest(MeldpuntReport report) {
        String what = Arrays.stream(report.categories().split(",")).filter(c -> !c.isBlank())
                .map(c -> messages.getMessage("meldpunt.category." + c, null, c, DUTCH).toLowerCase(DUTCH))
                .collect(Collectors.joining("; "));
        return "op te treden tegen wat u meldde: " + what + ".";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
