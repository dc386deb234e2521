package nl.verhuurtoezicht.inspection;

import static nl.verhuurtoezicht.identity.Role.COORDINATOR;
import static nl.verhuurtoezicht.identity.Role.INSPECTOR;
import static nl.verhuurtoezicht.identity.Role.LEGAL;

import nl.verhuurtoezicht.identity.RouteRuleSet;
import nl.verhuurtoezicht.identity.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Inspectors and coordinators reach the inspection pages (the controller narrows an inspector to their own
 * inspections); planning and risk-based proposals are the coordinator's.
 */
@Component
class InspectionRouteRules implements RouteRules {

    @Override
    public void declare(RouteRuleSet rules) {
        rules.path("/toezicht/inspecties", "/toezicht/inspecties/**").roles(INSPECTOR, COORDINATOR);
        rules.path("/toezicht/planning", "/toezicht/planning/**").roles(COORDINATOR);
        rules.path("/juridisch/geen-toegang", "/juridisch/geen-toegang/**").roles(LEGAL);
    }
}
