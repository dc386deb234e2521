package nl.verhuurtoezicht.identity;

import java.time.OffsetDateTime;
import java.util.Set;

/** A stored account; {@code passwordHash} is null for accounts that log in through OIDC. */
public record Account(long id, String username, String email, String displayName, String passwordHash, Long landlordId,
                      boolean enabled, OffsetDateTime emailConfirmedAt, String oidcIssuer, Set<Role> roles,
                      OffsetDateTime createdAt) {
}
