package nl.verhuurtoezicht.enforcement;

import nl.verhuurtoezicht.rules.RuleCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnforcementConfiguration {

    @Bean
    FineCalculator fineCalculator(EnforcementProperties properties) {
        return new FineCalculator(new FineCategoryTable(properties.fineCategories()), properties.finePolicy());
    }

    @Bean
    RepeatOffenceWindow repeatOffenceWindow(EnforcementProperties properties) {
        return new RepeatOffenceWindow(properties.repeatOffenceWindow());
    }

    /** The norm catalogue gives each violated rule its severity (the "consequences" axis of the matrix) and wording. */
    @Bean
    RuleCatalogue enforcementRuleCatalogue() {
        return RuleCatalogue.loadDefault();
    }
}
