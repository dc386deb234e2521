package nl.verhuurtoezicht.audit;

import static nl.verhuurtoezicht.identity.Role.ADMIN;
import static nl.verhuurtoezicht.identity.Role.COORDINATOR;
import static nl.verhuurtoezicht.identity.Role.LEGAL;

import nl.verhuurtoezicht.identity.RouteRuleSet;
import nl.verhuurtoezicht.identity.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Case timelines are for the staff who oversee cases; inspectors see a case's history on their assigned
 * inspection pages, where the inspection feature checks the assignment. Verifying the chain is for administrators.
 */
@Component
class AuditRouteRules implements RouteRules {

    @Override
    public void declare(RouteRuleSet rules) {
        rules.path("/audit/zaak/**").roles(COORDINATOR, LEGAL, ADMIN);
        rules.path("/beheer/audit/**", "/api/audit/**").roles(ADMIN);
    }
}
