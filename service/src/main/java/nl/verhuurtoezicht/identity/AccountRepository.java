package nl.verhuurtoezicht.identity;

import static nl.verhuurtoezicht.db.Tables.APP_USER;
import static nl.verhuurtoezicht.db.Tables.LANDLORD;
import static nl.verhuurtoezicht.db.Tables.USER_ROLE;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verhuurtoezicht.db.tables.records.AppUserRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Accounts, their roles and the landlords they act for. */
@Repository
public class AccountRepository {

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What a new account starts with. */
    public record NewAccount(String username, String email, String displayName, String passwordHash, Long landlordId,
                             boolean enabled, Set<Role> roles) {
    }

    public Optional<Account> findByUsername(String username) {
        return find(APP_USER.USERNAME.eq(normalise(username))).stream().findFirst();
    }

    public Optional<Account> findById(long id) {
        return find(APP_USER.ID.eq(id)).stream().findFirst();
    }

    public List<Account> all() {
        return find(org.jooq.impl.DSL.trueCondition());
    }

    public List<Account> byLandlord(long landlordId) {
        return find(APP_USER.LANDLORD_ID.eq(landlordId));
    }

    public long create(NewAccount account) {
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, normalise(account.username()))
                .set(APP_USER.EMAIL, account.email())
                .set(APP_USER.DISPLAY_NAME, account.displayName())
                .set(APP_USER.PASSWORD_HASH, account.passwordHash())
                .set(APP_USER.LANDLORD_ID, account.landlordId())
                .set(APP_USER.ENABLED, account.enabled())
                .returning(APP_USER.ID)
                .fetchOne(APP_USER.ID);
        replaceRoles(id, account.roles());
        return id;
    }

    public void replaceRoles(long accountId, Set<Role> roles) {
        dsl.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(accountId)).execute();
        for (Role role : roles) {
            dsl.insertInto(USER_ROLE).set(USER_ROLE.USER_ID, accountId).set(USER_ROLE.ROLE, role.name()).execute();
        }
    }

    public void confirmEmail(long accountId, Instant at) {
        dsl.update(APP_USER)
                .set(APP_USER.ENABLED, true)
                .set(APP_USER.EMAIL_CONFIRMED_AT, at.atOffset(ZoneOffset.UTC))
                .where(APP_USER.ID.eq(accountId))
                .execute();
    }

    public void setPasswordHash(long accountId, String passwordHash) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.ID.eq(accountId)).execute();
    }

    public void setEnabled(long accountId, boolean enabled) {
        dsl.update(APP_USER).set(APP_USER.ENABLED, enabled).where(APP_USER.ID.eq(accountId)).execute();
    }

    public Optional<Account> findByOidcIdentity(String issuer, String subject) {
        return find(APP_USER.OIDC_ISSUER.eq(issuer).and(APP_USER.OIDC_SUBJECT.eq(subject))).stream().findFirst();
    }

    public long createOidcAccount(String issuer, String subject, NewAccount account) {
        long id = create(account);
        dsl.update(APP_USER).set(APP_USER.OIDC_ISSUER, issuer).set(APP_USER.OIDC_SUBJECT, subject)
                .where(APP_USER.ID.eq(id)).execute();
        return id;
    }

    public void updateProfile(long accountId, String email, String displayName, Long landlordId) {
        dsl.update(APP_USER)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.LANDLORD_ID, landlordId)
                .where(APP_USER.ID.eq(accountId))
                .execute();
    }

    public long createLandlord(String kvkNumber, String name) {
        String kind = kvkNumber == null ? "NATURAL_PERSON" : "COMPANY";
        return dsl.insertInto(LANDLORD).set(LANDLORD.KIND, kind).set(LANDLORD.KVK_NUMBER, kvkNumber).set(LANDLORD.NAME, name)
                .returning(LANDLORD.ID).fetchOne(LANDLORD.ID);
    }

    public Optional<Landlord> findLandlord(long id) {
        return dsl.selectFrom(LANDLORD).where(LANDLORD.ID.eq(id))
                .fetchOptional(r -> new Landlord(r.getId(), r.getKvkNumber(), r.getName(), r.getCreatedAt()));
    }

    public Optional<Landlord> findLandlordByKvk(String kvkNumber) {
        return dsl.selectFrom(LANDLORD).where(LANDLORD.KVK_NUMBER.eq(kvkNumber))
                .fetchOptional(r -> new Landlord(r.getId(), r.getKvkNumber(), r.getName(), r.getCreatedAt()));
    }

    /** User names of built-in accounts are e-mail addresses; compare them without case or surrounding space. */
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private List<Account> find(Condition condition) {
        List<AppUserRecord> users = dsl.selectFrom(APP_USER).where(condition).orderBy(APP_USER.ID).fetch();
        if (users.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Role>> roles = dsl.selectFrom(USER_ROLE)
                .where(USER_ROLE.USER_ID.in(users.stream().map(AppUserRecord::getId).toList()))
                .fetchGroups(USER_ROLE.USER_ID, r -> Role.valueOf(r.getRole()))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> EnumSet.copyOf(e.getValue())));
        return users.stream().map(u -> new Account(u.getId(), u.getUsername(), u.getEmail(), u.getDisplayName(),
                u.getPasswordHash(), u.getLandlordId(), u.getEnabled(), u.getEmailConfirmedAt(), u.getOidcIssuer(),
                Set.copyOf(roles.getOrDefault(u.getId(), EnumSet.noneOf(Role.class))), u.getCreatedAt())).toList();
    }
}
