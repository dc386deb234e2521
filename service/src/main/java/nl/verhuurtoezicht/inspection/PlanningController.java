package nl.verhuurtoezicht.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.identity.Account;
import nl.verhuurtoezicht.identity.AccountRepository;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.identity.NotFoundException;
import nl.verhuurtoezicht.identity.Role;
import nl.verhuurtoezicht.property.PropertyRegister;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's planning: inspections waiting for an inspector and a date, and risk-based proposals. */
@Controller
@RequestMapping("/toezicht/planning")
class PlanningController {

    static final String SCHEDULE_TASK = "Task_ScheduleInspection";

    private final InspectionRegister inspections;
    private final PropertyRegister property;
    private final AccountRepository accounts;
    private final UserTasks tasks;
    private final RiskProposals risk;
    private final InspectionStarter starter;
    private final AuditTrail audit;
    private final InspectionProperties properties;
    private final Clock clock;

    PlanningController(InspectionRegister inspections, PropertyRegister property, AccountRepository accounts,
                       UserTasks tasks, RiskProposals risk, InspectionStarter starter, AuditTrail audit,
                       InspectionProperties properties, Clock clock) {
        this.inspections = inspections;
        this.property = property;
        this.accounts = accounts;
        this.tasks = tasks;
        this.risk = risk;
        this.starter = starter;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping
    String planning(CurrentUser user, Model model) {
        List<Inspection> waiting = inspections.visibleList(user).stream()
                .filter(i -> "TO_SCHEDULE".equals(i.status())).toList();
        Map<Long, String> addresses = new LinkedHashMap<>();
        waiting.forEach(i -> property.address(i.addressId()).ifPresent(a -> addresses.put(a.id(), a.oneLine())));
        model.addAttribute("waiting", waiting);
        model.addAttribute("addresses", addresses);
        model.addAttribute("inspectors", inspectors());
        model.addAttribute("proposals", risk.proposals());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("defaultVisitTime", properties.defaultVisitTime());
        return "inspection/planning";
    }

    @PostMapping("/{id}")
    String schedule(@PathVariable long id, @RequestParam(required = false) String inspector,
                    @RequestParam(required = false) String date, @RequestParam(required = false) String time,
                    @RequestParam(defaultValue = "false") boolean announced,
                    CurrentUser user, RedirectAttributes redirect) {
        Inspection inspection = inspections.find(id).orElseThrow(() -> new NotFoundException("inspection " + id));
        Map<String, String> problems = new LinkedHashMap<>();
        if (inspectors().stream().noneMatch(a -> a.username().equals(inspector))) {
            problems.put("inspector-" + id, "inspection.planning.error.inspector");
        }
        LocalDate day = null;
        try {
            day = date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null || day.isBefore(LocalDate.now(clock))) {
            problems.put("date-" + id, "inspection.planning.error.date");
        }
        LocalTime start = properties.defaultVisitTime();
        if (time != null && !time.isBlank()) {
            try {
                start = LocalTime.parse(time.strip());
            } catch (DateTimeParseException e) {
                problems.put("time-" + id, "inspection.planning.error.time");
            }
        }
        if (problems.isEmpty() && tasks.open(inspection.processInstanceKey(), SCHEDULE_TASK).isEmpty()) {
            problems.put("inspector-" + id, "inspection.planning.error.notOpen");
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/toezicht/planning";
        }
        inspections.schedule(id, inspector, day, start, announced);
        audit.record(user.actor(), "inspection.scheduled", inspection.caseNumber(), inspection.status(),
                "inspector=" + inspector + ", date=" + day + ", time=" + start + ", announced=" + announced);
        tasks.complete(inspection.processInstanceKey(), SCHEDULE_TASK,
                Map.of("inspector", inspector, "scheduledOn", day.toString(), "announced", announced));
        redirect.addFlashAttribute("scheduled", inspection.caseNumber());
        return "redirect:/toezicht/planning";
    }

    @PostMapping("/risico")
    String startRiskBased(@RequestParam long addressId, CurrentUser user, RedirectAttributes redirect) {
        if (risk.proposals().stream().noneMatch(p -> p.addressId() == addressId)) {
            throw new NotFoundException("proposal for address " + addressId);
        }
        long key = starter.start(null, addressId, InspectionReason.RISK_BASED);
        audit.record(user.actor(), "inspection.risk-based-started", "adres-" + addressId, null, "process=" + key);
        redirect.addFlashAttribute("started", true);
        return "redirect:/toezicht/planning";
    }

    private List<Account> inspectors() {
        return accounts.all().stream().filter(a -> a.enabled() && a.roles().contains(Role.INSPECTOR)).toList();
    }
}
