package nl.verhuurtoezicht.support;

import java.time.Clock;
import java.time.ZoneId;
import nl.verhuurtoezicht.engine.ControllableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Gives the service and its embedded engine one movable clock, starting at the real now. It is the engine's own
 * controllable clock, so {@code advance(...)} fires the engine's due timers before it returns.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    ControllableClock movableClock() {
        return new ControllableClock(Clock.system(ZoneId.of("Europe/Amsterdam")));
    }
}
