package nl.verhuurtoezicht.platform.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Which engine the service talks to, as the Camunda client sees it through Topology. */
@Component
public class EngineConnection {

    public record Status(String mode, String address, String gatewayVersion, int brokers, int partitions) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final CamundaClient client;
    private final boolean embedded;
    private final String address;

    EngineConnection(CamundaClient client,
                     @Value("${" + EmbeddedEngineEnvironment.EMBEDDED + ":false}") boolean embedded,
                     @Value("${camunda.client.grpc-address}") String address) {
        this.client = client;
        this.embedded = embedded;
        this.address = address;
    }

    public String address() {
        return address;
    }

    /** Asks the gateway for its topology; throws when it does not answer in time. */
    public Status status() {
        Topology topology = client.newTopologyRequest().requestTimeout(TIMEOUT).send().join();
        return new Status(embedded ? "embedded" : "remote", address, topology.getGatewayVersion(),
                topology.getClusterSize(), topology.getPartitionsCount());
    }
}
