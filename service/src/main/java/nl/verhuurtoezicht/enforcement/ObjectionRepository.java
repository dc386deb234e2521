package nl.verhuurtoezicht.enforcement;

import static nl.verhuurtoezicht.db.Tables.CASE_FILE;
import static nl.verhuurtoezicht.db.Tables.OBJECTION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Objections (bezwaar) against enforcement decisions; each is its own BZ- case. */
@Repository
class ObjectionRepository {

    enum Outcome { UNFOUNDED, WELL_FOUNDED, PARTLY }

    record Objection(long caseId, String caseNumber, long enforcementCaseId, LocalDate receivedOn, LocalDate decisionDue,
                     boolean extended, String grounds, Outcome outcome, BigDecimal newAmount, String reasons,
                     String decidedBy, LocalDate decidedOn) {
    }

    private final DSLContext dsl;

    ObjectionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(long caseId, long enforcementCaseId, LocalDate receivedOn, LocalDate decisionDue, String grounds) {
        dsl.insertInto(OBJECTION).set(OBJECTION.CASE_ID, caseId).set(OBJECTION.ENFORCEMENT_CASE_ID, enforcementCaseId)
                .set(OBJECTION.RECEIVED_ON, receivedOn).set(OBJECTION.DECISION_DUE, decisionDue)
                .set(OBJECTION.GROUNDS, grounds).execute();
    }

    Optional<Objection> ofEnforcementCase(long enforcementCaseId) {
        return dsl.select(OBJECTION.fields()).select(CASE_FILE.CASE_NUMBER)
                .from(OBJECTION.join(CASE_FILE).on(CASE_FILE.ID.eq(OBJECTION.CASE_ID)))
                .where(OBJECTION.ENFORCEMENT_CASE_ID.eq(enforcementCaseId))
                .fetchOptional(r -> {
                    var o = r.into(OBJECTION);
                    return new Objection(o.getCaseId(), r.get(CASE_FILE.CASE_NUMBER), o.getEnforcementCaseId(),
                            o.getReceivedOn(), o.getDecisionDue(), o.getExtended(), o.getGrounds(),
                            o.getOutcome() == null ? null : Outcome.valueOf(o.getOutcome()), o.getNewAmount(),
                            o.getReasons(), o.getDecidedBy(), o.getDecidedOn());
                });
    }

    void extend(long caseId, LocalDate newDue) {
        dsl.update(OBJECTION).set(OBJECTION.EXTENDED, true).set(OBJECTION.DECISION_DUE, newDue)
                .where(OBJECTION.CASE_ID.eq(caseId).and(OBJECTION.EXTENDED.isFalse())).execute();
    }

    void decide(long caseId, Outcome outcome, BigDecimal newAmount, String reasons, String by, LocalDate on) {
        dsl.update(OBJECTION).set(OBJECTION.OUTCOME, outcome.name()).set(OBJECTION.NEW_AMOUNT, newAmount)
                .set(OBJECTION.REASONS, reasons).set(OBJECTION.DECIDED_BY, by).set(OBJECTION.DECIDED_ON, on)
                .where(OBJECTION.CASE_ID.eq(caseId)).execute();
    }
}
