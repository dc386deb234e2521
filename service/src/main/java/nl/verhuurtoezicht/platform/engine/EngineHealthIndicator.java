package nl.verhuurtoezicht.platform.engine;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} component "engine": up when the workflow engine answers a topology request. */
@Component("engine")
class EngineHealthIndicator extends AbstractHealthIndicator {

    private final EngineConnection connection;

    EngineHealthIndicator(EngineConnection connection) {
        super("Workflow engine does not answer");
        this.connection = connection;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        EngineConnection.Status status = connection.status();
        builder.up()
                .withDetail("mode", status.mode())
                .withDetail("address", status.address())
                .withDetail("gatewayVersion", status.gatewayVersion())
                .withDetail("brokers", status.brokers())
                .withDetail("partitions", status.partitions());
    }
}
