package nl.verhuurtoezicht.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.verhuurtoezicht.identity.mail.Mailer;
import nl.verhuurtoezicht.identity.privacy.LandlordDataExport;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The administrator's area: accounts, the mail outbox and the AVG export. */
@Controller
@RequestMapping("/beheer")
class AdminController {

    private static final int OUTBOX_PAGE = 100;

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final Mailer mailer;
    private final LandlordDataExport export;
    private final IdentityProperties properties;

    AdminController(AccountRepository accounts, AccountService accountService, Mailer mailer, LandlordDataExport export,
                    IdentityProperties properties) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.mailer = mailer;
        this.export = export;
        this.properties = properties;
    }

    @GetMapping
    String area() {
        return "identity/admin";
    }

    @GetMapping("/gebruikers")
    String users(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("staffRoles", EnumSet.complementOf(EnumSet.of(Role.LANDLORD)));
        return "identity/users";
    }

    @PostMapping("/gebruikers")
    String createStaff(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
                       @RequestParam(name = "roles", required = false) List<Role> roles, CurrentUser admin, Locale locale,
                       Model model, RedirectAttributes redirect) {
        Set<Role> chosen = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        FormProblems problems = accountService.createStaffAccount(admin, email, displayName, chosen,
                properties.siteUrl(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()), locale);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems.byField());
            model.addAttribute("email", email);
            model.addAttribute("displayName", displayName);
            return users(model);
        }
        redirect.addFlashAttribute("created", email);
        return "redirect:/beheer/gebruikers";
    }

    @PostMapping("/gebruikers/{accountId}/actief")
    String setEnabled(@PathVariable long accountId, @RequestParam boolean enabled, CurrentUser admin,
                      RedirectAttributes redirect) {
        if (accountId == admin.accountId() && !enabled) {
            redirect.addFlashAttribute("refused", "admin.users.cannotDisableSelf");
        } else {
            accountService.setEnabled(admin, accountId, enabled);
        }
        return "redirect:/beheer/gebruikers";
    }

    @GetMapping("/outbox")
    String outbox(Model model) {
        model.addAttribute("mails", mailer.recent(OUTBOX_PAGE));
        model.addAttribute("delivering", mailer.delivering());
        return "identity/outbox";
    }

    @GetMapping(value = "/avg/verhuurder/{landlordId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> landlordExport(@PathVariable long landlordId) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"avg-inzage-verhuurder-" + landlordId + ".json\"")
                .body(export.export(landlordId));
    }
}
