package nl.verhuurtoezicht.platform.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides, before any bean exists, whether the service runs its own embedded engine: when no
 * {@code camunda.client.grpc-address} is configured. It then fixes the engine's ports and points the Camunda
 * client at them, so the client, its workers and the deployment code are the same as against a real cluster.
 */
class EmbeddedEngineEnvironment implements EnvironmentPostProcessor {

    static final String EMBEDDED = "verhuurtoezicht.engine.embedded";
    static final String GRPC_PORT = "verhuurtoezicht.engine.grpc-port";
    static final String REST_PORT = "verhuurtoezicht.engine.rest-port";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("camunda.client.grpc-address"))) {
            environment.getPropertySources().addFirst(new MapPropertySource("remoteEngine", Map.of(EMBEDDED, "false")));
            return;
        }
        int grpcPort = portOrFree(environment.getProperty(GRPC_PORT, Integer.class, 0));
        int restPort = portOrFree(environment.getProperty(REST_PORT, Integer.class, 0));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(EMBEDDED, "true");
        properties.put(GRPC_PORT, grpcPort);
        properties.put(REST_PORT, restPort);
        properties.put("camunda.client.grpc-address", "http://127.0.0.1:" + grpcPort);
        properties.put("camunda.client.rest-address", "http://127.0.0.1:" + restPort);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedEngine", properties));
    }

    private static int portOrFree(int configured) {
        if (configured > 0) {
            return configured;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port for the embedded engine", e);
        }
    }
}
