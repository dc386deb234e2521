package nl.verhuurtoezicht.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.identity.NotFoundException;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.PropertyRegister;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inspector's pages: today's inspections, the visit outcome, the phone checklist with its draft and photos, and
 * the case page with the findings. An inspector only ever sees inspections assigned to them.
 */
@Controller
@RequestMapping("/toezicht/inspecties")
class InspectionController {

    static final String VISIT_TASK = "Task_VisitAddress";
    static final String CHECKLIST_TASK = "Task_RecordChecklist";
    private static final int MAX_DRAFT_CHARS = 64_000;

    private final InspectionRegister inspections;
    private final PropertyRegister property;
    private final UserTasks tasks;
    private final PhotoCheck photoCheck;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Clock clock;

    InspectionController(InspectionRegister inspections, PropertyRegister property, UserTasks tasks, PhotoCheck photoCheck,
                         AuditTrail audit, ObjectMapper json, Clock clock) {
        this.inspections = inspections;
        this.property = property;
        this.tasks = tasks;
        this.photoCheck = photoCheck;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        List<Inspection> visible = inspections.visibleList(user);
        model.addAttribute("inspections", visible);
        model.addAttribute("addresses", addresses(visible));
        model.addAttribute("today", LocalDate.now(clock));
        return "inspection/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        Inspection inspection = inspections.visibleTo(id, user);
        model.addAttribute("inspection", inspection);
        model.addAttribute("address", property.address(inspection.addressId()).orElseThrow());
        model.addAttribute("findings", inspections.findings(id));
        model.addAttribute("photos", inspections.photos(id));
        model.addAttribute("referral", inspections.referral(id).orElse(null));
        model.addAttribute("mine", user.username().equals(inspection.inspector()));
        model.addAttribute("outcomes", VisitOutcome.values());
        return "inspection/detail";
    }

    @PostMapping("/{id}/bezoek")
    String recordVisit(@PathVariable long id, @RequestParam(required = false) String outcome, CurrentUser user,
                       RedirectAttributes redirect) {
        Inspection inspection = assignedTo(id, user);
        VisitOutcome visit = parseOutcome(outcome);
        if (visit == null) {
            redirect.addFlashAttribute("problem", "inspection.visit.error.outcome");
            return "redirect:/toezicht/inspecties/" + id;
        }
        if (tasks.open(inspection.processInstanceKey(), VISIT_TASK).isEmpty()) {
            redirect.addFlashAttribute("problem", "inspection.visit.error.notOpen");
            return "redirect:/toezicht/inspecties/" + id;
        }
        inspections.recordVisit(id, LocalDate.now(clock), visit, user.username());
        audit.record(user.actor(), "inspection.visit-recorded", inspection.caseNumber(), inspection.status(), visit.name());
        tasks.complete(inspection.processInstanceKey(), VISIT_TASK, Map.of("visitOutcome", visit.name()));
        return visit == VisitOutcome.ACCESS ? "redirect:/toezicht/inspecties/" + id + "/checklist"
                : "redirect:/toezicht/inspecties/" + id;
    }

    @GetMapping("/{id}/checklist")
    String checklist(@PathVariable long id, CurrentUser user, Model model) {
        Inspection inspection = assignedTo(id, user);
        if (inspection.submitted()) {
            return "redirect:/toezicht/inspecties/" + id;
        }
        fillChecklistModel(model, inspection);
        return "inspection/checklist";
    }

    @PostMapping("/{id}/checklist")
    String submitChecklist(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields, CurrentUser user,
                           Model model) {
        Inspection inspection = assignedTo(id, user);
        if (!inspection.submitted()) {
            Address address = property.address(inspection.addressId()).orElseThrow();
            ChecklistForm.Result result = ChecklistForm.read(json, fields, address, LocalDate.now(clock));
            if (!result.problems().isEmpty()) {
                fillChecklistModel(model, inspection);
                model.addAttribute("problems", result.problems());
                model.addAttribute("v", ChecklistValues.of(fields));
                return "inspection/checklist";
            }
            if (inspections.submit(id, result.factsJson(), result.notes())) {
                audit.record(user.actor(), "inspection.checklist-submitted", inspection.caseNumber(), null, "submitted");
            }
        }
        // Also after a repeated submit: the task is completed at most once, and a lost completion is made good here.
        tasks.complete(inspection.processInstanceKey(), CHECKLIST_TASK, Map.of());
        return "redirect:/toezicht/inspecties/" + id + "?ingediend";
    }

    /** Saves the draft the phone sends while the inspector types; an older draft never overwrites a newer one. */
    @PostMapping(path = "/{id}/concept", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> saveDraft(@PathVariable long id, @RequestBody String body, CurrentUser user) {
        Inspection inspection = assignedTo(id, user);
        if (body.length() > MAX_DRAFT_CHARS) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("error", "draft too large"));
        }
        JsonNode draft;
        try {
            draft = json.readTree(body);
        } catch (Exception e) {
            return ResponseEntity.badRequest().body(Map.of("error", "draft is not JSON"));
        }
        if (!draft.path("revision").canConvertToLong() || !draft.path("fields").isObject()) {
            return ResponseEntity.badRequest().body(Map.of("error", "draft needs a numeric revision and an object of fields"));
        }
        if (inspection.submitted()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "already submitted"));
        }
        long revision = draft.path("revision").asLong();
        boolean saved = inspections.saveDraft(id, revision, draft.path("fields").toString());
        return ResponseEntity.ok(Map.of("saved", saved, "revision", saved ? revision : inspection.draftRevision()));
    }

    @PostMapping("/{id}/fotos")
    String uploadPhoto(@PathVariable long id, @RequestParam(required = false) MultipartFile photo,
                       @RequestParam(defaultValue = "algemeen") String attachedTo, CurrentUser user,
                       RedirectAttributes redirect) {
        Inspection inspection = assignedTo(id, user);
        String target = attachedTo.length() > 60 || !attachedTo.matches("[a-z0-9.-]+") ? "algemeen" : attachedTo;
        try {
            Optional<PhotoCheck.CheckedPhoto> checked = photoCheck.check(photo);
            if (checked.isEmpty()) {
                redirect.addFlashAttribute("photoProblem", "photo.error.missing");
            } else {
                inspections.addPhoto(id, target, checked.get().contentType(), checked.get().content());
                audit.record(user.actor(), "inspection.photo-added", inspection.caseNumber(), null, target);
                redirect.addFlashAttribute("photoAdded", true);
            }
        } catch (PhotoCheck.RejectedPhoto e) {
            redirect.addFlashAttribute("photoProblem", e.messageKey());
        }
        return "redirect:/toezicht/inspecties/" + id + (inspection.submitted() ? "" : "/checklist") + "#foto";
    }

    @GetMapping("/{id}/fotos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId, CurrentUser user) {
        inspections.visibleTo(id, user);
        InspectionRegister.Photo photo = inspections.photo(id, photoId).orElseThrow(() -> new NotFoundException("photo"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header("X-Content-Type-Options", "nosniff").body(photo.content());
    }

    private void fillChecklistModel(Model model, Inspection inspection) {
        model.addAttribute("inspection", inspection);
        model.addAttribute("address", property.address(inspection.addressId()).orElseThrow());
        model.addAttribute("rooms", java.util.stream.IntStream.rangeClosed(1, ChecklistForm.ROOMS).boxed().toList());
        model.addAttribute("detectors", java.util.stream.IntStream.rangeClosed(1, ChecklistForm.SMOKE_DETECTORS).boxed().toList());
        model.addAttribute("roomTypes", nl.verhuurtoezicht.rules.RoomType.values());
        model.addAttribute("signals", ChecklistForm.OBSERVABLE_SIGNALS);
        model.addAttribute("photos", inspections.photos(inspection.id()));
        model.addAttribute("draftRevision", inspection.draftRevision());
        model.addAttribute("v", ChecklistValues.ofDraft(json, inspection.draftJson()));
        model.addAttribute("photoMaxMb", photoCheck.maxBytes() / (1024 * 1024));
    }

    /** Only the assigned inspector records a visit or the checklist; to anyone else the inspection does not exist. */
    private Inspection assignedTo(long id, CurrentUser user) {
        Inspection inspection = inspections.find(id).orElseThrow(() -> new NotFoundException("inspection " + id));
        if (!user.username().equals(inspection.inspector())) {
            throw new NotFoundException("inspection " + id);
        }
        return inspection;
    }

    private Map<Long, Address> addresses(List<Inspection> list) {
        Map<Long, Address> byId = new java.util.HashMap<>();
        list.forEach(i -> property.address(i.addressId()).ifPresent(a -> byId.put(a.id(), a)));
        return byId;
    }

    private static VisitOutcome parseOutcome(String outcome) {
        for (VisitOutcome v : VisitOutcome.values()) {
            if (v.name().equals(outcome)) {
                return v;
            }
        }
        return null;
    }
}
