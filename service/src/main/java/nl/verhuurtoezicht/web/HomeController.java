package nl.verhuurtoezicht.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page and the landing page of each role's area. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/verhuurder")
    String landlordArea() {
        return "area/landlord";
    }

    @GetMapping("/toezicht")
    String inspectionArea() {
        return "area/inspection";
    }

    @GetMapping("/juridisch")
    String legalArea() {
        return "area/legal";
    }
}
