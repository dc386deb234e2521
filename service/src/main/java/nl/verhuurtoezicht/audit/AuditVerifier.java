package nl.verhuurtoezicht.audit;

import static nl.verhuurtoezicht.db.Tables.AUDIT_ENTRY;

import java.util.ArrayList;
import java.util.List;
import nl.verhuurtoezicht.db.tables.records.AuditEntryRecord;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Walks the audit trail from the first row and recomputes every hash. */
@Service
public class AuditVerifier {

    private static final int FETCH_SIZE = 1000;
    private static final int MAX_REPORTED_BREAKS = 100;

    private final DSLContext dsl;

    AuditVerifier(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        List<AuditVerification.Break> breaks = new ArrayList<>();
        long expectedSeq = 1;
        long rows = 0;
        String previousHash = AuditHash.GENESIS;
        try (Cursor<AuditEntryRecord> cursor = dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQ)
                .fetchSize(FETCH_SIZE).fetchLazy()) {
            for (AuditEntryRecord record : cursor) {
                AuditEntry entry = AuditTrail.toEntry(record);
                rows++;
                if (entry.seq() != expectedSeq) {
                    note(breaks, entry.seq(), "rows " + expectedSeq + " to " + (entry.seq() - 1) + " are missing");
                }
                if (!entry.previousHash().equals(previousHash)) {
                    note(breaks, entry.seq(), "does not link to the row before it (row before was changed or removed)");
                }
                if (!AuditHash.of(entry).equals(entry.hash())) {
                    note(breaks, entry.seq(), "content does not match its hash (row was changed)");
                }
                // Continue from what the row claims, so one tampered row is reported once, not for the rest of the chain.
                previousHash = entry.hash();
                expectedSeq = entry.seq() + 1;
            }
        }
        return new AuditVerification(breaks.isEmpty(), rows, rows == 0 ? AuditHash.GENESIS : previousHash, List.copyOf(breaks));
    }

    private static void note(List<AuditVerification.Break> breaks, long seq, String reason) {
        if (breaks.size() < MAX_REPORTED_BREAKS) {
            breaks.add(new AuditVerification.Break(seq, reason));
        }
    }
}
