package nl.verhuurtoezicht.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The timeline of one case, and the chain check for administrators. */
@Controller
class AuditController {

    private final AuditTrail trail;
    private final AuditVerifier verifier;

    AuditController(AuditTrail trail, AuditVerifier verifier) {
        this.trail = trail;
        this.verifier = verifier;
    }

    @GetMapping("/audit/zaak/{caseRef}")
    String timeline(@PathVariable String caseRef, Model model) {
        model.addAttribute("caseRef", caseRef);
        model.addAttribute("entries", trail.timeline(caseRef));
        return "audit/timeline";
    }

    @GetMapping("/beheer/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", verifier.verify());
        return "audit/verify";
    }
}
