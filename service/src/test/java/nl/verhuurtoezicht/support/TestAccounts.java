package nl.verhuurtoezicht.support;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.verhuurtoezicht.identity.AccountRepository;
import nl.verhuurtoezicht.identity.AccountRepository.NewAccount;
import nl.verhuurtoezicht.identity.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates confirmed built-in accounts with unique names for tests; found by component scanning in every test context. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";

    /** A created account: its user name and, for landlords, its landlord id. */
    public record Created(long id, String username, Long landlordId) {
    }

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    public TestAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    public Created staff(Role... roles) {
        String username = "staff-" + UUID.randomUUID() + "@test.example";
        long id = accounts.create(new NewAccount(username, username, "Test " + roles[0], passwordEncoder.encode(PASSWORD),
                null, true, Set.of(roles)));
        accounts.confirmEmail(id, Instant.now());
        return new Created(id, username, null);
    }

    public Created landlord() {
        String username = "landlord-" + UUID.randomUUID() + "@test.example";
        long landlordId = accounts.createLandlord(null, "Test Verhuur " + username);
        long id = accounts.create(new NewAccount(username, username, "Test Landlord", passwordEncoder.encode(PASSWORD),
                landlordId, true, Set.of(Role.LANDLORD)));
        accounts.confirmEmail(id, Instant.now());
        return new Created(id, username, landlordId);
    }
}
