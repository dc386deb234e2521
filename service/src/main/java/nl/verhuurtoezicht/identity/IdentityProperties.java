package nl.verhuurtoezicht.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code verhuurtoezicht.identity.*}: login throttling, password and link rules, OIDC claim mapping and
 * the Content-Security-Policy. The values and their reasons are in application.yml.
 */
@Validated
@ConfigurationProperties("verhuurtoezicht.identity")
public record IdentityProperties(
        @Min(1) int maxFailedLogins,
        @NotNull Duration failedLoginWindow,
        @NotNull Duration lockDuration,
        @Min(8) int minPasswordLength,
        @NotNull Duration confirmationLinkValidity,
        @NotNull Duration resetLinkValidity,
        @NotBlank String contentSecurityPolicy,
        @NotBlank String permissionsPolicy,
        @Valid @NotNull Oidc oidc,
        String publicUrl) {

    /**
     * The address links in mails point to. Set it in production: otherwise it is taken from the request, and a forged
     * Host header could make a reset mail point elsewhere.
     */
    public String siteUrl(String requestBaseUrl) {
        String base = publicUrl == null || publicUrl.isBlank() ? requestBaseUrl : publicUrl;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * How OIDC token claims become roles: {@code rolesClaim} names the claim (a dotted path such as
     * {@code realm_access.roles} for Keycloak) holding a list of strings; each value is a role name or a key of
     * {@code roleMapping}. {@code landlordKvkClaim} (optional) names a claim with the KvK number of the landlord the
     * person acts for, as eHerkenning brokers provide.
     */
    public record Oidc(@NotBlank String rolesClaim, Map<String, Role> roleMapping, String landlordKvkClaim) {

        public Oidc {
            roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
        }
    }
}
