package nl.verhuurtoezicht.identity;

import static nl.verhuurtoezicht.db.Tables.ACCOUNT_TOKEN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * One-time tokens for the links in confirmation and password-reset mails. The token itself only exists in the
 * mail; the database keeps its SHA-256, so reading the table does not let anyone use a link.
 */
@Service
class AccountTokens {

    enum Purpose { CONFIRM_EMAIL, RESET_PASSWORD }

    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final DSLContext dsl;
    private final Clock clock;

    AccountTokens(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    String issue(long accountId, Purpose purpose, Duration validity) {
        String token = randomSecret();
        dsl.insertInto(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.TOKEN_HASH, hash(token))
                .set(ACCOUNT_TOKEN.USER_ID, accountId)
                .set(ACCOUNT_TOKEN.PURPOSE, purpose.name())
                .set(ACCOUNT_TOKEN.EXPIRES_AT, clock.instant().plus(validity).atOffset(ZoneOffset.UTC))
                .execute();
        return token;
    }

    /** 256 random bits, URL-safe. */
    String randomSecret() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The account a still-valid token belongs to, without using it up. */
    Optional<Long> peek(String token, Purpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return dsl.select(ACCOUNT_TOKEN.USER_ID).from(ACCOUNT_TOKEN)
                .where(ACCOUNT_TOKEN.TOKEN_HASH.eq(hash(token)))
                .and(ACCOUNT_TOKEN.PURPOSE.eq(purpose.name()))
                .and(ACCOUNT_TOKEN.USED_AT.isNull())
                .and(ACCOUNT_TOKEN.EXPIRES_AT.gt(clock.instant().atOffset(ZoneOffset.UTC)))
                .fetchOptional(ACCOUNT_TOKEN.USER_ID);
    }

    /** Uses the token up and returns its account; every other open token of the same purpose for that account is voided too. */
    Optional<Long> redeem(String token, Purpose purpose) {
        Optional<Long> account = peek(token, purpose);
        account.ifPresent(id -> dsl.update(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.USED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .where(ACCOUNT_TOKEN.USER_ID.eq(id))
                .and(ACCOUNT_TOKEN.PURPOSE.eq(purpose.name()))
                .and(ACCOUNT_TOKEN.USED_AT.isNull())
                .execute());
        return account;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
