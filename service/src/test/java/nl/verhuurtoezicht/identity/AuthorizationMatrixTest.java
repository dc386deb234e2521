package nl.verhuurtoezicht.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.verhuurtoezicht.support.ServiceTest;
import nl.verhuurtoezicht.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every HTTP route the application has, taken from its handler mappings, against who may use it. A new endpoint
 * fails this test until it has a {@link RouteRules} entry and a line in {@link #MATRIX}; then each role and an
 * anonymous visitor is sent to it and must be let in or kept out exactly as the line says.
 */
@ServiceTest
class AuthorizationMatrixTest {

    /** method, path pattern, who may use it ("everyone", "anyone logged in", or role names). */
    private static final String MATRIX = """
            GET  /                                      everyone
            GET  /error                                 everyone
            GET  /login                                 everyone
            GET  /account/registreren                   everyone
            POST /account/registreren                   everyone
            GET  /account/bevestigen                    everyone
            GET  /account/wachtwoord-vergeten           everyone
            POST /account/wachtwoord-vergeten           everyone
            GET  /account/wachtwoord-herstellen         everyone
            POST /account/wachtwoord-herstellen         everyone
            GET  /v3/api-docs                           everyone
            GET  /v3/api-docs.yaml                      everyone
            GET  /v3/api-docs/swagger-config            everyone
            GET  /api-docs.html                         everyone
            GET  /actuator/health                       everyone
            GET  /actuator/health/**                    everyone
            GET  /actuator                              ADMIN
            GET  /actuator/info                         ADMIN
            GET  /mijn-account                          LANDLORD INSPECTOR COORDINATOR LEGAL ADMIN
            GET  /verhuurder                            LANDLORD
            GET  /verhuurder/registratie/{landlordId}   LANDLORD
            GET  /toezicht                              INSPECTOR COORDINATOR
            GET  /juridisch                             LEGAL
            GET  /beheer                                ADMIN
            GET  /beheer/gebruikers                     ADMIN
            POST /beheer/gebruikers                     ADMIN
            POST /beheer/gebruikers/{accountId}/actief  ADMIN
            GET  /beheer/outbox                         ADMIN
            GET  /beheer/avg/verhuurder/{landlordId}    ADMIN
            GET  /beheer/audit/verify                   ADMIN
            GET  /audit/zaak/{caseRef}                  COORDINATOR LEGAL ADMIN
            GET  /api/audit/verify                      ADMIN
            GET  /api/audit/cases/{caseRef}             ADMIN
            GET  /api/system                            ADMIN
            GET  /verhuurder/aanvragen                  LANDLORD
            GET  /verhuurder/aanvragen/nieuw            LANDLORD
            POST /verhuurder/aanvragen                  LANDLORD
            GET  /verhuurder/aanvragen/{caseNumber}     LANDLORD
            POST /verhuurder/aanvragen/{caseNumber}/aanvulling  LANDLORD
            GET  /verhuurder/aanvragen/{caseNumber}/brieven/{letterId}  LANDLORD
            GET  /verhuurder/vergunningen               LANDLORD
            GET  /juridisch/taken                       LEGAL COORDINATOR
            GET  /juridisch/aanvragen/{caseNumber}      LEGAL COORDINATOR
            GET  /juridisch/aanvragen/{caseNumber}/documenten/{documentId}  LEGAL COORDINATOR
            GET  /juridisch/aanvragen/{caseNumber}/brieven/{letterId}  LEGAL COORDINATOR
            POST /juridisch/aanvragen/{caseNumber}/toewijzen  LEGAL
            POST /juridisch/aanvragen/{caseNumber}/besluit  LEGAL
            POST /juridisch/aanvragen/{caseNumber}/bibob  LEGAL
            GET  /register/vergunningen                 everyone
            GET  /juridisch/handhaving                                     LEGAL COORDINATOR
            GET  /juridisch/handhaving/betalingen                          LEGAL COORDINATOR
            POST /juridisch/handhaving/betalingen                          LEGAL
            GET  /juridisch/handhaving/{caseNumber}                        LEGAL COORDINATOR
            GET  /juridisch/handhaving/{caseNumber}/brieven/{letterId}     LEGAL COORDINATOR
            GET  /juridisch/handhaving/{caseNumber}/voorbeeld-besluit      LEGAL COORDINATOR
            POST /juridisch/handhaving/{caseNumber}/gedrag                 LEGAL
            POST /juridisch/handhaving/{caseNumber}/sanctie                LEGAL
            POST /juridisch/handhaving/{caseNumber}/escalatie              LEGAL
            POST /juridisch/handhaving/{caseNumber}/last-besluit           LEGAL
            POST /juridisch/handhaving/{caseNumber}/intrekking             LEGAL
            POST /juridisch/handhaving/{caseNumber}/zienswijze             LEGAL
            POST /juridisch/handhaving/{caseNumber}/zienswijze-wegen       LEGAL
            POST /juridisch/handhaving/{caseNumber}/voorstel               LEGAL
            POST /juridisch/handhaving/{caseNumber}/goedkeuring            LEGAL
            POST /juridisch/handhaving/{caseNumber}/bezwaar                LEGAL
            POST /juridisch/handhaving/{caseNumber}/bezwaar-beslissing     LEGAL
            POST /juridisch/handhaving/{caseNumber}/beheerovername         LEGAL
            POST /juridisch/handhaving/{caseNumber}/betaling               LEGAL
            GET  /meldpunt                              everyone
            POST /meldpunt                              everyone
            GET  /meldpunt/status/{token}               everyone
            GET  /toezicht/inspecties                   INSPECTOR COORDINATOR
            GET  /toezicht/inspecties/{id}              INSPECTOR COORDINATOR
            POST /toezicht/inspecties/{id}/bezoek       INSPECTOR COORDINATOR
            GET  /toezicht/inspecties/{id}/checklist    INSPECTOR COORDINATOR
            POST /toezicht/inspecties/{id}/checklist    INSPECTOR COORDINATOR
            POST /toezicht/inspecties/{id}/concept      INSPECTOR COORDINATOR
            POST /toezicht/inspecties/{id}/fotos        INSPECTOR COORDINATOR
            GET  /toezicht/inspecties/{id}/fotos/{photoId} INSPECTOR COORDINATOR
            GET  /toezicht/planning                     COORDINATOR
            POST /toezicht/planning/{id}                COORDINATOR
            POST /toezicht/planning/risico              COORDINATOR
            GET  /toezicht/meldingen                    COORDINATOR
            GET  /toezicht/meldingen/{id}               COORDINATOR
            POST /toezicht/meldingen/{id}               COORDINATOR
            GET  /toezicht/meldingen/{id}/fotos/{photoId} COORDINATOR
            GET  /juridisch/geen-toegang                LEGAL
            POST /juridisch/geen-toegang/{id}           LEGAL
            GET  /juridisch/handhavingsverzoeken        LEGAL
            GET  /juridisch/handhavingsverzoeken/{id}   LEGAL
            POST /juridisch/handhavingsverzoeken/{id}   LEGAL
            """;

    /** Static content is served by pattern, not by a controller; one file per public folder. */
    private static final List<String> STATIC_FILES = List.of("/css/app.css", "/js/inspection/checklist.js");

    private static final String ANONYMOUS = "anonymous";

    @Autowired
    WebApplicationContext context;

    @Autowired
    RouteRuleSet routeRules;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccountUserDetailsService userDetails;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void everyRouteOfTheApplicationIsInTheMatrix() {
        Set<String> routes = applicationRoutes();
        Set<String> matrix = expectations().keySet();

        assertThat(new TreeSet<>(routes)).as("routes of the application without a line in MATRIX (add a RouteRules entry and a line)")
                .isSubsetOf(matrix);
        assertThat(new TreeSet<>(matrix)).as("lines in MATRIX for routes the application no longer has")
                .isSubsetOf(routes);
    }

    @Test
    void everyRouteIsCoveredByADeclaredRule() {
        List<String> uncovered = new ArrayList<>();
        for (String route : applicationRoutes()) {
            String[] parts = route.split(" ", 2);
            if (routeRules.ruleFor(HttpMethod.valueOf(parts[0]), samplePath(parts[1])).isEmpty()) {
                uncovered.add(route);
            }
        }
        assertThat(uncovered).as("routes no RouteRules covers: everyone is denied there").isEmpty();
    }

    @Test
    void eachRoleAndAnonymousAreLetInOrKeptOutAsTheMatrixSays() throws Exception {
        Map<String, UsernamePasswordAuthenticationToken> users = new LinkedHashMap<>();
        users.put(ANONYMOUS, null);
        for (Role role : Role.values()) {
            String username = role == Role.LANDLORD ? accounts.landlord().username() : accounts.staff(role).username();
            UserDetails principal = userDetails.loadUserByUsername(username);
            users.put(role.name(), UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> line : expectations().entrySet()) {
            String[] route = line.getKey().split(" ", 2);
            for (Map.Entry<String, UsernamePasswordAuthenticationToken> user : users.entrySet()) {
                boolean expected = line.getValue().contains(user.getKey());
                Outcome outcome = request(HttpMethod.valueOf(route[0]), samplePath(route[1]), user.getValue());
                if (outcome.allowed() != expected) {
                    wrong.add(line.getKey() + " as " + user.getKey() + ": expected " + (expected ? "allowed" : "denied")
                            + ", got " + outcome.detail());
                }
            }
        }
        for (String file : STATIC_FILES) {
            Outcome outcome = request(HttpMethod.GET, file, null);
            if (!outcome.allowed()) {
                wrong.add("GET " + file + " as anonymous: expected allowed, got " + outcome.detail());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aControllerRouteWithoutARuleIsDeniedToEveryoneIncludingAdministrators() {
        RouteRuleSet withoutAreas = RouteRuleSet.of(List.of(rules -> rules.path("/").everyone()));

        assertThat(withoutAreas.ruleFor(HttpMethod.GET, "/beheer/gebruikers")).isEmpty();
        assertThat(routeRules.ruleFor(HttpMethod.GET, "/beheer/gebruikers")).get()
                .extracting(RouteRule::declaredBy).isEqualTo("PlatformRouteRules");
    }

    @Test
    void theMostSpecificRuleDecidesAndDuplicatesAreRefused() {
        RouteRuleSet set = RouteRuleSet.of(List.of(
                rules -> rules.path("/toezicht/**").roles(Role.INSPECTOR, Role.COORDINATOR),
                rules -> rules.path("/toezicht/triage/**").roles(Role.COORDINATOR)));

        assertThat(set.ruleFor(HttpMethod.GET, "/toezicht/triage/7").orElseThrow().roles()).containsExactly(Role.COORDINATOR);
        assertThat(set.ruleFor(HttpMethod.GET, "/toezicht/inspecties/7").orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.INSPECTOR, Role.COORDINATOR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RouteRuleSet.of(List.of(
                        rules -> rules.path("/beheer/**").roles(Role.ADMIN),
                        rules -> rules.path("/beheer/**").roles(Role.LEGAL))))
                .hasMessageContaining("/beheer/** is declared twice");
    }

    private record Outcome(boolean allowed, String detail) {
    }

    private Outcome request(HttpMethod method, String path, UsernamePasswordAuthenticationToken user) throws Exception {
        MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(method, path).with(csrf());
        if (user != null) {
            builder.with(authentication(user));
        }
        MockHttpServletResponse response;
        try {
            response = mvc.perform(builder).andReturn().getResponse();
        } catch (Exception e) {
            // Security denies by status, never by an exception: the request reached the controller.
            return new Outcome(true, "reached the controller (" + e.getClass().getSimpleName() + ")");
        }
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toLogin = status == 302 && location != null && location.endsWith("/login");
        boolean denied = status == 401 || status == 403 || toLogin;
        return new Outcome(!denied, status + (location == null ? "" : " -> " + location));
    }

    private Set<String> applicationRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
                        : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
                for (String pattern : info.getPatternValues()) {
                    for (String method : methods) {
                        routes.add(method + " " + pattern);
                    }
                }
            }
        }
        return routes;
    }

    private static Map<String, Set<String>> expectations() {
        Map<String, Set<String>> lines = new LinkedHashMap<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] words = line.strip().split("\\s+");
            Set<String> who = new TreeSet<>(Arrays.asList(words).subList(2, words.length));
            if (who.equals(Set.of("everyone"))) {
                who = new TreeSet<>(EnumSet.allOf(Role.class).stream().map(Enum::name).toList());
                who.add(ANONYMOUS);
            }
            lines.put(words[0] + " " + words[1], who);
        }
        return lines;
    }

    /** A concrete path for a pattern: ids that exist for nobody, so allowed requests change nothing. */
    private static String samplePath(String pattern) {
        return pattern.replace("/**", "/liveness").replaceAll("\\{caseRef}", "landlord:999999").replaceAll("\\{[^}]+}", "999999");
    }
}
