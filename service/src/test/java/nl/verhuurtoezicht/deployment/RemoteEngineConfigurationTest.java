package nl.verhuurtoezicht.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Map;
import nl.verhuurtoezicht.engine.EngineConfig;
import nl.verhuurtoezicht.engine.LocalEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Without Docker, the path a Camunda cluster takes: the service gets a Camunda gRPC/REST address by configuration
 * only, starts no engine of its own, deploys to that address and reports it as "remote" with the gateway's version.
 * The other side is the engine running as a separate server on its own PostgreSQL (a stand-in for the cluster, which
 * {@link CamundaClusterDockerTest} uses where Docker runs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "verhuurtoezicht.data-dir=target/test-data/${random.uuid}")
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class RemoteEngineConfigurationTest {

    private static EmbeddedPostgres engineDatabase;
    private static LocalEngine remoteEngine;
    private static Map<String, String> connection;

    @BeforeAll
    static void pointTheServiceAtAnotherEngine() throws IOException, SQLException {
        engineDatabase = EmbeddedPostgres.builder().start();
        remoteEngine = LocalEngine.start(engineDatabase.getPostgresDatabase(), EngineConfig.defaults());
        connection = Map.of(
                "camunda.client.grpc-address", remoteEngine.grpcAddress().toString(),
                "camunda.client.rest-address", remoteEngine.restAddress().toString());
        StartupProperties.set(connection);
    }

    @AfterAll
    static void stopTheRemoteEngine() throws IOException {
        StartupProperties.clear(connection);
        remoteEngine.close();
        engineDatabase.close();
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void theServiceReportsTheConfiguredEngineAsRemoteWithItsGatewayVersion(CapturedOutput output) {
        JsonNode engine = http.getForObject("/actuator/health", JsonNode.class).path("components").path("engine");

        assertThat(engine.path("status").asText()).isEqualTo("UP");
        assertThat(engine.path("details").path("mode").asText()).isEqualTo("remote");
        assertThat(engine.path("details").path("address").asText()).isEqualTo(remoteEngine.grpcAddress().toString());
        String clientVersion = CamundaClient.class.getPackage().getImplementationVersion();
        assertThat(engine.path("details").path("gatewayVersion").asText()).isEqualTo(clientVersion);
        assertThat(output.getAll()).contains("Workflow engine: remote at " + remoteEngine.grpcAddress()
                + " (gateway version " + clientVersion);
    }

    @Test
    void noEmbeddedEngineStartsNextToTheConfiguredOne(@Autowired org.springframework.context.ApplicationContext context) {
        assertThat(context.getBeansOfType(LocalEngine.class)).isEmpty();
        assertThat(context.getEnvironment().getProperty("verhuurtoezicht.engine.embedded")).isEqualTo("false");
    }
}
