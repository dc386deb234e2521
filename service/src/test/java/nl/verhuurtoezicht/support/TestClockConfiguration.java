package nl.verhuurtoezicht.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Gives the service and its embedded engine one movable clock, starting at the real now. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock movableClock() {
        return new MutableClock(Instant.now(), ZoneId.of("Europe/Amsterdam"));
    }
}
