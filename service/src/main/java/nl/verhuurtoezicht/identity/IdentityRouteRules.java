package nl.verhuurtoezicht.identity;

import org.springframework.stereotype.Component;

/** Login, self-registration, e-mail confirmation and password reset are open to everyone. */
@Component
class IdentityRouteRules implements RouteRules {

    @Override
    public void declare(RouteRuleSet rules) {
        rules.path("/login", "/account/**").everyone();
        rules.path("/mijn-account").anyLoggedInUser();
    }
}
