package nl.verhuurtoezicht.inspection;

import nl.verhuurtoezicht.rules.Evaluator;
import nl.verhuurtoezicht.rules.RuleCatalogue;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InspectionProperties.class)
class InspectionConfiguration {

    /** The built-in norm catalogue; the evaluator is stateless and shared by all workers. */
    @Bean
    Evaluator inspectionEvaluator() {
        return new Evaluator(RuleCatalogue.loadDefault());
    }
}
