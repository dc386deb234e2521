package nl.verhuurtoezicht.permit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public register of current permits: address, holder, valid until, maximum occupants. */
@Controller
class PublicRegisterController {

    private final PermitRegister register;

    PublicRegisterController(PermitRegister register) {
        this.register = register;
    }

    @GetMapping("/register/vergunningen")
    String register(Model model) {
        model.addAttribute("permits", register.current());
        return "permit/public-register";
    }
}
