package nl.verhuurtoezicht.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The chain hash: SHA-256 over the previous row's hash and every stored field of this row. Each field
 * is length-prefixed so that moving text from one field to the next changes the hash too.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(String previousHash, long seq, Instant occurredAt, String actor, String actorRole, String action,
                     String caseRef, String before, String after) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        for (String field : new String[] {previousHash, Long.toString(seq), storedPrecision(occurredAt).toString(), actor,
                actorRole, action, caseRef, before, after}) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            sha256.update(Integer.toString(field == null ? -1 : bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) ':');
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** PostgreSQL keeps microseconds; hashing at that precision makes the stored row verifiable. */
    static Instant storedPrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String of(AuditEntry e) {
        return of(e.previousHash(), e.seq(), e.occurredAt(), e.actor(), e.actorRole(), e.action(), e.caseRef(), e.before(),
                e.after());
    }
}
