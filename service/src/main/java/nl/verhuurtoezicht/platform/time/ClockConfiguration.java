package nl.verhuurtoezicht.platform.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole service and its embedded engine, in Dutch time (legal terms run in calendar days in
 * the Netherlands). Tests replace it with a movable clock so an 8-week term passes in milliseconds.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(NETHERLANDS);
    }
}
