package nl.verhuurtoezicht.complaint;

import static nl.verhuurtoezicht.identity.Role.COORDINATOR;
import static nl.verhuurtoezicht.identity.Role.LEGAL;

import nl.verhuurtoezicht.identity.RouteRuleSet;
import nl.verhuurtoezicht.identity.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Triage is the coordinators', the decision on a handhavingsverzoek legal staff's. The meldpunt itself
 * ({@code /meldpunt/**}) is public by the platform's rules.
 */
@Component
class ComplaintRouteRules implements RouteRules {

    @Override
    public void declare(RouteRuleSet rules) {
        rules.path("/toezicht/meldingen", "/toezicht/meldingen/**").roles(COORDINATOR);
        rules.path("/juridisch/handhavingsverzoeken", "/juridisch/handhavingsverzoeken/**").roles(LEGAL);
    }
}
