package nl.verhuurtoezicht.enforcement;

import static nl.verhuurtoezicht.identity.Role.COORDINATOR;
import static nl.verhuurtoezicht.identity.Role.LEGAL;

import nl.verhuurtoezicht.identity.RouteRuleSet;
import nl.verhuurtoezicht.identity.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Enforcement pages are for legal staff; coordinators may read them (worklist, case, letters), not decide. */
@Component
class EnforcementRouteRules implements RouteRules {

    @Override
    public void declare(RouteRuleSet rules) {
        rules.path(HttpMethod.GET, "/juridisch/handhaving", "/juridisch/handhaving/**").roles(LEGAL, COORDINATOR);
        rules.path(HttpMethod.POST, "/juridisch/handhaving/**").roles(LEGAL);
    }
}
