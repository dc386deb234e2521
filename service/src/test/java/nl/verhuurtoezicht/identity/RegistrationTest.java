package nl.verhuurtoezicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.verhuurtoezicht.audit.AuditEntry;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Landlord self-registration with e-mail confirmation over real SMTP. */
@IdentityServiceTest
class RegistrationTest {

    private static final String PASSWORD = "verhuur met verstand 2026";

    @Autowired
    AccountRepository accounts;

    @Autowired
    AuditTrail audit;

    @LocalServerPort
    int port;

    @Test
    void aLandlordRegistersConfirmsTheAddressAndLogsInToTheirOwnArea() throws Exception {
        String email = "reg-" + UUID.randomUUID() + "@test.example";
        String kvk = newKvkNumber();
        WebSession browser = WebSession.on(port);

        assertThat(browser.submit("/account/registreren", "/account/registreren", form(email, kvk, PASSWORD, PASSWORD)).body())
                .contains("We hebben een e-mail gestuurd naar " + email);
        assertThat(browser.login(email, PASSWORD)).as("not yet confirmed").isEqualTo("/login?error");

        MimeMessage mail = GreenMailServer.mailsTo(email, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Bevestig uw registratie bij Verhuurtoezicht");
        assertThat(browser.get(WebSession.path(GreenMailServer.linkIn(mail))).body()).contains("Uw e-mailadres is bevestigd");

        assertThat(browser.login(email, PASSWORD)).isEqualTo("/verhuurder");
        assertThat(browser.get("/mijn-account").body()).contains("Pension De Linde B.V.").contains("Verhuurder");

        Account account = accounts.findByUsername(email).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.LANDLORD);
        assertThat(accounts.findLandlord(account.landlordId()).orElseThrow().kvkNumber()).isEqualTo(kvk);
        assertThat(audit.timeline("landlord:" + account.landlordId())).extracting(AuditEntry::action)
                .containsExactly("LANDLORD_REGISTERED", "EMAIL_CONFIRMED");
    }

    @Test
    void badInputIsExplainedAndCreatesNothing() {
        String email = "bad-" + UUID.randomUUID() + "@test.example";
        Map<String, String> form = form(email, "1234", "short", "other");
        form.put("landlordName", " ");

        String page = WebSession.on(port).submit("/account/registreren", "/account/registreren", form).body();

        assertThat(page).contains("Een KvK-nummer bestaat uit 8 cijfers").contains("Het wachtwoord is te kort")
                .contains("Vul de naam van de verhuurder in").contains("value=\"" + email + "\"");
        assertThat(accounts.findByUsername(email)).isEmpty();
    }

    @Test
    void aKvkNumberAlreadyRegisteredIsRefusedRatherThanSharingThatLandlordsCases() {
        String kvk = newKvkNumber();
        WebSession.on(port).submit("/account/registreren", "/account/registreren",
                form("first-" + UUID.randomUUID() + "@test.example", kvk, PASSWORD, PASSWORD));
        String second = "second-" + UUID.randomUUID() + "@test.example";

        assertThat(WebSession.on(port).submit("/account/registreren", "/account/registreren", form(second, kvk, PASSWORD, PASSWORD))
                .body()).contains("Dit KvK-nummer is al geregistreerd");
        assertThat(accounts.findByUsername(second)).isEmpty();
    }

    @Test
    void registeringAnAddressThatHasAnAccountLooksTheSameButMailsTheOwner() throws Exception {
        String email = "twice-" + UUID.randomUUID() + "@test.example";
        WebSession.on(port).submit("/account/registreren", "/account/registreren", form(email, "", PASSWORD, PASSWORD));

        assertThat(WebSession.on(port).submit("/account/registreren", "/account/registreren", form(email, "", PASSWORD, PASSWORD))
                .body()).contains("We hebben een e-mail gestuurd naar " + email);
        assertThat(GreenMailServer.mailsTo(email, 2)).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("Bevestig uw registratie bij Verhuurtoezicht", "U heeft al een account bij Verhuurtoezicht");
        assertThat(accounts.all()).filteredOn(a -> a.username().equals(email)).hasSize(1);
    }

    private static Map<String, String> form(String email, String kvk, String password, String repeat) {
        Map<String, String> form = new HashMap<>();
        form.put("email", email);
        form.put("displayName", "Lotte de Linde");
        form.put("landlordName", "Pension De Linde B.V.");
        form.put("kvkNumber", kvk);
        form.put("password", password);
        form.put("passwordRepeat", repeat);
        return form;
    }

    private static String newKvkNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    }
}
