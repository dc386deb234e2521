package nl.verhuurtoezicht.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.identity.mail.Mailer;
import nl.verhuurtoezicht.identity.privacy.PersonalDataSource;
import org.springframework.stereotype.Component;

/** What identity holds on a landlord: the registration, its accounts (never password hashes), mails and audit entries. */
@Component
class IdentityPersonalData implements PersonalDataSource {

    record AccountData(long id, String username, String email, String displayName, List<Role> roles, boolean enabled,
                       OffsetDateTime emailConfirmedAt, String loginMethod, OffsetDateTime createdAt) {
    }

    private final AccountRepository accounts;
    private final Mailer mailer;
    private final AuditTrail audit;

    IdentityPersonalData(AccountRepository accounts, Mailer mailer, AuditTrail audit) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.audit = audit;
    }

    @Override
    public String section() {
        return "identity";
    }

    @Override
    public Object aboutLandlord(long landlordId) {
        Landlord landlord = accounts.findLandlord(landlordId).orElseThrow(() -> new NotFoundException("Landlord"));
        List<Account> owned = accounts.byLandlord(landlordId);
        List<String> addresses = owned.stream().map(Account::email).filter(java.util.Objects::nonNull).toList();
        List<String> actors = owned.stream().map(Account::username).toList();
        return Map.of(
                "landlord", landlord,
                "accounts", owned.stream().map(a -> new AccountData(a.id(), a.username(), a.email(), a.displayName(),
                        a.roles().stream().sorted().toList(), a.enabled(), a.emailConfirmedAt(),
                        a.oidcIssuer() == null ? "password" : "oidc " + a.oidcIssuer(), a.createdAt())).toList(),
                "mails", addresses.isEmpty() ? List.of() : mailer.to(addresses),
                "auditEntries", Stream.concat(audit.timeline("landlord:" + landlordId).stream(),
                                actors.isEmpty() ? Stream.empty() : audit.byActors(actors).stream())
                        .distinct().sorted(java.util.Comparator.comparingLong(nl.verhuurtoezicht.audit.AuditEntry::seq)).toList());
    }
}
