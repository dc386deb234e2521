package nl.verhuurtoezicht.audit;

import static nl.verhuurtoezicht.db.Tables.AUDIT_ENTRY;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only trail of state-changing actions. Call it from web controllers, API endpoints and job
 * workers alike, inside the transaction of the change itself: if the change rolls back, so does its
 * audit row.
 */
@Service
public class AuditTrail {

    /** Serialises appends so that each row links to the one before it; any constant shared by all writers will do. */
    private static final long CHAIN_LOCK = 0x617564697474726CL;
    private static final int MAX_STATE_LENGTH = 2000;

    private final DSLContext dsl;
    private final Clock clock;

    AuditTrail(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Appends one entry. {@code before} and {@code after} are short human-readable summaries of the changed state
     * (null where there is none); longer text is cut with a marker.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(Actor actor, String action, String caseRef, String before, String after) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs an action");
        }
        dsl.select(DSL.field("pg_advisory_xact_lock({0})", Object.class, DSL.val(CHAIN_LOCK))).fetch();
        Record last = dsl.select(AUDIT_ENTRY.SEQ, AUDIT_ENTRY.HASH).from(AUDIT_ENTRY)
                .orderBy(AUDIT_ENTRY.SEQ.desc()).limit(1).fetchOne();
        long seq = last == null ? 1 : last.get(AUDIT_ENTRY.SEQ) + 1;
        String previousHash = last == null ? AuditHash.GENESIS : last.get(AUDIT_ENTRY.HASH);
        Instant now = AuditHash.storedPrecision(clock.instant());
        AuditEntry entry = new AuditEntry(seq, now, actor.name(), actor.role(), action, caseRef, cut(before), cut(after),
                previousHash, null);
        String hash = AuditHash.of(entry);
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.SEQ, seq)
                .set(AUDIT_ENTRY.OCCURRED_AT, now.atOffset(java.time.ZoneOffset.UTC))
                .set(AUDIT_ENTRY.ACTOR, entry.actor())
                .set(AUDIT_ENTRY.ACTOR_ROLE, entry.actorRole())
                .set(AUDIT_ENTRY.ACTION, action)
                .set(AUDIT_ENTRY.CASE_REF, caseRef)
                .set(AUDIT_ENTRY.BEFORE_STATE, entry.before())
                .set(AUDIT_ENTRY.AFTER_STATE, entry.after())
                .set(AUDIT_ENTRY.PREVIOUS_HASH, previousHash)
                .set(AUDIT_ENTRY.HASH, hash)
                .execute();
        return new AuditEntry(seq, now, entry.actor(), entry.actorRole(), action, caseRef, entry.before(), entry.after(),
                previousHash, hash);
    }

    /** The timeline of one case, oldest first. */
    public List<AuditEntry> timeline(String caseRef) {
        return dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.CASE_REF.eq(caseRef)).orderBy(AUDIT_ENTRY.SEQ)
                .fetch(AuditTrail::toEntry);
    }

    /** Entries by any of the given actors, oldest first (for the AVG export of one landlord). */
    public List<AuditEntry> byActors(List<String> actors) {
        return dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTOR.in(actors)).orderBy(AUDIT_ENTRY.SEQ)
                .fetch(AuditTrail::toEntry);
    }

    static AuditEntry toEntry(nl.verhuurtoezicht.db.tables.records.AuditEntryRecord r) {
        return new AuditEntry(r.getSeq(), r.getOccurredAt().toInstant(), r.getActor(), r.getActorRole(), r.getAction(),
                r.getCaseRef(), r.getBeforeState(), r.getAfterState(), r.getPreviousHash(), r.getHash());
    }

    private static String cut(String state) {
        if (state == null || state.length() <= MAX_STATE_LENGTH) {
            return state;
        }
        String marker = " [...]";
        return state.substring(0, MAX_STATE_LENGTH - marker.length()) + marker;
    }
}
