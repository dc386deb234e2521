package nl.verhuurtoezicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import nl.verhuurtoezicht.VerhuurtoezichtApplication;
import nl.verhuurtoezicht.audit.AuditEntry;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * OIDC login against a real provider started in the test: the authorization code flow through the browser, the
 * code exchanged server to server, roles taken from the token claims.
 */
class OidcLoginTest {

    @TempDir
    static Path dataDir;

    static ConfigurableApplicationContext provider;
    static ConfigurableApplicationContext service;
    static String serviceUrl;

    @BeforeAll
    static void start() throws Exception {
        int servicePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            servicePort = socket.getLocalPort();
        }
        // OAuth 2.1 wants loopback redirects as an IP literal; the provider runs on "localhost" so cookies stay apart.
        serviceUrl = "http://127.0.0.1:" + servicePort;
        provider = TestOidcProvider.start(serviceUrl + "/login/oauth2/code/gemeente");
        String registration = "--spring.security.oauth2.client.registration.gemeente.";
        service = new SpringApplicationBuilder(VerhuurtoezichtApplication.class).run(
                "--server.port=" + servicePort,
                "--verhuurtoezicht.data-dir=" + dataDir,
                registration + "client-id=" + TestOidcProvider.CLIENT_ID,
                registration + "client-secret=" + TestOidcProvider.CLIENT_SECRET,
                registration + "client-name=Inloggen met het gemeente-account",
                registration + "scope=openid,profile,email",
                "--spring.security.oauth2.client.provider.gemeente.issuer-uri=" + TestOidcProvider.issuer(provider),
                "--verhuurtoezicht.identity.oidc.role-mapping.medewerker-handhaving=LEGAL");
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void anInspectorLogsInAtTheProviderAndGetsTheInspectorRoleFromTheTokenClaims() {
        WebSession browser = new WebSession(serviceUrl);

        assertThat(login(browser, "ingrid")).isEqualTo("/toezicht");
        assertThat(browser.get("/toezicht").statusCode()).isEqualTo(200);
        assertThat(browser.get("/mijn-account").body()).contains("Test ingrid").contains("Toezichthouder");
        assertThat(browser.get("/beheer").statusCode()).isEqualTo(403);

        Account account = service.getBean(AccountRepository.class).all().stream()
                .filter(a -> "ingrid@provider.example".equals(a.email())).findFirst().orElseThrow();
        assertThat(account.roles()).containsExactly(Role.INSPECTOR);
        assertThat(account.passwordHash()).isNull();
        assertThat(account.oidcIssuer()).isEqualTo(TestOidcProvider.issuer(provider));
        assertThat(service.getBean(AuditTrail.class).timeline("account:" + account.id())).extracting(AuditEntry::action)
                .contains("OIDC_ACCOUNT_CREATED");
    }

    @Test
    void aProviderRoleNameIsMappedByConfiguration() {
        WebSession browser = new WebSession(serviceUrl);

        assertThat(login(browser, "kees")).isEqualTo("/juridisch");
    }

    @Test
    void aPersonWithoutAnyVerhuurtoezichtRoleIsRefused() {
        WebSession browser = new WebSession(serviceUrl);

        assertThat(login(browser, "zonder-rol")).isEqualTo("/login?error");
        assertThat(browser.get("/toezicht").statusCode()).isEqualTo(302);
    }

    /** Follows the authorization code flow like a browser; returns where the service sends the person at the end. */
    private static String login(WebSession browser, String username) {
        assertThat(browser.get("/login").body()).contains("Inloggen met het gemeente-account")
                .contains("href=\"/oauth2/authorization/gemeente\"");
        String next = location(browser.get("/oauth2/authorization/gemeente"));
        assertThat(next).startsWith(TestOidcProvider.issuer(provider) + "/oauth2/authorize");
        String providerLogin = location(browser.get(next));
        assertThat(providerLogin).isEqualTo(TestOidcProvider.issuer(provider) + "/login");
        next = location(browser.submit(providerLogin, providerLogin, Map.of("username", username, "password", TestOidcProvider.PASSWORD)));
        while (!next.startsWith(serviceUrl + "/login/oauth2/code/")) {
            next = location(browser.get(next));
        }
        return WebSession.path(location(browser.get(next)));
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " redirects").isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.startsWith("/") ? response.uri().resolve(location).toString() : location;
    }
}
