package nl.verhuurtoezicht.letters;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LetterProperties.class)
class LetterConfiguration {

    @Bean
    LetterRenderer letterRenderer(LetterProperties properties, ObjectProvider<Clock> clock) {
        return new LetterRenderer(properties, letterClock(clock));
    }

    @Bean
    LetterService letterService(LetterRenderer renderer, LetterArchive archive, ObjectProvider<Clock> clock) {
        return new LetterService(renderer, archive, letterClock(clock));
    }

    /** Dates in letters and archive timestamps are Dutch local time unless the application provides a clock. */
    private static Clock letterClock(ObjectProvider<Clock> applicationClock) {
        return applicationClock.getIfUnique(() -> Clock.system(ZoneId.of("Europe/Amsterdam")));
    }
}
