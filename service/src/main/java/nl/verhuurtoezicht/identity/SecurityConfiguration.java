package nl.verhuurtoezicht.identity;

import jakarta.servlet.DispatcherType;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The one security filter chain. Access comes only from the {@link RouteRules} of the features; whatever no rule
 * names is denied (a path no controller answers is let through to the static files or a 404). Form login is always on; OIDC login is added when an OIDC client registration is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/login";

    @Bean
    RouteRuleSet routeRuleSet(List<RouteRules> contributors) {
        return RouteRuleSet.of(contributors);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RouteRuleSet routes, IdentityProperties properties,
                                            LoginSuccessHandler success, LoginFailureHandler failure,
                                            ObjectProvider<ClientRegistrationRepository> oidcClients,
                                            ObjectProvider<OidcAccountService> oidcAccounts,
                                            ObjectProvider<RequestMappingHandlerMapping> controllerRoutes,
                                            SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(authorize -> {
            // An error page or async continuation belongs to a request that was already authorized.
            authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
            routes.rules().forEach(rule -> apply(authorize, rule));
            // No controller answers here: let it through to a static file or the "page not found" page.
            authorize.requestMatchers(new UnroutedRequests(controllerRoutes)).permitAll();
            authorize.anyRequest().denyAll();
        });
        http.formLogin(form -> form.loginPage(LOGIN_PAGE).successHandler(success).failureHandler(failure).permitAll());
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?uitgelogd"));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage(LOGIN_PAGE).successHandler(success).failureUrl(LOGIN_PAGE + "?error")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts.getObject())));
        }
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint()));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl(LOGIN_PAGE + "?expired"));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(properties.contentSecurityPolicy()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", properties.permissionsPolicy())));
        return http.build();
    }

    private static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
                              RouteRule rule) {
        RequestMatcher matcher = PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.pattern().getPatternString());
        var access = authorize.requestMatchers(matcher);
        switch (rule.access()) {
            case PUBLIC -> access.permitAll();
            case AUTHENTICATED -> access.authenticated();
            case ROLES -> access.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
        }
    }

    /** JSON clients get 401; people in a browser go to the login page. */
    private static AuthenticationEntryPoint entryPoint() {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byPath = new LinkedHashMap<>();
        byPath.put(PathPatternRequestMatcher.withDefaults().matcher("/api/**"), new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byPath);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE));
        return entryPoint;
    }
}
