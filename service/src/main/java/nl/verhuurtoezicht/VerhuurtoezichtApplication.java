package nl.verhuurtoezicht;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Landlord licensing, inspection and enforcement under the Wet goed verhuurderschap. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VerhuurtoezichtApplication {

    public static void main(String[] args) {
        SpringApplication.run(VerhuurtoezichtApplication.class, args);
    }
}
