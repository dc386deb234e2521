package nl.verhuurtoezicht.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.verhuurtoezicht.platform.startup.SystemEventRepository;
import nl.verhuurtoezicht.platform.startup.SystemEventRepository.SystemEvent;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What this installation runs on, for administrators and monitoring. */
@RestController
@RequestMapping("/api/system")
@Tag(name = "System", description = "Installation and start-up information")
class SystemInfoController {

    record SystemInfo(String name, String database, List<SystemEvent> recentEvents) {
    }

    private final SystemEventRepository events;
    private final Environment environment;

    SystemInfoController(SystemEventRepository events, Environment environment) {
        this.events = events;
        this.environment = environment;
    }

    @GetMapping
    @Operation(summary = "Database mode and the last start-ups and shut-downs")
    SystemInfo info() {
        String database = environment.containsProperty("spring.datasource.url") ? "external" : "embedded";
        return new SystemInfo("Verhuurtoezicht", database, events.latest(10));
    }
}
