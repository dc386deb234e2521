package nl.verhuurtoezicht.identity;

/**
 * One feature's access rules, in one place: which URL patterns are public and which roles may use the
 * rest. Implement it as a {@code @Component} in the feature's package; the security filter chain
 * collects every implementation. A path that no rule matches is denied to everyone, and the
 * authorization matrix test fails for a route without a rule.
 *
 * <pre>
 * {@literal @}Component
 * class PermitRouteRules implements RouteRules {
 *     public void declare(RouteRuleSet rules) {
 *         rules.path("/verhuurder/vergunningen/**").roles(Role.LANDLORD);
 *         rules.path(HttpMethod.POST, "/juridisch/besluiten/**").roles(Role.LEGAL);
 *     }
 * }
 * </pre>
 *
 * When patterns overlap, the most specific one decides (PathPattern specificity), whichever feature declared it.
 */
public interface RouteRules {

    void declare(RouteRuleSet rules);
}
