package nl.verhuurtoezicht.identity;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What identity and audit need with or without a web server (the audit verify command runs without). */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt, stored with its {bcrypt} prefix so the algorithm can be upgraded later without a migration
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** UTC wall clock; tests replace it with one they move. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
