package nl.verhuurtoezicht.complaint;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.identity.NotFoundException;
import nl.verhuurtoezicht.inspection.UserTasks;
import nl.verhuurtoezicht.platform.InvalidInputException;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.BagId;
import nl.verhuurtoezicht.property.PropertyRegister;
import org.jooq.Record;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's triage of meldpunt reports: dismiss with a reason, link to an existing case, or inspect. */
@Controller
@RequestMapping("/toezicht/meldingen")
class TriageController {

    static final String TRIAGE_TASK = "Task_TriageReport";

    private final MeldpuntReports reports;
    private final CaseRegister cases;
    private final PropertyRegister property;
    private final UserTasks tasks;
    private final AuditTrail audit;

    TriageController(MeldpuntReports reports, CaseRegister cases, PropertyRegister property, UserTasks tasks,
                     AuditTrail audit) {
        this.reports = reports;
        this.cases = cases;
        this.property = property;
        this.tasks = tasks;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("reports", reports.waitingForTriage());
        return "complaint/triage-list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("report", reports.find(id).orElseThrow(() -> new NotFoundException("meldpunt report " + id)));
        model.addAttribute("photoIds", reports.photoIds(id));
        return "complaint/triage";
    }

    @PostMapping("/{id}")
    String triage(@PathVariable long id, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String caseNumber,
                  @RequestParam(required = false) String bagId, CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        MeldpuntReport report = reports.find(id).orElseThrow(() -> new NotFoundException("meldpunt report " + id));
        Map<String, String> problems = new LinkedHashMap<>();
        Long linkedCaseId = null;
        Long addressId = null;
        if (outcome == null || !outcome.matches("DISMISS|LINK|INSPECT")) {
            problems.put("outcome", "triage.error.outcome");
        } else if (outcome.equals("DISMISS") && (reason == null || reason.isBlank())) {
            problems.put("reason", "triage.error.reason");
        } else if (outcome.equals("LINK")) {
            CaseFile linked = caseNumber == null ? null : cases.findByNumber(caseNumber.strip()).orElse(null);
            if (linked == null || linked.id() == report.caseId()) {
                problems.put("caseNumber", "triage.error.caseNumber");
            } else {
                linkedCaseId = linked.id();
                addressId = linked.addressId();
            }
        } else if (outcome.equals("INSPECT")) {
            Address address = registeredAddress(bagId);
            if (address == null) {
                problems.put("bagId", "triage.error.bagId");
            } else {
                addressId = address.id();
            }
        }
        if (reason != null && reason.length() > 2000) {
            problems.put("reason", "triage.error.tooLong");
        }
        if (!problems.isEmpty()) {
            model.addAttribute("report", report);
            model.addAttribute("photoIds", reports.photoIds(id));
            model.addAttribute("problems", problems);
            return "complaint/triage";
        }
        if (reports.triage(id, outcome, reason == null || reason.isBlank() ? null : reason.strip(), linkedCaseId, addressId)) {
            audit.record(user.actor(), "meldpunt.triaged", report.caseNumber(), report.status(), outcome);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("triageOutcome", outcome);
        variables.put("addressId", addressId);
        tasks.complete(report.processInstanceKey(), TRIAGE_TASK, variables);
        redirect.addFlashAttribute("triaged", report.caseNumber());
        return "redirect:/toezicht/meldingen";
    }

    @GetMapping("/{id}/fotos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        Record photo = reports.photo(id, photoId).orElseThrow(() -> new NotFoundException("photo"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.get(0, String.class)))
                .header("X-Content-Type-Options", "nosniff").body(photo.get(1, byte[].class));
    }

    private Address registeredAddress(String bagId) {
        try {
            return property.addressByBagId(BagId.parse(bagId)).orElse(null);
        } catch (InvalidInputException e) {
            return null;
        }
    }
}
