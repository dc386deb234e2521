package nl.verhuurtoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.verhuurtoezicht.identity.Role;
import nl.verhuurtoezicht.support.ServiceTest;
import nl.verhuurtoezicht.support.TestAccounts;
import nl.verhuurtoezicht.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import java.util.List;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@ServiceTest
class StartPageTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void startPageIsDutchFirstAndLinksToTheThreeRoleAreas() {
        ResponseEntity<String> page = http.getForEntity("/", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody())
                .contains("<html lang=\"nl\"")
                .contains("Wet goed verhuurderschap")
                .contains("href=\"/verhuurder\"", "href=\"/toezicht\"", "href=\"/juridisch\"")
                .contains("Naar de inhoud");
    }

    @Test
    void languageSwitchGivesEnglish() {
        String page = http.getForObject("/?lang=en", String.class);

        assertThat(page).contains("<html lang=\"en\"").contains("Landlords").contains("Skip to content");
    }

    @Test
    void roleAreasAnswerTheirRoleAndSendOthersToTheLoginPage() {
        Object[][] areas = {{"/verhuurder", accounts.landlord()}, {"/toezicht", accounts.staff(Role.INSPECTOR)},
                {"/juridisch", accounts.staff(Role.LEGAL)}};
        for (Object[] area : areas) {
            String path = (String) area[0];
            WebSession anonymous = WebSession.on(port);
            assertThat(anonymous.get(path).headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");

            WebSession session = WebSession.on(port);
            session.login(((TestAccounts.Created) area[1]).username(), TestAccounts.PASSWORD);
            assertThat(session.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void unknownPageGivesFriendlyNotFoundWithoutStackTrace() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> page = http.exchange("/bestaat-niet", HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("Deze pagina bestaat niet").doesNotContain("Exception");
    }

    @Test
    void healthIsUpAndReportsTheDatabase() throws Exception {
        JsonNode health = json.readTree(http.getForObject("/actuator/health", String.class));

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("details").path("database").asText()).isEqualTo("PostgreSQL");
    }

    @Test
    void healthReportsTheEmbeddedEngineThroughTheCamundaClient() throws Exception {
        JsonNode engine = json.readTree(http.getForObject("/actuator/health", String.class)).path("components").path("engine");

        assertThat(engine.path("status").asText()).isEqualTo("UP");
        assertThat(engine.path("details").path("mode").asText()).isEqualTo("embedded");
        assertThat(engine.path("details").path("address").asText()).startsWith("http://127.0.0.1:");
        assertThat(engine.path("details").path("brokers").asInt()).isEqualTo(1);
    }

    @Test
    void openApiDescribesTheJsonEndpointsAndHasABrowsablePage() throws Exception {
        JsonNode api = json.readTree(http.getForObject("/v3/api-docs", String.class));

        assertThat(api.path("paths").has("/api/system")).isTrue();
        assertThat(http.getForEntity("/api-docs.html", String.class).getStatusCode().is2xxSuccessful()
                || http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(http.getForObject("/swagger-ui/index.html", String.class)).contains("swagger-ui");
    }

    @Test
    void systemInfoShowsTheRecordedStartToAdministrators() throws Exception {
        assertThat(http.getForEntity("/api/system", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        WebSession admin = WebSession.on(port);
        admin.login(accounts.staff(Role.ADMIN).username(), TestAccounts.PASSWORD);
        JsonNode info = json.readTree(admin.get("/api/system", "Accept", "application/json").body());

        assertThat(info.path("database").asText()).isEqualTo("embedded");
        assertThat(info.path("recentEvents").get(0).path("kind").asText()).isEqualTo("STARTED");
    }
}
