package nl.verhuurtoezicht.identity;

import static nl.verhuurtoezicht.identity.Role.ADMIN;
import static nl.verhuurtoezicht.identity.Role.COORDINATOR;
import static nl.verhuurtoezicht.identity.Role.INSPECTOR;
import static nl.verhuurtoezicht.identity.Role.LANDLORD;
import static nl.verhuurtoezicht.identity.Role.LEGAL;

import org.springframework.stereotype.Component;

/**
 * The public pages and the four role areas. Features add finer rules inside an area (for example
 * {@code /toezicht/triage/**} for coordinators only); the most specific pattern decides.
 */
@Component
class PlatformRouteRules implements RouteRules {

    @Override
    public void declare(RouteRuleSet rules) {
        rules.path("/", "/error", "/css/**", "/js/**", "/img/**", "/favicon.ico").everyone();
        rules.path("/meldpunt/**", "/register/**").everyone();
        rules.path("/actuator/health", "/actuator/health/**").everyone();
        rules.path("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/api-docs.html", "/swagger-ui/**").everyone();

        rules.path("/verhuurder/**").roles(LANDLORD);
        rules.path("/toezicht/**").roles(INSPECTOR, COORDINATOR);
        rules.path("/juridisch/**").roles(LEGAL);
        rules.path("/beheer/**").roles(ADMIN);

        rules.path("/api/system", "/actuator/**").roles(ADMIN);
    }
}
