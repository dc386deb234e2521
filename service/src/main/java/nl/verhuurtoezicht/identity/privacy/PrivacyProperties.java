package nl.verhuurtoezicht.identity.privacy;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code verhuurtoezicht.privacy.*}: retention periods per kind of data, and when the sweep runs. */
@Validated
@ConfigurationProperties("verhuurtoezicht.privacy")
public record PrivacyProperties(@NotNull Map<String, Period> retention, @NotNull String sweepCron) {

    public PrivacyProperties {
        retention = Map.copyOf(retention);
    }
}
