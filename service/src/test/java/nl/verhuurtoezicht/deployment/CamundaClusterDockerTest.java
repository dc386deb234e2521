package nl.verhuurtoezicht.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ProcessDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.permit.Permit;
import nl.verhuurtoezicht.permit.PermitRegister;
import nl.verhuurtoezicht.support.PermitHappyPath;
import nl.verhuurtoezicht.support.ProcessPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.annotation.DirtiesContext;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * Only where a Docker engine runs (skipped otherwise, see the test report): the unchanged service against the images
 * and the configuration of {@code docker/compose.yaml} - PostgreSQL, Elasticsearch and a real Camunda 8.8
 * orchestration cluster with basic authentication. It deploys its models to the cluster, reports the cluster's
 * gateway version in its health, and then carries a permit application through the real {@code permit-application}
 * and {@code inspection} processes on the cluster's engine to a granted permit ({@link PermitHappyPath}, the same
 * driver {@code PermitWithRealInspectionJourneyTest} runs on the embedded engine). Run only this test with:
 * {@code ./mvnw -B -pl service -am verify -Dgroups=docker -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("docker")
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CamundaClusterDockerTest {

    private static final Map<String, Object> COMPOSE = ComposeFiles.read(ComposeFiles.COMPOSE);
    private static final Map<String, String> VARIABLES = ComposeFiles.exampleVariables();
    private static final Network NETWORK = Network.newNetwork();
    private static final Duration CLUSTER_START = Duration.ofMinutes(5);

    @Container
    static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>(
            DockerImageName.parse(image("postgres")).asCompatibleSubstituteFor("postgres"))
            .withNetwork(NETWORK);

    @Container
    static final GenericContainer<?> ELASTICSEARCH = new GenericContainer<>(DockerImageName.parse(image("elasticsearch")))
            .withNetwork(NETWORK)
            .withNetworkAliases("elasticsearch")
            .withEnv(environment("elasticsearch"))
            .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
            .withExposedPorts(9200)
            .waitingFor(Wait.forHttp("/_cluster/health?wait_for_status=yellow").forPort(9200).withStartupTimeout(CLUSTER_START));

    @Container
    static final GenericContainer<?> CAMUNDA = new GenericContainer<>(DockerImageName.parse(image("camunda")))
            .withNetwork(NETWORK)
            .withNetworkAliases("camunda")
            .dependsOn(ELASTICSEARCH)
            .withEnv(environment("camunda"))
            .withEnv("JAVA_TOOL_OPTIONS", "-Xms512m -Xmx1g")
            .withExposedPorts(26500, 8080, 9600)
            .waitingFor(Wait.forHttp("/actuator/health/readiness").forPort(9600).withStartupTimeout(CLUSTER_START));

    private static Map<String, String> connection;

    /** As compose.yaml configures the service, with the containers' mapped ports (see {@link StartupProperties}). */
    @BeforeAll
    static void connectTheServiceAsComposeDoes() {
        Map<String, String> service = environment("verhuurtoezicht");
        connection = Map.of(
                "spring.datasource.url", POSTGRES.getJdbcUrl(),
                "spring.datasource.username", POSTGRES.getUsername(),
                "spring.datasource.password", POSTGRES.getPassword(),
                "camunda.client.mode", service.get("CAMUNDA_CLIENT_MODE"),
                "camunda.client.grpc-address", "http://" + CAMUNDA.getHost() + ":" + CAMUNDA.getMappedPort(26500),
                "camunda.client.rest-address", "http://" + CAMUNDA.getHost() + ":" + CAMUNDA.getMappedPort(8080),
                "camunda.client.prefer-rest-over-grpc", service.get("CAMUNDA_CLIENT_PREFERRESTOVERGRPC"),
                "camunda.client.auth.method", service.get("CAMUNDA_CLIENT_AUTH_METHOD"),
                "camunda.client.auth.username", service.get("CAMUNDA_CLIENT_AUTH_USERNAME"),
                "camunda.client.auth.password", service.get("CAMUNDA_CLIENT_AUTH_PASSWORD"));
        StartupProperties.set(connection);
    }

    @AfterAll
    static void forgetTheConnection() {
        if (connection != null) {
            StartupProperties.clear(connection);
        }
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    CamundaClient client;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    PermitRegister permits;

    @Autowired
    LetterService letters;

    @Test
    @Order(1)
    void healthReportsTheDatabaseAndTheClustersGatewayVersion() {
        JsonNode health = http.getForObject("/actuator/health", JsonNode.class);

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        JsonNode engine = health.path("components").path("engine");
        assertThat(engine.path("status").asText()).isEqualTo("UP");
        assertThat(engine.path("details").path("mode").asText()).isEqualTo("remote");
        assertThat(engine.path("details").path("gatewayVersion").asText())
                .isEqualTo(CamundaClient.class.getPackage().getImplementationVersion());
        assertThat(engine.path("details").path("brokers").asInt()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void everyProcessModelIsDeployedToTheCluster() throws IOException {
        Set<String> expected = processIdsOnTheClasspath();

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            Set<String> deployed = client.newProcessDefinitionSearchRequest().page(p -> p.limit(1000)).send().join()
                    .items().stream().map(ProcessDefinition::getProcessDefinitionId).collect(Collectors.toSet());
            assertThat(deployed).containsAll(expected);
        });
    }

    @Test
    @Order(3)
    void aPermitApplicationIsGrantedThroughTheRealProcessesOnTheCluster() {
        PermitHappyPath.Granted granted = new PermitHappyPath(port, context).run();

        assertThat(permits.find(granted.permitId()).orElseThrow().status()).isEqualTo(Permit.Status.CURRENT);
        assertThat(letters.lettersOfCase(granted.caseNumber())).extracting(StoredLetter::kind)
                .containsExactly(LetterKind.ONTVANGSTBEVESTIGING_AANVRAAG, LetterKind.VERGUNNING_VERLEEND);
        assertThat(letters.lettersOfCase(granted.inspection().caseNumber())).extracting(StoredLetter::kind)
                .containsExactly(LetterKind.INSPECTIERAPPORT);
        // The cluster's element instance search reads exported records: ProcessPath waits for them.
        ProcessPath path = new ProcessPath(client);
        path.awaitCompleted(granted.submission().processInstanceKey(), "End_Granted");
        path.awaitCompleted(granted.inspection().processInstanceKey(), "End_Compliant");
        assertThat(path.completed(granted.submission().processInstanceKey()))
                .containsSubsequence("Call_Inspection", "Rule_PermitDecision", "decide-permit", "Task_Grant", "End_Granted");
    }

    private static Set<String> processIdsOnTheClasspath() throws IOException {
        Pattern processId = Pattern.compile("<(?:bpmn:)?process id=\"([^\"]+)\"");
        Set<String> ids = new TreeSet<>();
        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
            try (InputStream in = model.getInputStream()) {
                processId.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).results().forEach(r -> ids.add(r.group(1)));
            }
        }
        return ids;
    }

    private static String image(String service) {
        return String.valueOf(ComposeFiles.service(COMPOSE, service).get("image"));
    }

    private static Map<String, String> environment(String service) {
        Map<String, String> environment = ComposeFiles.environment(service, COMPOSE);
        environment.replaceAll((k, v) -> ComposeFiles.interpolate(v, VARIABLES));
        return environment;
    }
}
