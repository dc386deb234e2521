package nl.verhuurtoezicht.identity;

import nl.verhuurtoezicht.identity.mail.Mailer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * In demo mode only: the outbox without logging in, so someone trying the registration can read the confirmation
 * mail. The page and its public rule do not exist without {@code verhuurtoezicht.demo=true}.
 */
@Controller
@ConditionalOnProperty(name = "verhuurtoezicht.demo", havingValue = "true")
class DemoOutboxController {

    private static final int OUTBOX_PAGE = 20;

    private final Mailer mailer;

    DemoOutboxController(Mailer mailer) {
        this.mailer = mailer;
    }

    @GetMapping("/demo/outbox")
    String outbox(Model model) {
        model.addAttribute("mails", mailer.recent(OUTBOX_PAGE));
        model.addAttribute("delivering", mailer.delivering());
        model.addAttribute("demo", true);
        return "identity/outbox";
    }

    @Component
    @ConditionalOnProperty(name = "verhuurtoezicht.demo", havingValue = "true")
    static class DemoRouteRules implements RouteRules {
        @Override
        public void declare(RouteRuleSet rules) {
            rules.path("/demo/outbox").everyone();
        }
    }
}
