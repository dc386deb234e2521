package nl.verhuurtoezicht.identity;

import java.util.List;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jooq.JooqAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider (Spring Authorization Server) for tests, standing in for a municipal identity
 * provider: its users carry their Verhuurtoezicht roles in a "roles" claim of the ID token.
 */
final class TestOidcProvider {

    static final String CLIENT_ID = "verhuurtoezicht";
    static final String CLIENT_SECRET = "test-client-secret";
    static final String PASSWORD = "provider password";

    private TestOidcProvider() {
    }

    /** Starts the provider on a free port; it accepts the one redirect URI given. */
    static ConfigurableApplicationContext start(String redirectUri) {
        String client = "--spring.security.oauth2.authorizationserver.client.verhuurtoezicht.";
        return new SpringApplicationBuilder(Provider.class).run(
                "--server.port=0",
                "--spring.jmx.enabled=false",
                "--management.endpoints.web.exposure.include=",
                client + "registration.client-id=" + CLIENT_ID,
                client + "registration.client-secret={noop}" + CLIENT_SECRET,
                client + "registration.client-authentication-methods=client_secret_basic",
                client + "registration.authorization-grant-types=authorization_code",
                client + "registration.redirect-uris=" + redirectUri,
                client + "registration.scopes=openid,profile,email",
                client + "require-authorization-consent=false");
    }

    static String issuer(ConfigurableApplicationContext provider) {
        return "http://localhost:" + provider.getEnvironment().getProperty("local.server.port");
    }

    /** Deliberately not a @Configuration: component scanning of the service must not pick it (and its exclusions) up. */
    @EnableAutoConfiguration(exclude = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
            FlywayAutoConfiguration.class, JooqAutoConfiguration.class})
    static class Provider {

        @Bean
        UserDetailsService providerUsers() {
            return new InMemoryUserDetailsManager(
                    User.withUsername("ingrid").password("{noop}" + PASSWORD).authorities("INSPECTOR").build(),
                    User.withUsername("kees").password("{noop}" + PASSWORD).authorities("medewerker-handhaving").build(),
                    User.withUsername("zonder-rol").password("{noop}" + PASSWORD).authorities("EMPLOYEE").build());
        }

        /** Puts the person's authorities into the ID token as "roles", with a name and an e-mail address. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> rolesInIdToken() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    String name = context.getPrincipal().getName();
                    List<String> roles = context.getPrincipal().getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
                    context.getClaims().claim("roles", roles).claim("name", "Test " + name)
                            .claim("email", name + "@provider.example");
                }
            };
        }
    }
}
