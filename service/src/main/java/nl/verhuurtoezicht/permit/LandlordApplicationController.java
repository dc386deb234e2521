package nl.verhuurtoezicht.permit;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.identity.NotFoundException;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.platform.InvalidInputException;
import nl.verhuurtoezicht.property.HousingType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartRequest;

/** The landlord portal for permits: apply, follow the case, supplement, download letters, see permits. */
@Controller
class LandlordApplicationController {

    private final ApplicationIntake intake;
    private final PermitApplications applications;
    private final PermitRegister register;
    private final DocumentUploads uploads;
    private final LetterService letters;

    LandlordApplicationController(ApplicationIntake intake, PermitApplications applications, PermitRegister register,
                                  DocumentUploads uploads, LetterService letters) {
        this.intake = intake;
        this.applications = applications;
        this.register = register;
        this.uploads = uploads;
        this.letters = letters;
    }

    @GetMapping("/verhuurder/aanvragen")
    String list(CurrentUser user, Model model) {
        model.addAttribute("applications", user.landlordId().map(applications::ofLandlord).orElse(List.of()));
        return "permit/landlord-applications";
    }

    @GetMapping("/verhuurder/aanvragen/nieuw")
    String form(Model model) {
        ApplicationForm form = new ApplicationForm();
        form.setSubmissionId(UUID.randomUUID().toString());
        return showForm(model, form, Map.of());
    }

    @PostMapping("/verhuurder/aanvragen")
    String submit(CurrentUser user, @ModelAttribute ApplicationForm form, MultipartRequest request, Model model,
                  HttpServletResponse response) {
        DocumentUploads.Read read = uploads.read(request);
        if (!read.problems().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(model, form, read.problems());
        }
        ApplicationIntake.Submitted submitted;
        try {
            submitted = intake.submit(user, form, read.documents());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(model, form, ApplicationIntake.problemsOf(e));
        } catch (DuplicateKeyException e) {
            // The same form sent twice at the same moment: the other request created the application.
            submitted = intake.submit(user, form, read.documents());
        }
        intake.startProcess(submitted.applicationId());
        return "redirect:/verhuurder/aanvragen/" + submitted.caseNumber();
    }

    @GetMapping("/verhuurder/aanvragen/{caseNumber}")
    String show(CurrentUser user, @PathVariable String caseNumber, Model model) {
        return showApplication(model, intake.ownApplication(user, caseNumber), Map.of());
    }

    @PostMapping("/verhuurder/aanvragen/{caseNumber}/aanvulling")
    String supplement(CurrentUser user, @PathVariable String caseNumber,
                      @RequestParam(required = false) String finesStatement, MultipartRequest request, Model model,
                      HttpServletResponse response) {
        Application application = intake.ownApplication(user, caseNumber);
        DocumentUploads.Read read = uploads.read(request);
        Map<String, String> problems = new LinkedHashMap<>(read.problems());
        if (problems.isEmpty()) {
            try {
                Application supplemented = intake.supplement(user, caseNumber, finesStatement, read.documents());
                intake.announceSupplement(supplemented.id());
                return "redirect:/verhuurder/aanvragen/" + caseNumber + "?aangevuld";
            } catch (InvalidInputException e) {
                problems.put(e.field(), e.messageKey());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showApplication(model, application, problems);
    }

    @GetMapping("/verhuurder/aanvragen/{caseNumber}/brieven/{letterId}")
    ResponseEntity<byte[]> letter(CurrentUser user, @PathVariable String caseNumber, @PathVariable UUID letterId) {
        Application application = intake.ownApplication(user, caseNumber);
        StoredLetter letter = letters.find(letterId).filter(l -> l.caseReference().equals(application.caseNumber()))
                .orElseThrow(() -> new NotFoundException("Letter"));
        return pdf(letter);
    }

    @GetMapping("/verhuurder/vergunningen")
    String permits(CurrentUser user, Model model) {
        model.addAttribute("permits", user.landlordId().map(register::ofLandlord).orElse(List.of()));
        return "permit/landlord-permits";
    }

    static ResponseEntity<byte[]> pdf(StoredLetter letter) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(letter.kenmerk() + ".pdf").build().toString())
                .body(letter.pdf());
    }

    private String showForm(Model model, ApplicationForm form, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("housingTypes", HousingType.values());
        model.addAttribute("documentKinds", DocumentKind.values());
        model.addAttribute("maxMegabytes", uploads.maxMegabytes());
        return "permit/application-form";
    }

    private String showApplication(Model model, Application application, Map<String, String> problems) {
        model.addAttribute("app", application);
        model.addAttribute("steps", applications.steps(application.id()));
        model.addAttribute("documents", applications.documents(application.id()));
        model.addAttribute("letters", letters.lettersOfCase(application.caseNumber()));
        model.addAttribute("documentKinds", DocumentKind.values());
        model.addAttribute("maxMegabytes", uploads.maxMegabytes());
        model.addAttribute("problems", problems);
        return "permit/landlord-application";
    }
}
