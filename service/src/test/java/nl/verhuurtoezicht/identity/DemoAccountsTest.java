package nl.verhuurtoezicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.verhuurtoezicht.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With verhuurtoezicht.demo=true (this context) there is one account per role with its published password. */
@IdentityServiceTest
class DemoAccountsTest {

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    @Test
    void inDemoModeAnyoneTryingRegistrationCanReadTheMailWithoutLoggingIn() {
        String email = "demo-try-" + java.util.UUID.randomUUID() + "@test.example";
        String done = WebSession.on(port).submit("/account/registreren", "/account/registreren", java.util.Map.of(
                "email", email, "displayName", "Dirk Demo", "landlordName", "Dirk Demo", "kvkNumber", "",
                "password", "demo passphrase 1", "passwordRepeat", "demo passphrase 1")).body();

        assertThat(done).contains("href=\"/demo/outbox\"");
        var outbox = WebSession.on(port).get("/demo/outbox");
        assertThat(outbox.statusCode()).isEqualTo(200);
        assertThat(outbox.body()).contains(email).contains("Demo-omgeving");
    }

    @Test
    void eachDemoAccountLogsInToItsRolesArea() throws Exception {
        List<DemoAccounts.DemoAccount> demo = DemoAccounts.read(json);

        assertThat(demo).flatExtracting(DemoAccounts.DemoAccount::roles).containsExactlyInAnyOrder(Role.values());
        for (DemoAccounts.DemoAccount account : demo) {
            Role role = account.roles().iterator().next();
            String expectedHome = switch (role) {
                case LANDLORD -> "/verhuurder";
                case INSPECTOR, COORDINATOR -> "/toezicht";
                case LEGAL -> "/juridisch";
                case ADMIN -> "/beheer";
            };
            assertThat(WebSession.on(port).login(account.username(), account.password())).as(account.username()).isEqualTo(expectedHome);
        }
    }
}
