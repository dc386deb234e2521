package nl.verhuurtoezicht.deployment;

import java.util.Map;

/**
 * Configuration that must be in place before Spring Boot prepares its environment. The service decides between the
 * embedded engine and a configured Camunda address in an EnvironmentPostProcessor, which runs before a test's
 * {@code @DynamicPropertySource} values are added: those would come too late and the embedded engine would start.
 * System properties are there from the start, as environment variables and command-line arguments are in production.
 */
final class StartupProperties {

    private StartupProperties() {
    }

    static void set(Map<String, String> properties) {
        properties.forEach(System::setProperty);
    }

    static void clear(Map<String, String> properties) {
        properties.keySet().forEach(System::clearProperty);
    }
}
