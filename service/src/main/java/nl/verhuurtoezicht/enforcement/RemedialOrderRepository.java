package nl.verhuurtoezicht.enforcement;

import static nl.verhuurtoezicht.db.Tables.PAYMENT;
import static nl.verhuurtoezicht.db.Tables.REMEDIAL_ORDER;
import static nl.verhuurtoezicht.db.Tables.REMEDIAL_ORDER_FORFEITURE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.verhuurtoezicht.db.tables.records.RemedialOrderForfeitureRecord;
import nl.verhuurtoezicht.db.tables.records.RemedialOrderRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Lasten onder dwangsom and their forfeitures. */
@Repository
class RemedialOrderRepository {

    private final DSLContext dsl;

    RemedialOrderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The terms legal staff chose; replaces earlier terms as long as no voornemen went out. */
    void propose(long caseId, BigDecimal amountPerUnit, Period unit, BigDecimal maximum, Period begunstigingstermijn) {
        dsl.insertInto(REMEDIAL_ORDER)
                .set(REMEDIAL_ORDER.CASE_ID, caseId)
                .set(REMEDIAL_ORDER.AMOUNT_PER_UNIT, amountPerUnit)
                .set(REMEDIAL_ORDER.UNIT, unit.toString())
                .set(REMEDIAL_ORDER.MAXIMUM, maximum)
                .set(REMEDIAL_ORDER.BEGUNSTIGINGSTERMIJN, begunstigingstermijn.toString())
                .set(REMEDIAL_ORDER.STATUS, RemedialOrder.Status.PROPOSED.name())
                .onConflict(REMEDIAL_ORDER.CASE_ID).doUpdate()
                .set(REMEDIAL_ORDER.AMOUNT_PER_UNIT, amountPerUnit)
                .set(REMEDIAL_ORDER.UNIT, unit.toString())
                .set(REMEDIAL_ORDER.MAXIMUM, maximum)
                .set(REMEDIAL_ORDER.BEGUNSTIGINGSTERMIJN, begunstigingstermijn.toString())
                .where(REMEDIAL_ORDER.STATUS.eq(RemedialOrder.Status.PROPOSED.name()))
                .execute();
    }

    void intended(long caseId, LocalDate on) {
        dsl.update(REMEDIAL_ORDER).set(REMEDIAL_ORDER.INTENTION_DATE, on)
                .set(REMEDIAL_ORDER.STATUS, RemedialOrder.Status.INTENDED.name())
                .where(REMEDIAL_ORDER.CASE_ID.eq(caseId).and(REMEDIAL_ORDER.STATUS.eq(RemedialOrder.Status.PROPOSED.name())))
                .execute();
    }

    /** The decision after the zienswijze; the terms may have been changed in it. */
    void decide(long caseId, RemedialOrder.Outcome outcome, BigDecimal amountPerUnit, BigDecimal maximum,
                Period begunstigingstermijn, String reasons, String zienswijzeReply, String by, LocalDate on) {
        dsl.update(REMEDIAL_ORDER).set(REMEDIAL_ORDER.OUTCOME, outcome.name())
                .set(REMEDIAL_ORDER.AMOUNT_PER_UNIT, amountPerUnit).set(REMEDIAL_ORDER.MAXIMUM, maximum)
                .set(REMEDIAL_ORDER.BEGUNSTIGINGSTERMIJN, begunstigingstermijn.toString())
                .set(REMEDIAL_ORDER.DECISION_REASONS, reasons).set(REMEDIAL_ORDER.ZIENSWIJZE_REPLY, zienswijzeReply)
                .set(REMEDIAL_ORDER.DECIDED_BY, by).set(REMEDIAL_ORDER.DECIDED_ON, on)
                .set(REMEDIAL_ORDER.STATUS, (outcome == RemedialOrder.Outcome.DROP ? RemedialOrder.Status.DROPPED
                        : RemedialOrder.Status.INTENDED).name())
                .where(REMEDIAL_ORDER.CASE_ID.eq(caseId)).execute();
    }

    void imposed(long caseId, LocalDate remedyDeadline, String letter) {
        dsl.update(REMEDIAL_ORDER).set(REMEDIAL_ORDER.REMEDY_DEADLINE, remedyDeadline)
                .set(REMEDIAL_ORDER.DECISION_LETTER, letter).set(REMEDIAL_ORDER.STATUS, RemedialOrder.Status.IMPOSED.name())
                .where(REMEDIAL_ORDER.CASE_ID.eq(caseId)).execute();
    }

    void status(long caseId, RemedialOrder.Status status) {
        dsl.update(REMEDIAL_ORDER).set(REMEDIAL_ORDER.STATUS, status.name()).where(REMEDIAL_ORDER.CASE_ID.eq(caseId)).execute();
    }

    /** Records a forfeiture once per process step; false when this step recorded it before. */
    boolean insertForfeiture(long caseId, String stepKey, LocalDate checkedOn, DwangsomForfeiture forfeiture,
                             String paymentReference, LocalDate dueDate) {
        return dsl.insertInto(REMEDIAL_ORDER_FORFEITURE)
                .set(REMEDIAL_ORDER_FORFEITURE.CASE_ID, caseId)
                .set(REMEDIAL_ORDER_FORFEITURE.STEP_KEY, stepKey)
                .set(REMEDIAL_ORDER_FORFEITURE.CHECKED_ON, checkedOn)
                .set(REMEDIAL_ORDER_FORFEITURE.UNITS, forfeiture.units())
                .set(REMEDIAL_ORDER_FORFEITURE.AMOUNT, forfeiture.amount())
                .set(REMEDIAL_ORDER_FORFEITURE.PAYMENT_REFERENCE, paymentReference)
                .set(REMEDIAL_ORDER_FORFEITURE.DUE_DATE, dueDate)
                .onConflict(REMEDIAL_ORDER_FORFEITURE.STEP_KEY).doNothing()
                .execute() == 1;
    }

    void forfeitureLetter(String stepKey, String letter) {
        dsl.update(REMEDIAL_ORDER_FORFEITURE).set(REMEDIAL_ORDER_FORFEITURE.LETTER, letter)
                .where(REMEDIAL_ORDER_FORFEITURE.STEP_KEY.eq(stepKey)).execute();
    }

    Optional<RemedialOrder.Forfeiture> forfeitureOfStep(String stepKey) {
        return forfeitures().where(REMEDIAL_ORDER_FORFEITURE.STEP_KEY.eq(stepKey)).fetchOptional(this::toForfeiture);
    }

    Optional<RemedialOrder.Forfeiture> forfeitureByReference(String paymentReference) {
        return forfeitures().where(REMEDIAL_ORDER_FORFEITURE.PAYMENT_REFERENCE.eq(paymentReference))
                .fetchOptional(this::toForfeiture);
    }

    /** Locks the forfeiture row so that concurrent payments on it are booked one after the other. */
    Optional<RemedialOrder.Forfeiture> lockForfeiture(long id) {
        dsl.selectFrom(REMEDIAL_ORDER_FORFEITURE).where(REMEDIAL_ORDER_FORFEITURE.ID.eq(id)).forUpdate().fetchOptional();
        return forfeitures().where(REMEDIAL_ORDER_FORFEITURE.ID.eq(id)).fetchOptional(this::toForfeiture);
    }

    void forfeiturePaid(long id, LocalDate paidOn) {
        dsl.update(REMEDIAL_ORDER_FORFEITURE).set(REMEDIAL_ORDER_FORFEITURE.PAID_ON, paidOn)
                .where(REMEDIAL_ORDER_FORFEITURE.ID.eq(id)).execute();
    }

    /** Cases with a forfeited sum past its due date and not paid in full on {@code today}. */
    Set<Long> casesWithOverdueForfeitures(LocalDate today) {
        return Set.copyOf(dsl.selectDistinct(REMEDIAL_ORDER_FORFEITURE.CASE_ID).from(REMEDIAL_ORDER_FORFEITURE)
                .where(REMEDIAL_ORDER_FORFEITURE.DUE_DATE.lt(today))
                .and(REMEDIAL_ORDER_FORFEITURE.AMOUNT.gt(paid()))
                .fetch(REMEDIAL_ORDER_FORFEITURE.CASE_ID));
    }

    Optional<RemedialOrder> ofCase(long caseId) {
        return dsl.selectFrom(REMEDIAL_ORDER).where(REMEDIAL_ORDER.CASE_ID.eq(caseId)).fetchOptional(this::toOrder);
    }

    private RemedialOrder toOrder(RemedialOrderRecord r) {
        List<RemedialOrder.Forfeiture> forfeitures = forfeitures()
                .where(REMEDIAL_ORDER_FORFEITURE.CASE_ID.eq(r.getCaseId())).orderBy(REMEDIAL_ORDER_FORFEITURE.ID)
                .fetch(this::toForfeiture);
        return new RemedialOrder(r.getCaseId(), r.getAmountPerUnit(), Period.parse(r.getUnit()), r.getMaximum(),
                Period.parse(r.getBegunstigingstermijn()), r.getIntentionDate(),
                r.getOutcome() == null ? null : RemedialOrder.Outcome.valueOf(r.getOutcome()), r.getDecisionReasons(),
                r.getZienswijzeReply(), r.getDecidedBy(), r.getDecidedOn(), r.getRemedyDeadline(), r.getDecisionLetter(),
                RemedialOrder.Status.valueOf(r.getStatus()), forfeitures);
    }

    private static Field<BigDecimal> paid() {
        return DSL.coalesce(DSL.field(DSL.select(DSL.sum(PAYMENT.AMOUNT)).from(PAYMENT)
                .where(PAYMENT.FORFEITURE_ID.eq(REMEDIAL_ORDER_FORFEITURE.ID))), BigDecimal.ZERO);
    }

    private SelectJoinStep<Record> forfeitures() {
        return dsl.select(REMEDIAL_ORDER_FORFEITURE.fields()).select(paid().as("paid")).from(REMEDIAL_ORDER_FORFEITURE);
    }

    private RemedialOrder.Forfeiture toForfeiture(Record r) {
        RemedialOrderForfeitureRecord f = r.into(REMEDIAL_ORDER_FORFEITURE);
        return new RemedialOrder.Forfeiture(f.getId(), f.getCaseId(), f.getCheckedOn(), f.getUnits(), f.getAmount(),
                f.getPaymentReference(), f.getDueDate(), f.getLetter(), r.get("paid", BigDecimal.class), f.getPaidOn());
    }
}
