package nl.verhuurtoezicht.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Who am I logged in as, with which roles, for which landlord. */
@Controller
class MyAccountController {

    private final AccountRepository accounts;

    MyAccountController(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/mijn-account")
    String myAccount(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("home", LoginSuccessHandler.home(user));
        model.addAttribute("landlord", user.landlordId().flatMap(accounts::findLandlord).orElse(null));
        return "identity/my-account";
    }
}
