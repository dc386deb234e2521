package nl.verhuurtoezicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.verhuurtoezicht.support.ServiceTest;
import nl.verhuurtoezicht.support.TestAccounts;
import nl.verhuurtoezicht.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Headers, CSRF, session fixation, secure cookies behind TLS, and no demo accounts unless asked for. */
@ServiceTest
class SecurityBasicsTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @LocalServerPort
    int port;

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndTheUsualHeaders() {
        HttpResponse<String> page = WebSession.on(port).get("/");

        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'").contains("script-src 'self';").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy").orElseThrow()).contains("microphone=()");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain(" style=\"");
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        TestAccounts.Created admin = accounts.staff(Role.ADMIN);
        TestAccounts.Created victim = accounts.staff(Role.INSPECTOR);
        WebSession browser = WebSession.on(port);
        browser.login(admin.username(), TestAccounts.PASSWORD);

        HttpResponse<String> forged = browser.post("/beheer/gebruikers/" + victim.id() + "/actief", Map.of("enabled", "false"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(accountRepository.findById(victim.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void loggingInGivesANewSessionId() {
        WebSession browser = WebSession.on(port);
        browser.get("/login");
        String before = browser.sessionCookie();

        browser.login(accounts.landlord().username(), TestAccounts.PASSWORD);

        assertThat(before).isNotNull();
        assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHttpOnly() {
        HttpResponse<String> page = WebSession.on(port).get("/login", "X-Forwarded-Proto", "https");

        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void withoutTheDemoFlagThereAreNoDemoAccountsAndNoPublicOutbox() {
        assertThat(accountRepository.all()).extracting(Account::username).noneMatch(name -> name.endsWith("@demo.verhuurtoezicht.nl"));
        assertThat(WebSession.on(port).get("/demo/outbox").statusCode()).isEqualTo(404);
    }
}
