package nl.verhuurtoezicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import nl.verhuurtoezicht.support.TestAccounts;
import nl.verhuurtoezicht.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Five wrong passwords within 15 minutes lock a user name for 15 minutes (application.yml). */
@IdentityServiceTest
class LoginThrottleTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    @Test
    void repeatedWrongPasswordsLockTheNameEvenForTheRightPasswordUntilTheLockRunsOut() {
        String username = accounts.landlord().username();
        WebSession browser = WebSession.on(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(browser.login(username, "wrong password " + attempt)).as("attempt " + attempt).isEqualTo("/login?error");
        }
        assertThat(browser.login(username, "wrong password 5")).isEqualTo("/login?locked");
        assertThat(browser.login(username, TestAccounts.PASSWORD)).isEqualTo("/login?locked");
        assertThat(browser.get("/login?locked").body()).contains("Te veel mislukte pogingen");

        clock.advance(Duration.ofMinutes(14));
        assertThat(browser.login(username, TestAccounts.PASSWORD)).isEqualTo("/login?locked");

        clock.advance(Duration.ofMinutes(2));
        assertThat(browser.login(username, TestAccounts.PASSWORD)).isEqualTo("/verhuurder");
    }

    @Test
    void aNameThatDoesNotExistIsLockedJustTheSameSoTheLockRevealsNothing() {
        String unknown = "nobody-" + UUID.randomUUID() + "@test.example";
        WebSession browser = WebSession.on(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(browser.login(unknown, "guess " + attempt)).isEqualTo("/login?error");
        }
        assertThat(browser.login(unknown, "guess 5")).isEqualTo("/login?locked");
    }

    @Test
    void failuresFurtherApartThanTheWindowDoNotLock() {
        String username = accounts.staff(Role.INSPECTOR).username();
        WebSession browser = WebSession.on(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.login(username, "wrong");
        }
        clock.advance(Duration.ofMinutes(16));
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(browser.login(username, "wrong")).isEqualTo("/login?error");
        }
        assertThat(browser.login(username, TestAccounts.PASSWORD)).isEqualTo("/toezicht");
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        String username = accounts.staff(Role.LEGAL).username();
        WebSession browser = WebSession.on(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.login(username, "wrong");
        }
        assertThat(WebSession.on(port).login(username, TestAccounts.PASSWORD)).isEqualTo("/juridisch");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(browser.login(username, "wrong")).isEqualTo("/login?error");
        }
    }
}
