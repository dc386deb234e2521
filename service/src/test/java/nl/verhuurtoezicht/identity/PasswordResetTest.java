package nl.verhuurtoezicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.verhuurtoezicht.support.TestAccounts;
import nl.verhuurtoezicht.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Password reset through a link sent over real SMTP (GreenMail in-process). */
@IdentityServiceTest
class PasswordResetTest {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    @Test
    void theMailedLinkSetsANewPasswordOnce() throws Exception {
        String username = accounts.landlord().username();
        WebSession browser = WebSession.on(port);

        assertThat(browser.submit("/account/wachtwoord-vergeten", "/account/wachtwoord-vergeten", Map.of("email", username)).body())
                .contains("is er een e-mail met een link onderweg");
        MimeMessage mail = GreenMailServer.mailsTo(username, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Nieuw wachtwoord voor Verhuurtoezicht");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("noreply@verhuurtoezicht.local");
        String expires = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
                .format(clock.instant().plus(Duration.ofHours(1)).atZone(java.time.ZoneId.of("Europe/Amsterdam")));
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).contains("geldig tot " + expires);
        String link = WebSession.path(GreenMailServer.linkIn(mail));
        assertThat(link).startsWith("/account/wachtwoord-herstellen?token=");

        assertThat(browser.submit(link, "/account/wachtwoord-herstellen",
                Map.of("token", token(link), "password", NEW_PASSWORD, "passwordRepeat", NEW_PASSWORD)).body())
                .contains("Uw wachtwoord is gewijzigd");

        assertThat(WebSession.on(port).login(username, TestAccounts.PASSWORD)).isEqualTo("/login?error");
        assertThat(WebSession.on(port).login(username, NEW_PASSWORD)).isEqualTo("/verhuurder");
        assertThat(WebSession.on(port).get(link).body()).contains("Deze link is ongeldig, al gebruikt of verlopen");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMailIsSent() {
        String unknown = "unknown-" + UUID.randomUUID() + "@test.example";
        String known = accounts.landlord().username();

        assertThat(WebSession.on(port).submit("/account/wachtwoord-vergeten", "/account/wachtwoord-vergeten",
                Map.of("email", unknown)).body()).contains("is er een e-mail met een link onderweg");
        // A request for a known address afterwards arrives, so the unknown one would have arrived by then too.
        WebSession.on(port).submit("/account/wachtwoord-vergeten", "/account/wachtwoord-vergeten", Map.of("email", known));
        GreenMailServer.mailsTo(known, 1);
        assertThat(GreenMailServer.countTo(unknown)).isZero();
    }

    @Test
    void theLinkExpiresAfterAnHour() {
        String username = accounts.staff(Role.COORDINATOR).username();
        WebSession browser = WebSession.on(port);
        browser.submit("/account/wachtwoord-vergeten", "/account/wachtwoord-vergeten", Map.of("email", username));
        String link = WebSession.path(GreenMailServer.linkIn(GreenMailServer.mailsTo(username, 1).get(0)));

        clock.advance(Duration.ofMinutes(61));

        assertThat(browser.get(link).body()).contains("Deze link is ongeldig, al gebruikt of verlopen").doesNotContain("name=\"password\"");
    }

    @Test
    void aTooShortPasswordIsRefusedAndTheLinkStaysUsable() {
        String username = accounts.staff(Role.LEGAL).username();
        WebSession browser = WebSession.on(port);
        browser.submit("/account/wachtwoord-vergeten", "/account/wachtwoord-vergeten", Map.of("email", username));
        String link = WebSession.path(GreenMailServer.linkIn(GreenMailServer.mailsTo(username, 1).get(0)));

        assertThat(browser.submit(link, "/account/wachtwoord-herstellen",
                Map.of("token", token(link), "password", "short", "passwordRepeat", "short")).body())
                .contains("Het wachtwoord is te kort");
        assertThat(WebSession.on(port).login(username, TestAccounts.PASSWORD)).isEqualTo("/juridisch");
        assertThat(browser.submit(link, "/account/wachtwoord-herstellen",
                Map.of("token", token(link), "password", NEW_PASSWORD, "passwordRepeat", NEW_PASSWORD)).body())
                .contains("Uw wachtwoord is gewijzigd");
    }

    @Test
    void resettingThePasswordLiftsALoginLock() {
        String username = accounts.landlord().username();
        WebSession browser = WebSession.on(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.login(username, "wrong");
        }
        assertThat(browser.login(username, TestAccounts.PASSWORD)).isEqualTo("/login?locked");

        browser.submit("/account/wachtwoord-vergeten", "/account/wachtwoord-vergeten", Map.of("email", username));
        String link = WebSession.path(GreenMailServer.linkIn(GreenMailServer.mailsTo(username, 1).get(0)));
        browser.submit(link, "/account/wachtwoord-herstellen",
                Map.of("token", token(link), "password", NEW_PASSWORD, "passwordRepeat", NEW_PASSWORD));

        assertThat(WebSession.on(port).login(username, NEW_PASSWORD)).isEqualTo("/verhuurder");
    }

    private static String token(String link) {
        return URI.create(link).getQuery().substring("token=".length());
    }
}
