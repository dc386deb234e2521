package nl.verhuurtoezicht.enforcement;

import static nl.verhuurtoezicht.db.Tables.REVOCATION;

import java.time.LocalDate;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Revocations (intrekking) of permits chosen as a sanction. */
@Repository
class RevocationRepository {

    private final DSLContext dsl;

    RevocationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void choose(long caseId, long permitId) {
        dsl.insertInto(REVOCATION).set(REVOCATION.CASE_ID, caseId).set(REVOCATION.PERMIT_ID, permitId)
                .onConflict(REVOCATION.CASE_ID).doUpdate().set(REVOCATION.PERMIT_ID, permitId)
                .where(REVOCATION.INTENTION_DATE.isNull()).execute();
    }

    void intended(long caseId, LocalDate on) {
        dsl.update(REVOCATION).set(REVOCATION.INTENTION_DATE, on)
                .where(REVOCATION.CASE_ID.eq(caseId).and(REVOCATION.INTENTION_DATE.isNull())).execute();
    }

    void decide(long caseId, Revocation.Outcome outcome, LocalDate effectiveOn, String reasons, String zienswijzeReply,
                String by, LocalDate on) {
        dsl.update(REVOCATION).set(REVOCATION.OUTCOME, outcome.name()).set(REVOCATION.EFFECTIVE_ON, effectiveOn)
                .set(REVOCATION.REASONS, reasons).set(REVOCATION.ZIENSWIJZE_REPLY, zienswijzeReply)
                .set(REVOCATION.DECIDED_BY, by).set(REVOCATION.DECIDED_ON, on)
                .where(REVOCATION.CASE_ID.eq(caseId)).execute();
    }

    Optional<Revocation> ofCase(long caseId) {
        return dsl.selectFrom(REVOCATION).where(REVOCATION.CASE_ID.eq(caseId))
                .fetchOptional(r -> new Revocation(r.getCaseId(), r.getPermitId(), r.getIntentionDate(),
                        r.getOutcome() == null ? null : Revocation.Outcome.valueOf(r.getOutcome()), r.getEffectiveOn(),
                        r.getReasons(), r.getZienswijzeReply(), r.getDecidedBy(), r.getDecidedOn()));
    }
}
