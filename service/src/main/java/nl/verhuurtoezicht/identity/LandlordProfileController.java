package nl.verhuurtoezicht.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A landlord's registration details by id: the pattern the journeys follow for cases and permits. Another
 * landlord's id gives the same "not found" as an id that does not exist.
 */
@Controller
class LandlordProfileController {

    private final AccountRepository accounts;

    LandlordProfileController(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/verhuurder/registratie/{landlordId}")
    String profile(@PathVariable long landlordId, CurrentUser user, Model model) {
        user.requireOwner(landlordId, "Landlord");
        model.addAttribute("landlord", accounts.findLandlord(landlordId).orElseThrow(() -> new NotFoundException("Landlord")));
        model.addAttribute("accounts", accounts.byLandlord(landlordId));
        return "identity/landlord-profile";
    }
}
