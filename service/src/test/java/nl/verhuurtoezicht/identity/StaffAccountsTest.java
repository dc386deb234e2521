package nl.verhuurtoezicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import nl.verhuurtoezicht.audit.AuditEntry;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.identity.mail.Mailer;
import nl.verhuurtoezicht.support.ServiceTest;
import nl.verhuurtoezicht.support.TestAccounts;
import nl.verhuurtoezicht.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator creates, blocks (ending running sessions) and unblocks staff accounts; every change is audited. */
@ServiceTest
class StaffAccountsTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    Mailer mailer;

    @Autowired
    AuditTrail audit;

    @LocalServerPort
    int port;

    @Test
    void aNewInspectorChoosesAPasswordThroughTheMailedLinkAndCanBeBlocked() {
        TestAccounts.Created admin = accounts.staff(Role.ADMIN);
        WebSession adminBrowser = WebSession.on(port);
        adminBrowser.login(admin.username(), TestAccounts.PASSWORD);
        String email = "inspector-" + UUID.randomUUID() + "@gemeente.example";

        assertThat(adminBrowser.submit("/beheer/gebruikers", "/beheer/gebruikers",
                Map.of("email", email, "displayName", "Ivo Inspecteur", "roles", "INSPECTOR")).headers()
                .firstValue("Location").orElseThrow()).endsWith("/beheer/gebruikers");
        Account created = accountRepository.findByUsername(email).orElseThrow();
        assertThat(created.roles()).containsExactly(Role.INSPECTOR);
        assertThat(created.enabled()).isFalse();

        String link = mailer.recent(50).stream().filter(m -> m.recipient().equals(email)).findFirst().orElseThrow()
                .body().lines().filter(line -> line.startsWith("http")).findFirst().orElseThrow();
        String path = WebSession.path(link);
        WebSession inspector = WebSession.on(port);
        inspector.submit(path, "/account/wachtwoord-herstellen", Map.of("token", URI.create(link).getQuery().substring(6),
                "password", "inspecteren op locatie", "passwordRepeat", "inspecteren op locatie"));
        assertThat(WebSession.on(port).login(email, "inspecteren op locatie")).isEqualTo("/toezicht");

        WebSession loggedIn = WebSession.on(port);
        loggedIn.login(email, "inspecteren op locatie");
        assertThat(loggedIn.get("/toezicht").statusCode()).isEqualTo(200);

        adminBrowser.submit("/beheer/gebruikers", "/beheer/gebruikers/" + created.id() + "/actief", Map.of("enabled", "false"));
        assertThat(loggedIn.get("/toezicht").headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(WebSession.on(port).login(email, "inspecteren op locatie")).isEqualTo("/login?error");
        adminBrowser.submit("/beheer/gebruikers", "/beheer/gebruikers/" + created.id() + "/actief", Map.of("enabled", "true"));
        assertThat(WebSession.on(port).login(email, "inspecteren op locatie")).isEqualTo("/toezicht");

        assertThat(audit.timeline("account:" + created.id())).extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ACCOUNT_CREATED", admin.username()),
                        org.assertj.core.groups.Tuple.tuple("PASSWORD_RESET", email),
                        org.assertj.core.groups.Tuple.tuple("ACCOUNT_DISABLED", admin.username()),
                        org.assertj.core.groups.Tuple.tuple("ACCOUNT_ENABLED", admin.username()));
    }

    @Test
    void badInputAndSelfBlockingAreRefusedWithAMessage() {
        TestAccounts.Created admin = accounts.staff(Role.ADMIN);
        WebSession adminBrowser = WebSession.on(port);
        adminBrowser.login(admin.username(), TestAccounts.PASSWORD);

        String page = adminBrowser.submit("/beheer/gebruikers", "/beheer/gebruikers",
                Map.of("email", "geen-adres", "displayName", "", "roles", "LANDLORD")).body();
        assertThat(page).contains("Vul een geldig e-mailadres in").contains("Vul een naam in")
                .contains("Kies minstens \u00e9\u00e9n medewerkersrol");

        adminBrowser.submit("/beheer/gebruikers", "/beheer/gebruikers/" + admin.id() + "/actief", Map.of("enabled", "false"));
        assertThat(adminBrowser.get("/beheer/gebruikers").body()).contains("U kunt uw eigen account niet blokkeren");
        assertThat(accountRepository.findById(admin.id()).orElseThrow().enabled()).isTrue();
    }
}
