package nl.verhuurtoezicht.permit;

import static nl.verhuurtoezicht.identity.Role.COORDINATOR;
import static nl.verhuurtoezicht.identity.Role.LANDLORD;
import static nl.verhuurtoezicht.identity.Role.LEGAL;

import nl.verhuurtoezicht.identity.RouteRuleSet;
import nl.verhuurtoezicht.identity.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Landlords see their own applications and permits (ownership is checked per case); legal staff decide, record the
 * Bibob advice and coordinators follow the worklist, where escalated decisions show; the register of current permits
 * is public.
 */
@Component
class PermitRouteRules implements RouteRules {

    @Override
    public void declare(RouteRuleSet rules) {
        rules.path("/verhuurder/aanvragen", "/verhuurder/aanvragen/**", "/verhuurder/vergunningen").roles(LANDLORD);
        rules.path(HttpMethod.GET, "/juridisch/taken", "/juridisch/aanvragen/**").roles(LEGAL, COORDINATOR);
        rules.path(HttpMethod.POST, "/juridisch/aanvragen/*/bibob").roles(LEGAL);
        rules.path(HttpMethod.POST, "/juridisch/aanvragen/**").roles(LEGAL);
        rules.path("/register/vergunningen").everyone();
    }
}
