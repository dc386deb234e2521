package nl.verhuurtoezicht.inspection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.identity.NotFoundException;
import nl.verhuurtoezicht.property.PropertyRegister;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Legal staff take over inspections where the inspectors could not get in: refusing to cooperate with toezicht is a
 * violation of its own (Awb 5:20). They record what they decided to do, which ends the inspection with NO_ACCESS.
 */
@Controller
@RequestMapping("/juridisch/geen-toegang")
class NoAccessController {

    static final String ESCALATION_TASK = "Task_EscalateNoAccess";
    private static final int MAX_NOTE = 2000;

    private final InspectionRegister inspections;
    private final PropertyRegister property;
    private final UserTasks tasks;
    private final CaseRegister cases;
    private final AuditTrail audit;

    NoAccessController(InspectionRegister inspections, PropertyRegister property, UserTasks tasks, CaseRegister cases,
                       AuditTrail audit) {
        this.inspections = inspections;
        this.property = property;
        this.tasks = tasks;
        this.cases = cases;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        List<Inspection> escalated = inspections.withStatus("ESCALATED_NO_ACCESS");
        Map<Long, String> addresses = new LinkedHashMap<>();
        escalated.forEach(i -> property.address(i.addressId()).ifPresent(a -> addresses.put(a.id(), a.oneLine())));
        model.addAttribute("escalated", escalated);
        model.addAttribute("addresses", addresses);
        return "inspection/no-access";
    }

    @PostMapping("/{id}")
    String handle(@PathVariable long id, @RequestParam(required = false) String note, CurrentUser user,
                  RedirectAttributes redirect) {
        Inspection inspection = inspections.find(id).filter(i -> "ESCALATED_NO_ACCESS".equals(i.status()))
                .orElseThrow(() -> new NotFoundException("escalated inspection " + id));
        if (note == null || note.isBlank() || note.length() > MAX_NOTE) {
            redirect.addFlashAttribute("problems", Map.of("note-" + id, "inspection.noAccess.error.note"));
            return "redirect:/juridisch/geen-toegang";
        }
        if (tasks.complete(inspection.processInstanceKey(), ESCALATION_TASK, Map.of())) {
            inspections.updateFailedVisits(id, inspection.failedVisits(), "CLOSED_NO_ACCESS");
            cases.close(inspection.caseId(), "CLOSED_NO_ACCESS");
            audit.record(user.actor(), "inspection.no-access-handled", inspection.caseNumber(), inspection.status(),
                    note.strip());
        }
        redirect.addFlashAttribute("handled", inspection.caseNumber());
        return "redirect:/juridisch/geen-toegang";
    }
}
