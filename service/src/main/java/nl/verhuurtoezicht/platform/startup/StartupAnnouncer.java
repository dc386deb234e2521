package nl.verhuurtoezicht.platform.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Records each start, and tells the person who ran the start command which address to open. Stops are not
 * recorded: at JVM shutdown the embedded PostgreSQL's own shutdown hook may already be stopping the database.
 */
@Component
class StartupAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(StartupAnnouncer.class);

    private final SystemEventRepository events;
    private final Environment environment;
    private final String version;

    StartupAnnouncer(SystemEventRepository events, Environment environment, ObjectProvider<BuildProperties> build) {
        this.events = events;
        this.environment = environment;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "development" : properties.getVersion();
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String database = environment.containsProperty("spring.datasource.url") ? "external database" : "embedded database";
        events.record("STARTED", "version " + version + ", " + database);
        log.info("Verhuurtoezicht {} is ready: open http://localhost:{}/ (Ctrl+C stops it)", version, port);
    }
}
