package nl.verhuurtoezicht.identity.privacy;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled}, which the daily retention sweep needs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionScheduling {
}
