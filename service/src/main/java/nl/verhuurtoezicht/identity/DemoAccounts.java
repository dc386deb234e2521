package nl.verhuurtoezicht.identity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.identity.AccountRepository.NewAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One account per role with a published password (identity/demo-accounts.json, listed in docs/identity.md), only
 * when {@code verhuurtoezicht.demo=true} ({@code ./run --demo}). Never active by default.
 */
@Component
@ConditionalOnProperty(name = "verhuurtoezicht.demo", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String RESOURCE = "identity/demo-accounts.json";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record DemoAccount(String username, String password, String displayName, Set<Role> roles, String landlordName,
                       String kvkNumber) {
    }

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Clock clock;

    DemoAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditTrail audit, ObjectMapper json, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        for (DemoAccount demo : read()) {
            if (accounts.findByUsername(demo.username()).isPresent()) {
                continue;
            }
            Long landlordId = demo.landlordName() == null ? null
                    : accounts.findLandlordByKvk(demo.kvkNumber()).map(Landlord::id)
                    .orElseGet(() -> accounts.createLandlord(demo.kvkNumber(), demo.landlordName()));
            long id = accounts.create(new NewAccount(demo.username(), demo.username(), demo.displayName(),
                    passwordEncoder.encode(demo.password()), landlordId, true, demo.roles()));
            accounts.confirmEmail(id, clock.instant());
            audit.record(Actor.system("demo"), "DEMO_ACCOUNT_CREATED", "account:" + id, null,
                    demo.username() + " with roles " + AccountService.roleNames(demo.roles()));
            log.warn("Demo account {} ({}) created with its published password: demo mode only", demo.username(), demo.roles());
        }
    }

    static List<DemoAccount> read(ObjectMapper json) throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, new TypeReference<List<DemoAccount>>() { });
        }
    }

    private List<DemoAccount> read() throws IOException {
        return read(json);
    }
}
