package nl.verhuurtoezicht.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobClient;
import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.grpc.MethodDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Without Docker: the service's compiled classes use only Camunda client commands that a Camunda 8.8 gateway serves
 * (the allow-list {@code deployment/camunda-8.8-client-commands.txt}), never experimental, deprecated or legacy Zeebe
 * client APIs; and every gRPC command on the list is an RPC of the 8.8 gateway protocol.
 */
class CamundaCompatibilityTest {

    static final String CAMUNDA_MINOR = "8.8.";
    private static final Path SERVICE_CLASSES = Path.of("target/classes");

    private static CamundaCommandList allowed;

    @BeforeAll
    static void loadList() {
        allowed = CamundaCommandList.load();
    }

    @Test
    void theServiceUsesOnlyCommandsACamunda88GatewayServes() {
        // The service module's own classes only: the engine module may use engine internals, the service may not.
        JavaClasses service = new ClassFileImporter().importPath(SERVICE_CLASSES);
        CamundaClientUsage usage = CamundaClientUsage.of(service);

        // The deployer and the engine health check are always there: seeing them proves the scan sees client calls.
        assertThat(usage.members()).contains("CamundaClient.newDeployResourceCommand", "CamundaClient.newTopologyRequest");
        assertThat(usage.violations(allowed)).isEmpty();
    }

    @Test
    void aCommandOffTheListIsReportedWithItsCaller() {
        CamundaClientUsage usage = CamundaClientUsage.of(new ClassFileImporter().importClasses(ClockPinningWorker.class));

        assertThat(usage.members()).containsExactlyInAnyOrder(
                "CamundaClient.newPinClockCommand", "JobClient.newCompleteCommand", "@JobWorker");
        List<String> violations = usage.violations(allowed);
        assertThat(violations)
                .anySatisfy(v -> assertThat(v).contains("ClockPinningWorker.handle uses CamundaClient.newPinClockCommand")
                        .contains("Camunda 8.8 gateway"))
                .anySatisfy(v -> assertThat(v).contains("newPinClockCommand").contains("@ExperimentalApi"))
                .noneSatisfy(v -> assertThat(v).contains("newCompleteCommand"))
                .noneSatisfy(v -> assertThat(v).contains("@JobWorker"));
    }

    @Test
    void everyListedCommandExistsInTheClientAndNoneIsDeprecated() {
        for (CamundaCommandList.Entry entry : allowed.entries().values()) {
            if (entry.member().startsWith("@")) {
                assertThat(classExists("io.camunda.client.annotation." + entry.member().substring(1)))
                        .as(entry.member()).isTrue();
                continue;
            }
            String[] parts = entry.member().split("\\.");
            Class<?> owner = switch (parts[0]) {
                case "CamundaClient" -> CamundaClient.class;
                case "JobClient" -> JobClient.class;
                default -> throw new AssertionError("Unknown client type in " + entry.member());
            };
            List<Method> methods = Arrays.stream(owner.getMethods()).filter(m -> m.getName().equals(parts[1])).toList();
            assertThat(methods).as(entry.member() + " exists in the Camunda client").isNotEmpty();
            assertThat(methods).as(entry.member() + " is not deprecated")
                    .noneMatch(m -> m.isAnnotationPresent(Deprecated.class));
        }
    }

    @Test
    void everyListedGrpcCommandIsAnRpcOfTheCamunda88GatewayProtocol() throws IOException {
        assertThat(gatewayProtocolVersion()).startsWith(CAMUNDA_MINOR);
        Set<String> rpcs = GatewayGrpc.getServiceDescriptor().getMethods().stream()
                .map(MethodDescriptor::getBareMethodName)
                .collect(Collectors.toSet());

        List<CamundaCommandList.Entry> grpc = allowed.entries().values().stream().filter(CamundaCommandList.Entry::grpc).toList();
        assertThat(grpc).isNotEmpty();
        for (CamundaCommandList.Entry entry : grpc) {
            assertThat(rpcs).as(entry.member()).containsAll(entry.rpcs());
        }
    }

    @Test
    void theServiceIsBuiltWithTheCamunda88Client() {
        assertThat(CamundaClient.class.getPackage().getImplementationVersion()).startsWith(CAMUNDA_MINOR);
    }

    @Test
    void aMalformedListLineIsRejectedWithTheLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CamundaCommandList.parse("CamundaClient.newTopologyRequest Topology"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CamundaClient.newTopologyRequest Topology");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CamundaCommandList.parse("A.b soap Call"))
                .hasMessageContaining("grpc or rest");
    }

    static String gatewayProtocolVersion() throws IOException {
        try (InputStream in = GatewayGrpc.class.getResourceAsStream(
                "/META-INF/maven/io.camunda/zeebe-gateway-protocol-impl/pom.properties")) {
            assertThat(in).as("pom.properties of zeebe-gateway-protocol-impl").isNotNull();
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
