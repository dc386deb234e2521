package nl.verhuurtoezicht.platform.engine;

import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import nl.verhuurtoezicht.engine.EngineConfig;
import nl.verhuurtoezicht.engine.LocalEngine;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the open-source engine in-process on the service's own PostgreSQL (schema {@code engine}). This is the only
 * place in the service that touches engine classes. It shares the service's clock, so tests that move time move
 * the engine's timers too; everything else talks to it through the Camunda client.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EmbeddedEngineEnvironment.EMBEDDED, havingValue = "true")
class EmbeddedEngineConfiguration {

    static final String ENGINE_BEAN = "localEngine";

    @Bean(name = ENGINE_BEAN, destroyMethod = "close")
    LocalEngine localEngine(DataSource dataSource, Clock clock,
                            @Value("${" + EmbeddedEngineEnvironment.GRPC_PORT + "}") int grpcPort,
                            @Value("${" + EmbeddedEngineEnvironment.REST_PORT + "}") int restPort)
            throws IOException, SQLException {
        return LocalEngine.start(dataSource, EngineConfig.defaults().withPorts(grpcPort, restPort).withClock(clock));
    }

    /** The client and its job workers must not start before the engine they talk to. */
    @Bean
    static BeanFactoryPostProcessor camundaClientAfterEngine() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanNamesForType(CamundaClient.class, true, false)) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                definition.setDependsOn(append(definition.getDependsOn(), ENGINE_BEAN));
            }
        };
    }

    private static String[] append(String[] existing, String name) {
        if (existing == null) {
            return new String[] {name};
        }
        String[] result = java.util.Arrays.copyOf(existing, existing.length + 1);
        result[existing.length] = name;
        return result;
    }
}
