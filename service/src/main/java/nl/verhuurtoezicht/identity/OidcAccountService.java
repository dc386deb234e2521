package nl.verhuurtoezicht.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.identity.AccountRepository.NewAccount;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an OIDC login into a local account: roles come from the token claims at every login (the identity
 * provider decides who is an inspector), the account keeps the link to audit entries and to a landlord.
 * A login without any recognised role is refused.
 */
@Service
class OidcAccountService extends OidcUserService {

    private final AccountRepository accounts;
    private final IdentityProperties.Oidc properties;
    private final AuditTrail audit;

    OidcAccountService(AccountRepository accounts, IdentityProperties properties, AuditTrail audit) {
        this.accounts = accounts;
        this.properties = properties.oidc();
        this.audit = audit;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = super.loadUser(request);
        Map<String, Object> claims = oidcUser.getClaims();
        Set<Role> roles = rolesFrom(claims);
        if (roles.isEmpty()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                    "The identity provider gave no Verhuurtoezicht role in claim '" + properties.rolesClaim() + "'", null));
        }
        String issuer = oidcUser.getIssuer().toString();
        String subject = oidcUser.getSubject();
        String displayName = firstOf(oidcUser.getFullName(), oidcUser.getPreferredUsername(), oidcUser.getEmail(), subject);
        Long landlordId = roles.contains(Role.LANDLORD) ? landlordFromClaims(claims, displayName).orElse(null) : null;

        Optional<Account> existing = accounts.findByOidcIdentity(issuer, subject);
        long accountId;
        if (existing.isEmpty()) {
            String username = "oidc:" + request.getClientRegistration().getRegistrationId() + ":" + subject;
            accountId = accounts.createOidcAccount(issuer, subject,
                    new NewAccount(username, oidcUser.getEmail(), displayName, null, landlordId, true, roles));
            audit.record(new Actor(username, AccountService.roleNames(roles)), "OIDC_ACCOUNT_CREATED",
                    landlordId == null ? "account:" + accountId : "landlord:" + landlordId, null,
                    "account for " + displayName + " from " + issuer + " with roles " + AccountService.roleNames(roles));
        } else {
            Account account = existing.get();
            accountId = account.id();
            if (!account.enabled()) {
                throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", "This account is disabled", null));
            }
            accounts.updateProfile(accountId, oidcUser.getEmail(), displayName, landlordId);
            if (!account.roles().equals(roles)) {
                accounts.replaceRoles(accountId, roles);
                audit.record(new Actor(account.username(), AccountService.roleNames(roles)), "OIDC_ROLES_CHANGED",
                        "account:" + accountId, AccountService.roleNames(account.roles()), AccountService.roleNames(roles));
            }
        }
        Account account = accounts.findById(accountId).orElseThrow();
        return new OidcAccount(roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
                oidcUser.getIdToken(), oidcUser.getUserInfo(), account);
    }

    Set<Role> rolesFrom(Map<String, Object> claims) {
        Object value = claimAt(claims, properties.rolesClaim());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Collection<?> values = value instanceof Collection<?> collection ? collection
                : value instanceof String text ? java.util.Arrays.asList(text.split("[\\s,]+")) : java.util.List.of();
        for (Object item : values) {
            String name = String.valueOf(item).strip();
            Role mapped = properties.roleMapping().get(name);
            if (mapped != null) {
                roles.add(mapped);
            } else {
                for (Role role : Role.values()) {
                    if (role.name().equals(name.toUpperCase(Locale.ROOT))) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }

    private Optional<Long> landlordFromClaims(Map<String, Object> claims, String displayName) {
        if (properties.landlordKvkClaim() == null || properties.landlordKvkClaim().isBlank()) {
            return Optional.empty();
        }
        Object kvk = claimAt(claims, properties.landlordKvkClaim());
        if (!(kvk instanceof String number) || !number.matches("\\d{8}")) {
            return Optional.empty();
        }
        // The identity provider vouches for the KvK number (eHerkenning), so linking to an existing landlord is safe here.
        return Optional.of(accounts.findLandlordByKvk(number).map(Landlord::id)
                .orElseGet(() -> accounts.createLandlord(number, displayName)));
    }

    private static Object claimAt(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        throw new IllegalStateException("An OIDC login always has a subject");
    }
}
