package nl.verhuurtoezicht.platform.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Logs at start-up which engine the service talks to, so an operator sees at once whether it is the cluster. */
@Component
class EngineConnectionReporter {

    private static final Logger log = LoggerFactory.getLogger(EngineConnectionReporter.class);

    private final EngineConnection connection;

    EngineConnectionReporter(EngineConnection connection) {
        this.connection = connection;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        try {
            EngineConnection.Status status = connection.status();
            log.info("Workflow engine: {} at {} (gateway version {}, {} broker(s), {} partition(s))",
                    status.mode(), status.address(), status.gatewayVersion(), status.brokers(), status.partitions());
        } catch (RuntimeException e) {
            log.warn("Workflow engine at {} does not answer yet: {}", connection.address(), e.getMessage());
        }
    }
}
