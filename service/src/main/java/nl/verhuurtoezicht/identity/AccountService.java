package nl.verhuurtoezicht.identity;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.identity.AccountRepository.NewAccount;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Landlord self-registration with e-mail confirmation, password reset by e-mail, and staff accounts created by
 * an administrator. Every change is in the audit trail under case reference {@code landlord:<id>} or
 * {@code account:<id>}.
 */
@Service
public class AccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern KVK_NUMBER = Pattern.compile("^\\d{8}$");
    private static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 254;

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final PasswordEncoder passwordEncoder;
    private final PasswordRules passwordRules;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final IdentityProperties properties;
    private final Clock clock;
    private final AccountSessions sessions;

    AccountService(AccountRepository accounts, AccountTokens tokens, AccountMails mails, PasswordEncoder passwordEncoder,
                   PasswordRules passwordRules, LoginThrottle throttle, AuditTrail audit, IdentityProperties properties,
                   Clock clock, AccountSessions sessions) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.passwordEncoder = passwordEncoder;
        this.passwordRules = passwordRules;
        this.throttle = throttle;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** What a landlord fills in to register; the KvK number is optional for private persons. */
    public record Registration(String email, String displayName, String landlordName, String kvkNumber, String password,
                               String passwordRepeat) {
    }

    /**
     * Registers a landlord and mails a confirmation link. An address that already has an account gets a mail saying
     * so (with a reset link) instead, and the caller sees the same answer, so registration does not reveal who has
     * an account.
     */
    @Transactional
    public FormProblems register(Registration form, String siteUrl, Locale locale) {
        FormProblems problems = new FormProblems();
        String email = AccountRepository.normalise(form.email());
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            problems.add("email", "account.email.invalid");
        }
        String displayName = strip(form.displayName());
        if (displayName.isEmpty() || displayName.length() > MAX_NAME) {
            problems.add("displayName", "account.displayName.required");
        }
        String landlordName = strip(form.landlordName());
        if (landlordName.isEmpty() || landlordName.length() > MAX_NAME) {
            problems.add("landlordName", "account.landlordName.required");
        }
        String kvk = strip(form.kvkNumber()).replace(" ", "");
        if (!kvk.isEmpty() && !KVK_NUMBER.matcher(kvk).matches()) {
            problems.add("kvkNumber", "account.kvk.invalid");
        } else if (!kvk.isEmpty() && accounts.findLandlordByKvk(kvk).isPresent()) {
            // Never attach a newcomer to an existing landlord: that would open its cases to whoever knows a KvK number.
            problems.add("kvkNumber", "account.kvk.taken");
        }
        passwordRules.check(form.password(), form.passwordRepeat(), problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        Optional<Account> existing = accounts.findByUsername(email);
        if (existing.isPresent()) {
            String token = tokens.issue(existing.get().id(), AccountTokens.Purpose.RESET_PASSWORD, properties.resetLinkValidity());
            mails.alreadyRegistered(email, resetLink(siteUrl, token), expiry(properties.resetLinkValidity()), locale);
            return problems;
        }
        long landlordId = accounts.createLandlord(kvk.isEmpty() ? null : kvk, landlordName);
        long accountId = accounts.create(new NewAccount(email, email, displayName, passwordEncoder.encode(form.password()),
                landlordId, false, Set.of(Role.LANDLORD)));
        String token = tokens.issue(accountId, AccountTokens.Purpose.CONFIRM_EMAIL, properties.confirmationLinkValidity());
        mails.confirmRegistration(email, displayName, siteUrl + "/account/bevestigen?token=" + token,
                expiry(properties.confirmationLinkValidity()), locale);
        audit.record(Actor.anonymous("registration"), "LANDLORD_REGISTERED", "landlord:" + landlordId, null,
                "landlord '" + landlordName + "'" + (kvk.isEmpty() ? " (no KvK number)" : " KvK " + kvk)
                        + ", account " + accountId + " <" + email + ">, awaiting e-mail confirmation");
        return problems;
    }

    /** Enables the account behind a confirmation link; false for an unknown, used or expired link. */
    @Transactional
    public boolean confirmEmail(String token) {
        Optional<Long> accountId = tokens.redeem(token, AccountTokens.Purpose.CONFIRM_EMAIL);
        accountId.ifPresent(id -> {
            accounts.confirmEmail(id, clock.instant());
            Account account = accounts.findById(id).orElseThrow();
            audit.record(new Actor(account.username(), "LANDLORD"), "EMAIL_CONFIRMED", caseRef(account), "disabled", "enabled");
        });
        return accountId.isPresent();
    }

    /** Mails a reset link if the address belongs to a built-in account; says nothing about whether it does. */
    @Transactional
    public void requestPasswordReset(String email, String siteUrl, Locale locale) {
        accounts.findByUsername(email).filter(a -> a.passwordHash() != null).ifPresent(account -> {
            String token = tokens.issue(account.id(), AccountTokens.Purpose.RESET_PASSWORD, properties.resetLinkValidity());
            mails.resetPassword(account.email(), account.displayName(), resetLink(siteUrl, token),
                    expiry(properties.resetLinkValidity()), locale);
        });
    }

    public boolean resetLinkValid(String token) {
        return tokens.peek(token, AccountTokens.Purpose.RESET_PASSWORD).isPresent();
    }

    /**
     * Sets a new password through a reset link. Following the link proves the mailbox, so it also confirms the
     * address and lifts a login lock. Returns problems (an invalid link is a problem on field "token").
     */
    @Transactional
    public FormProblems resetPassword(String token, String password, String repeat) {
        FormProblems problems = new FormProblems();
        passwordRules.check(password, repeat, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        Optional<Long> accountId = tokens.redeem(token, AccountTokens.Purpose.RESET_PASSWORD);
        if (accountId.isEmpty()) {
            problems.add("token", "account.reset.invalidLink");
            return problems;
        }
        Account account = accounts.findById(accountId.get()).orElseThrow();
        accounts.setPasswordHash(account.id(), passwordEncoder.encode(password));
        if (!account.enabled() && account.emailConfirmedAt() == null) {
            accounts.confirmEmail(account.id(), clock.instant());
        }
        throttle.clear(account.username());
        audit.record(new Actor(account.username(), roleNames(account.roles())), "PASSWORD_RESET", caseRef(account),
                null, "password changed through an e-mailed reset link");
        return problems;
    }

    /** An administrator creates a staff account; the person sets a password through a mailed link. */
    @Transactional
    public FormProblems createStaffAccount(CurrentUser admin, String email, String displayName, Set<Role> roles,
                                           String siteUrl, Locale locale) {
        FormProblems problems = new FormProblems();
        String username = AccountRepository.normalise(email);
        if (username.length() > MAX_EMAIL || !EMAIL.matcher(username).matches()) {
            problems.add("email", "account.email.invalid");
        } else if (accounts.findByUsername(username).isPresent()) {
            problems.add("email", "account.email.taken");
        }
        String name = strip(displayName);
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add("displayName", "account.displayName.required");
        }
        if (roles.isEmpty() || roles.contains(Role.LANDLORD)) {
            problems.add("roles", "account.roles.staffOnly");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        // A random password nobody knows, until the person chooses one through the mailed link.
        String unusable = passwordEncoder.encode(tokens.randomSecret());
        long id = accounts.create(new NewAccount(username, username, name, unusable, null, false, roles));
        String token = tokens.issue(id, AccountTokens.Purpose.RESET_PASSWORD, properties.confirmationLinkValidity());
        mails.accountCreated(username, name, resetLink(siteUrl, token), expiry(properties.confirmationLinkValidity()), locale);
        audit.record(admin.actor(), "ACCOUNT_CREATED", "account:" + id, null,
                "staff account <" + username + "> with roles " + roleNames(roles));
        return problems;
    }

    @Transactional
    public void setEnabled(CurrentUser admin, long accountId, boolean enabled) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
        if (account.id() == admin.accountId() && !enabled) {
            throw new IllegalArgumentException("An administrator cannot disable their own account");
        }
        accounts.setEnabled(accountId, enabled);
        int endedSessions = enabled ? 0 : sessions.endAll(accountId);
        audit.record(admin.actor(), enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", caseRef(account),
                account.enabled() ? "enabled" : "disabled",
                enabled ? "enabled" : "disabled, " + endedSessions + " running session(s) ended");
    }

    static String caseRef(Account account) {
        return account.landlordId() != null ? "landlord:" + account.landlordId() : "account:" + account.id();
    }

    static String roleNames(Set<Role> roles) {
        return roles.isEmpty() ? "NONE" : String.join("+", roles.stream().map(Role::name).sorted().toList());
    }

    private java.time.Instant expiry(java.time.Duration validity) {
        return clock.instant().plus(validity);
    }

    private static String resetLink(String siteUrl, String token) {
        return siteUrl + "/account/wachtwoord-herstellen?token=" + token;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
