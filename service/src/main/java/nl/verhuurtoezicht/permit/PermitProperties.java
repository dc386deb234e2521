package nl.verhuurtoezicht.permit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code verhuurtoezicht.permit.*}: the legal terms, validity, tariff and upload limit of permit applications.
 * The values and their sources are in application.yml (FACTS.md sections 1-3).
 */
@Validated
@ConfigurationProperties("verhuurtoezicht.permit")
public record PermitProperties(
        @NotNull Period decisionTerm,
        @NotNull Period supplementTerm,
        @NotNull Period escalationBefore,
        @NotNull Period extension,
        @NotNull Period validity,
        @NotNull Period reminderBefore,
        @NotNull Period finesLookback,
        @NotNull Period repeatOffenceWindow,
        @NotNull DataSize maxDocumentSize,
        @NotNull BigDecimal legesPerAddress,
        @NotBlank String ordinance,
        @NotBlank String permitNumberPrefix) {
}
