package nl.verhuurtoezicht.complaint;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MeldpuntProperties.class)
class ComplaintConfiguration {
}
