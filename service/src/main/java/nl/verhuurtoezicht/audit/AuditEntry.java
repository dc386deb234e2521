package nl.verhuurtoezicht.audit;

import java.time.Instant;

/** One row of the audit trail, as stored. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String actorRole, String action, String caseRef,
                         String before, String after, String previousHash, String hash) {
}
