package nl.verhuurtoezicht.identity;

import static nl.verhuurtoezicht.db.Tables.LOGIN_THROTTLE;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.db.tables.records.LoginThrottleRecord;
import org.jooq.DSLContext;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a user name for {@code lock-duration} after {@code max-failed-logins} wrong passwords within
 * {@code failed-login-window}. Counted per entered name, existing or not, so the lock gives away nothing.
 * While locked even the right password is refused.
 */
@Service
public class LoginThrottle {

    private final DSLContext dsl;
    private final Clock clock;
    private final IdentityProperties properties;
    private final AuditTrail audit;

    LoginThrottle(DSLContext dsl, Clock clock, IdentityProperties properties, AuditTrail audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.properties = properties;
        this.audit = audit;
    }

    public boolean isLocked(String username) {
        OffsetDateTime lockedUntil = dsl.select(LOGIN_THROTTLE.LOCKED_UNTIL).from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.USERNAME.eq(AccountRepository.normalise(username)))
                .fetchOne(LOGIN_THROTTLE.LOCKED_UNTIL);
        return lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
    }

    @Transactional
    public void recordFailure(String username) {
        String name = AccountRepository.normalise(username);
        if (name.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        dsl.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.USERNAME, name)
                .set(LOGIN_THROTTLE.FAILURES, 0)
                .set(LOGIN_THROTTLE.FIRST_FAILURE_AT, utc(now))
                .onConflictDoNothing()
                .execute();
        LoginThrottleRecord row = dsl.selectFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.USERNAME.eq(name)).forUpdate().fetchOne();
        boolean windowOver = row.getFirstFailureAt().toInstant().plus(properties.failedLoginWindow()).isBefore(now);
        boolean lockOver = row.getLockedUntil() != null && !row.getLockedUntil().toInstant().isAfter(now);
        if (windowOver || lockOver) {
            row.setFailures(0);
            row.setFirstFailureAt(utc(now));
            row.setLockedUntil(null);
        }
        row.setFailures(row.getFailures() + 1);
        if (row.getFailures() >= properties.maxFailedLogins() && row.getLockedUntil() == null) {
            row.setLockedUntil(utc(now.plus(properties.lockDuration())));
            audit.record(Actor.system("login-throttle"), "LOGIN_LOCKED", null, null,
                    "user name " + name + " locked until " + row.getLockedUntil().toInstant() + " after "
                            + row.getFailures() + " failed logins");
        }
        row.store();
    }

    @Transactional
    public void recordSuccess(String username) {
        dsl.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.USERNAME.eq(AccountRepository.normalise(username))).execute();
    }

    /** Clears the lock, e.g. after the person proved they own the mailbox by resetting the password. */
    @Transactional
    public void clear(String username) {
        recordSuccess(username);
    }

    @EventListener
    @Transactional
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(event.getAuthentication().getName());
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PasswordAccount account) {
            recordSuccess(account.getUsername());
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
