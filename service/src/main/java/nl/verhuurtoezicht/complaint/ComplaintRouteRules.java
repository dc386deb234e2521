package nl.verhuurtoezicht.complaint;

import static nl.verhuurtoezicht.identity.Role.COORDINATOR;

import nl.verhuurtoezicht.identity.RouteRuleSet;
import nl.verhuurtoezicht.identity.RouteRules;
import org.springframework.stereotype.Component;

/** Triage is the coordinators'. The meldpunt itself ({@code /meldpunt/**}) is public by the platform's rules. */
@Component
class ComplaintRouteRules implements RouteRules {

    @Override
    public void declare(RouteRuleSet rules) {
        rules.path("/toezicht/meldingen", "/toezicht/meldingen/**").roles(COORDINATOR);
    }
}
