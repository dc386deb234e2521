package nl.verhuurtoezicht.identity.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code verhuurtoezicht.mail.*}; the SMTP server itself is Spring Boot's {@code spring.mail.*}. */
@Validated
@ConfigurationProperties("verhuurtoezicht.mail")
public record MailProperties(@NotBlank @Email String from) {
}
