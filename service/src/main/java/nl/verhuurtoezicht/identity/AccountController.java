package nl.verhuurtoezicht.identity;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Public account pages: landlord registration, e-mail confirmation and password reset. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final AccountService accounts;
    private final PasswordRules passwordRules;
    private final IdentityProperties properties;

    AccountController(AccountService accounts, PasswordRules passwordRules, IdentityProperties properties) {
        this.accounts = accounts;
        this.passwordRules = passwordRules;
        this.properties = properties;
    }

    @ModelAttribute("minPasswordLength")
    int minPasswordLength() {
        return passwordRules.minLength();
    }

    @GetMapping("/registreren")
    String registrationForm(Model model) {
        model.addAttribute("form", new AccountService.Registration("", "", "", "", "", ""));
        return "identity/register";
    }

    @PostMapping("/registreren")
    String register(@ModelAttribute("form") AccountService.Registration form, Model model, Locale locale) {
        FormProblems problems = accounts.register(form, siteUrl(), locale);
        if (!problems.isEmpty()) {
            model.addAttribute("form", new AccountService.Registration(form.email(), form.displayName(),
                    form.landlordName(), form.kvkNumber(), "", ""));
            model.addAttribute("problems", problems.byField());
            return "identity/register";
        }
        model.addAttribute("email", form.email());
        return "identity/register-done";
    }

    @GetMapping("/bevestigen")
    String confirm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("confirmed", accounts.confirmEmail(token));
        return "identity/confirmed";
    }

    @GetMapping("/wachtwoord-vergeten")
    String forgotForm() {
        return "identity/forgot";
    }

    @PostMapping("/wachtwoord-vergeten")
    String forgot(@RequestParam(defaultValue = "") String email, Locale locale) {
        accounts.requestPasswordReset(email, siteUrl(), locale);
        return "identity/forgot-done";
    }

    @GetMapping("/wachtwoord-herstellen")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("linkValid", accounts.resetLinkValid(token));
        return "identity/reset";
    }

    @PostMapping("/wachtwoord-herstellen")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
                 @RequestParam(defaultValue = "") String passwordRepeat, Model model) {
        FormProblems problems = accounts.resetPassword(token, password, passwordRepeat);
        if (problems.isEmpty()) {
            return "identity/reset-done";
        }
        model.addAttribute("token", token);
        model.addAttribute("linkValid", problems.get("token") == null);
        model.addAttribute("problems", problems.byField());
        return "identity/reset";
    }

    private String siteUrl() {
        return properties.siteUrl(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    }
}
