package nl.verhuurtoezicht.complaint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.verhuurtoezicht.identity.NotFoundException;
import nl.verhuurtoezicht.inspection.PhotoCheck;
import nl.verhuurtoezicht.inspection.PhotoCheck.CheckedPhoto;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The public meldpunt: no login, anonymous allowed, in the five languages of the people it is for. */
@Controller
@RequestMapping("/meldpunt")
class MeldpuntController {

    /** Dutch, English, Polish, Romanian and Bulgarian: the languages of most labour migrants in the Netherlands. */
    static final List<String> LANGUAGES = List.of("nl", "en", "pl", "ro", "bg");

    private final MeldpuntService meldpunt;
    private final PhotoCheck photoCheck;
    private final MeldpuntProperties properties;

    MeldpuntController(MeldpuntService meldpunt, PhotoCheck photoCheck, MeldpuntProperties properties) {
        this.meldpunt = meldpunt;
        this.photoCheck = photoCheck;
        this.properties = properties;
    }

    @ModelAttribute
    void common(Model model, Locale locale) {
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("language", language(locale));
        model.addAttribute("categories", Category.values());
        model.addAttribute("maxPhotos", properties.maxPhotos());
        model.addAttribute("photoMaxMb", photoCheck.maxBytes() / (1024 * 1024));
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", MeldpuntForm.empty());
        return "complaint/form";
    }

    @PostMapping
    String submit(@ModelAttribute("form") MeldpuntForm form,
                  @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Locale locale,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Map<String, String> problems = new LinkedHashMap<>(form.problems());
        List<CheckedPhoto> checked = new ArrayList<>();
        List<MultipartFile> files = photos == null ? List.of() : photos.stream().filter(f -> !f.isEmpty()).toList();
        if (files.size() > properties.maxPhotos()) {
            problems.put("photos", "meldpunt.error.tooManyPhotos");
        } else {
            for (MultipartFile file : files) {
                try {
                    photoCheck.check(file).ifPresent(checked::add);
                } catch (PhotoCheck.RejectedPhoto e) {
                    problems.putIfAbsent("photos", e.messageKey());
                }
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", problems);
            return "complaint/form";
        }
        try {
            MeldpuntService.Receipt receipt = meldpunt.submit(form, checked, language(locale), request.getRemoteAddr());
            model.addAttribute("receipt", receipt);
            return "complaint/received";
        } catch (MeldpuntService.TooManyReports e) {
            response.setStatus(429);
            model.addAttribute("problems", Map.of("form", "meldpunt.error.tooMany"));
            return "complaint/form";
        }
    }

    @GetMapping("/status/{token}")
    String status(@PathVariable String token, Model model) {
        MeldpuntReport report = meldpunt.byStatusToken(token).orElseThrow(() -> new NotFoundException("meldpunt report"));
        model.addAttribute("report", report);
        model.addAttribute("statusKey", "meldpunt.status." + publicStatus(report));
        model.addAttribute("decision", meldpunt.decisionOf(report).orElse(null));
        return "complaint/status";
    }

    /** What the reporter may know: where the report stands, never the internal reasons or other people's data. */
    static String publicStatus(MeldpuntReport report) {
        if ("INSPECTION".equals(report.status())) {
            return "inspection";
        }
        if (report.triageOutcome() == null) {
            return "received";
        }
        return switch (report.triageOutcome()) {
            case "DISMISS" -> "dismissed";
            case "LINK" -> "linked";
            default -> "CLOSED".equals(report.status()) ? "inspected" : "inspection";
        };
    }

    private static String language(Locale locale) {
        String language = locale == null ? "nl" : locale.getLanguage();
        return Set.copyOf(LANGUAGES).contains(language) ? language : "nl";
    }
}
