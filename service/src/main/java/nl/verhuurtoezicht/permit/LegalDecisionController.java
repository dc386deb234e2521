package nl.verhuurtoezicht.permit;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.identity.NotFoundException;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.platform.InvalidInputException;
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

/** Legal staff: the worklist of open decisions and the case page with the decision form. */
@Controller
class LegalDecisionController {

    private final LegalDecisions decisions;
    private final BibobAdvices bibob;
    private final LetterService letters;

    LegalDecisionController(LegalDecisions decisions, BibobAdvices bibob, LetterService letters) {
        this.decisions = decisions;
        this.bibob = bibob;
        this.letters = letters;
    }

    @GetMapping("/juridisch/taken")
    String worklist(Model model) {
        model.addAttribute("decisions", decisions.worklist());
        return "permit/legal-worklist";
    }

    @GetMapping("/juridisch/aanvragen/{caseNumber}")
    String show(@PathVariable String caseNumber, Model model) {
        return showCase(model, decisions.application(caseNumber), Map.of(), null, null);
    }

    @GetMapping("/juridisch/aanvragen/{caseNumber}/documenten/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable long documentId) {
        UploadedDocument document = decisions.document(decisions.application(caseNumber), documentId)
                .orElseThrow(() -> new NotFoundException("Document"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .body(document.content());
    }

    @GetMapping("/juridisch/aanvragen/{caseNumber}/brieven/{letterId}")
    ResponseEntity<byte[]> letter(@PathVariable String caseNumber, @PathVariable UUID letterId) {
        return LandlordApplicationController.pdf(letters.find(letterId)
                .filter(l -> l.caseReference().equals(caseNumber)).orElseThrow(() -> new NotFoundException("Letter")));
    }

    @PostMapping("/juridisch/aanvragen/{caseNumber}/toewijzen")
    String assign(CurrentUser user, @PathVariable String caseNumber) {
        decisions.assignToMe(user, caseNumber);
        return "redirect:/juridisch/aanvragen/" + caseNumber;
    }

    @PostMapping("/juridisch/aanvragen/{caseNumber}/besluit")
    String decide(CurrentUser user, @PathVariable String caseNumber, @ModelAttribute LegalDecisions.DecisionForm form,
                  Model model, HttpServletResponse response) {
        try {
            LegalDecisions.Decision decision = decisions.decide(user, caseNumber, form);
            decisions.completeTask(caseNumber, decision, form.extensionReason());
            return "redirect:/juridisch/aanvragen/" + caseNumber + "?besloten";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showCase(model, decisions.application(caseNumber), Map.of(e.field(), e.messageKey()), form, null);
        }
    }

    @PostMapping("/juridisch/aanvragen/{caseNumber}/bibob")
    String recordBibob(CurrentUser user, @PathVariable String caseNumber, @ModelAttribute BibobAdvices.BibobForm form,
                       Model model, HttpServletResponse response) {
        try {
            BibobAdvices.Recorded recorded = bibob.record(user, caseNumber, form);
            return "redirect:/juridisch/aanvragen/" + caseNumber + (recorded.reassessed() ? "?bibob=herzien" : "?bibob");
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showCase(model, decisions.application(caseNumber), Map.of(e.field(), e.messageKey()), null, form);
        }
    }

    private String showCase(Model model, Application application, Map<String, String> problems,
                            LegalDecisions.DecisionForm form, BibobAdvices.BibobForm bibobForm) {
        model.addAttribute("app", application);
        model.addAttribute("documents", decisions.documents(application));
        model.addAttribute("steps", decisions.steps(application));
        model.addAttribute("occupancyBounds", decisions.occupancyBounds(application));
        model.addAttribute("letters", letters.lettersOfCase(application.caseNumber()));
        model.addAttribute("openTask", decisions.openTask(application).orElse(null));
        model.addAttribute("problems", problems);
        model.addAttribute("form", form == null ? LegalDecisions.DecisionForm.empty() : form);
        model.addAttribute("bibobForm", bibobForm == null ? BibobAdvices.BibobForm.empty() : bibobForm);
        model.addAttribute("bibobAdvices", BibobAdvices.Advice.values());
        model.addAttribute("bibobSources", BibobAdvices.Source.values());
        return "permit/legal-application";
    }
}
