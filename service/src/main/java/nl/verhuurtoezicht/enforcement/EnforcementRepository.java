package nl.verhuurtoezicht.enforcement;

import static nl.verhuurtoezicht.db.Tables.CASE_FILE;
import static nl.verhuurtoezicht.db.Tables.ENFORCEMENT_CASE;
import static nl.verhuurtoezicht.db.Tables.ENFORCEMENT_VIOLATION;
import static nl.verhuurtoezicht.db.Tables.FINE;
import static nl.verhuurtoezicht.db.Tables.PAYMENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.verhuurtoezicht.db.tables.records.EnforcementCaseRecord;
import nl.verhuurtoezicht.db.tables.records.FineRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Enforcement cases, their violations and fines. */
@Repository
class EnforcementRepository {

    private final DSLContext dsl;

    EnforcementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record NewCase(long caseId, long processInstanceKey, long sourceCaseId, Long reportId, LocalDate reportDate,
                   LocalDate violationDate, boolean repeatOffence, boolean businessLike, String takeoverGroundReason,
                   LocalDate decisionDue) {
    }

    void insert(NewCase c) {
        dsl.insertInto(ENFORCEMENT_CASE)
                .set(ENFORCEMENT_CASE.CASE_ID, c.caseId())
                .set(ENFORCEMENT_CASE.PROCESS_INSTANCE_KEY, c.processInstanceKey())
                .set(ENFORCEMENT_CASE.SOURCE_CASE_ID, c.sourceCaseId())
                .set(ENFORCEMENT_CASE.REPORT_ID, c.reportId())
                .set(ENFORCEMENT_CASE.REPORT_DATE, c.reportDate())
                .set(ENFORCEMENT_CASE.VIOLATION_DATE, c.violationDate())
                .set(ENFORCEMENT_CASE.REPEAT_OFFENCE, c.repeatOffence())
                .set(ENFORCEMENT_CASE.BUSINESS_LIKE, c.businessLike())
                .set(ENFORCEMENT_CASE.TAKEOVER_GROUND, c.takeoverGroundReason() != null)
                .set(ENFORCEMENT_CASE.TAKEOVER_GROUND_REASON, c.takeoverGroundReason())
                .set(ENFORCEMENT_CASE.DECISION_DUE, c.decisionDue())
                .execute();
    }

    void insertViolation(long caseId, String ruleId, String consequence) {
        dsl.insertInto(ENFORCEMENT_VIOLATION)
                .set(ENFORCEMENT_VIOLATION.CASE_ID, caseId)
                .set(ENFORCEMENT_VIOLATION.RULE_ID, ruleId)
                .set(ENFORCEMENT_VIOLATION.CONSEQUENCE, consequence)
                .onConflictDoNothing()
                .execute();
    }

    void setAdvice(long caseId, String ruleId, Sanction advice, String note) {
        dsl.update(ENFORCEMENT_VIOLATION)
                .set(ENFORCEMENT_VIOLATION.ADVICE, advice.name())
                .set(ENFORCEMENT_VIOLATION.ADVICE_NOTE, note)
                .where(ENFORCEMENT_VIOLATION.CASE_ID.eq(caseId).and(ENFORCEMENT_VIOLATION.RULE_ID.eq(ruleId)))
                .execute();
    }

    List<Violation> violations(long caseId) {
        return dsl.selectFrom(ENFORCEMENT_VIOLATION).where(ENFORCEMENT_VIOLATION.CASE_ID.eq(caseId))
                .orderBy(ENFORCEMENT_VIOLATION.ID)
                .fetch(r -> new Violation(r.getRuleId(), r.getConsequence(),
                        r.getAdvice() == null ? null : Sanction.valueOf(r.getAdvice()), r.getAdviceNote()));
    }

    Optional<EnforcementCase> byProcessInstance(long processInstanceKey) {
        return select().where(ENFORCEMENT_CASE.PROCESS_INSTANCE_KEY.eq(processInstanceKey)).fetchOptional(this::toCase);
    }

    Optional<EnforcementCase> byCaseId(long caseId) {
        return select().where(ENFORCEMENT_CASE.CASE_ID.eq(caseId)).fetchOptional(this::toCase);
    }

    Optional<EnforcementCase> byCaseNumber(String caseNumber) {
        return select().where(CASE_FILE.CASE_NUMBER.eq(caseNumber)).fetchOptional(this::toCase);
    }

    List<EnforcementCase> all(boolean openOnly) {
        return select().where(openOnly ? CASE_FILE.CLOSED_AT.isNull() : DSL.trueCondition())
                .orderBy(ENFORCEMENT_CASE.DECISION_DUE, CASE_FILE.ID).fetch(this::toCase);
    }

    List<EnforcementCase> ofLandlord(long landlordId) {
        return select().where(CASE_FILE.LANDLORD_ID.eq(landlordId)).orderBy(CASE_FILE.ID.desc()).fetch(this::toCase);
    }

    List<EnforcementCase> ofAddress(long addressId) {
        return select().where(CASE_FILE.ADDRESS_ID.eq(addressId)).orderBy(CASE_FILE.ID.desc()).fetch(this::toCase);
    }

    void setBehaviour(long caseId, Behaviour behaviour, String reason) {
        dsl.update(ENFORCEMENT_CASE).set(ENFORCEMENT_CASE.BEHAVIOUR, behaviour.name()).set(ENFORCEMENT_CASE.BEHAVIOUR_REASON, reason)
                .where(ENFORCEMENT_CASE.CASE_ID.eq(caseId)).execute();
    }

    void setAdvisedSanction(long caseId, Sanction sanction) {
        dsl.update(ENFORCEMENT_CASE).set(ENFORCEMENT_CASE.ADVISED_SANCTION, sanction.name()).where(ENFORCEMENT_CASE.CASE_ID.eq(caseId)).execute();
    }

    void setChosenSanction(long caseId, Sanction sanction, String reason, String remedyTerm) {
        dsl.update(ENFORCEMENT_CASE).set(ENFORCEMENT_CASE.CHOSEN_SANCTION, sanction.name())
                .set(ENFORCEMENT_CASE.SANCTION_REASON, reason)
                .set(ENFORCEMENT_CASE.REMEDY_TERM, remedyTerm)
                .where(ENFORCEMENT_CASE.CASE_ID.eq(caseId)).execute();
    }

    /**
     * A warning that was not followed: the re-inspection is the new report, its day the new violation day. Legal staff
     * then choose the escalation ({@code chooseEscalation}).
     */
    void restartAfterWarning(long caseId, Long reportId, LocalDate reportDate, LocalDate decisionDue) {
        dsl.update(ENFORCEMENT_CASE)
                .set(ENFORCEMENT_CASE.REPORT_ID, reportId)
                .set(ENFORCEMENT_CASE.REPORT_DATE, reportDate)
                .set(ENFORCEMENT_CASE.VIOLATION_DATE, reportDate)
                .set(ENFORCEMENT_CASE.DECISION_DUE, decisionDue)
                .where(ENFORCEMENT_CASE.CASE_ID.eq(caseId)).execute();
    }

    void markEscalated(long caseId, OffsetDateTime at) {
        dsl.update(ENFORCEMENT_CASE).set(ENFORCEMENT_CASE.ESCALATED_AT, at)
                .where(ENFORCEMENT_CASE.CASE_ID.eq(caseId).and(ENFORCEMENT_CASE.ESCALATED_AT.isNull())).execute();
    }

    void setZienswijze(long caseId, String text, LocalDate on) {
        dsl.update(ENFORCEMENT_CASE).set(ENFORCEMENT_CASE.ZIENSWIJZE, text).set(ENFORCEMENT_CASE.ZIENSWIJZE_ON, on)
                .where(ENFORCEMENT_CASE.CASE_ID.eq(caseId)).execute();
    }

    void setTakeoverIntentionDate(long caseId, LocalDate date) {
        dsl.update(ENFORCEMENT_CASE).set(ENFORCEMENT_CASE.TAKEOVER_INTENTION_DATE, date).where(ENFORCEMENT_CASE.CASE_ID.eq(caseId)).execute();
    }

    // Fines

    /** Inserts the calculated fine unless the case has one already (a calculation job delivered twice). */
    void insertFine(long caseId, FineCalculation calculation, String basis) {
        dsl.insertInto(FINE)
                .set(FINE.CASE_ID, caseId)
                .set(FINE.CATEGORY, calculation.category().name())
                .set(FINE.LEGAL_MAXIMUM, calculation.legalMaximum())
                .set(FINE.CALCULATED_AMOUNT, calculation.total())
                .set(FINE.BASIS, basis)
                .set(FINE.INTENDED_AMOUNT, calculation.total())
                .set(FINE.STATUS, Fine.Status.CALCULATED.name())
                .onConflict(FINE.CASE_ID).doNothing()
                .execute();
    }

    Optional<Fine> fineOfCase(long caseId) {
        return fines().where(FINE.CASE_ID.eq(caseId)).fetchOptional(this::toFine);
    }

    Optional<Fine> fineByReference(String paymentReference) {
        return fines().where(FINE.PAYMENT_REFERENCE.eq(paymentReference)).fetchOptional(this::toFine);
    }

    /** Locks the fine row so that concurrent payments and decisions on it run one after the other. */
    Optional<Fine> lockFine(long fineId) {
        dsl.selectFrom(FINE).where(FINE.ID.eq(fineId)).forUpdate().fetchOptional();
        return fines().where(FINE.ID.eq(fineId)).fetchOptional(this::toFine);
    }

    void fineIntended(long fineId, String letterKenmerk, LocalDate date) {
        dsl.update(FINE).set(FINE.INTENTION_LETTER, letterKenmerk).set(FINE.INTENTION_DATE, date)
                .set(FINE.STATUS, Fine.Status.INTENDED.name()).where(FINE.ID.eq(fineId)).execute();
    }

    void fineZienswijzeWeighed(long fineId, BigDecimal intendedAmount, String reply) {
        dsl.update(FINE).set(FINE.INTENDED_AMOUNT, intendedAmount).set(FINE.ZIENSWIJZE_REPLY, reply)
                .where(FINE.ID.eq(fineId)).execute();
    }

    void fineProposed(long fineId, BigDecimal amount, String reason, String by) {
        dsl.update(FINE).set(FINE.PROPOSED_AMOUNT, amount).set(FINE.PROPOSAL_REASON, reason).set(FINE.PROPOSED_BY, by)
                .set(FINE.APPROVED_BY, (String) null).set(FINE.STATUS, Fine.Status.PROPOSED.name())
                .where(FINE.ID.eq(fineId)).execute();
    }

    void fineApproved(long fineId, String by) {
        dsl.update(FINE).set(FINE.APPROVED_BY, by).set(FINE.AMOUNT, FINE.PROPOSED_AMOUNT).where(FINE.ID.eq(fineId)).execute();
    }

    void fineProposalRejected(long fineId) {
        dsl.update(FINE).set(FINE.PROPOSED_AMOUNT, (BigDecimal) null).set(FINE.PROPOSED_BY, (String) null)
                .set(FINE.STATUS, Fine.Status.INTENDED.name()).where(FINE.ID.eq(fineId)).execute();
    }

    void fineDecided(long fineId, LocalDate decidedOn, String letterKenmerk, long sanctionId, String paymentReference,
                     LocalDate dueDate) {
        dsl.update(FINE).set(FINE.DECIDED_ON, decidedOn).set(FINE.DECISION_LETTER, letterKenmerk)
                .set(FINE.SANCTION_ID, sanctionId).set(FINE.PAYMENT_REFERENCE, paymentReference)
                .set(FINE.DUE_DATE, dueDate).set(FINE.STATUS, Fine.Status.DECIDED.name())
                .where(FINE.ID.eq(fineId)).execute();
    }

    void fineStatus(long fineId, Fine.Status status) {
        dsl.update(FINE).set(FINE.STATUS, status.name()).where(FINE.ID.eq(fineId)).execute();
    }

    void fineAmountChanged(long fineId, BigDecimal amount, Long sanctionId) {
        dsl.update(FINE).set(FINE.AMOUNT, amount).set(FINE.SANCTION_ID, sanctionId).where(FINE.ID.eq(fineId)).execute();
    }

    private org.jooq.SelectJoinStep<Record> fines() {
        return dsl.select(FINE.fields())
                .select(DSL.coalesce(DSL.field(DSL.select(DSL.sum(PAYMENT.AMOUNT)).from(PAYMENT)
                        .where(PAYMENT.FINE_ID.eq(FINE.ID))), BigDecimal.ZERO).as("paid"))
                .from(FINE);
    }

    private Fine toFine(Record r) {
        FineRecord f = r.into(FINE);
        return new Fine(f.getId(), f.getCaseId(), FineCategory.valueOf(f.getCategory()), f.getLegalMaximum(),
                f.getCalculatedAmount(), f.getBasis(), f.getIntendedAmount(), f.getZienswijzeReply(), f.getProposedAmount(),
                f.getProposalReason(), f.getProposedBy(), f.getApprovedBy(), f.getAmount(), f.getIntentionLetter(),
                f.getIntentionDate(), f.getDecidedOn(), f.getDecisionLetter(), f.getSanctionId(), f.getPaymentReference(),
                f.getDueDate(), Fine.Status.valueOf(f.getStatus()), r.get("paid", BigDecimal.class));
    }

    private org.jooq.SelectJoinStep<Record> select() {
        return dsl.select(ENFORCEMENT_CASE.fields()).select(CASE_FILE.CASE_NUMBER, CASE_FILE.STATUS, CASE_FILE.CLOSED_AT,
                        CASE_FILE.LANDLORD_ID, CASE_FILE.ADDRESS_ID)
                .from(ENFORCEMENT_CASE.join(CASE_FILE).on(CASE_FILE.ID.eq(ENFORCEMENT_CASE.CASE_ID)));
    }

    private EnforcementCase toCase(Record r) {
        EnforcementCaseRecord e = r.into(ENFORCEMENT_CASE);
        return new EnforcementCase(e.getCaseId(), r.get(CASE_FILE.CASE_NUMBER), r.get(CASE_FILE.STATUS),
                r.get(CASE_FILE.CLOSED_AT) == null, r.get(CASE_FILE.LANDLORD_ID), r.get(CASE_FILE.ADDRESS_ID),
                e.getSourceCaseId(), e.getProcessInstanceKey(), e.getReportId(), e.getReportDate(), e.getViolationDate(),
                e.getRepeatOffence(), e.getBusinessLike(), e.getTakeoverGround(),
                e.getBehaviour() == null ? null : Behaviour.valueOf(e.getBehaviour()), e.getBehaviourReason(),
                e.getAdvisedSanction() == null ? null : Sanction.valueOf(e.getAdvisedSanction()),
                e.getChosenSanction() == null ? null : Sanction.valueOf(e.getChosenSanction()), e.getSanctionReason(),
                e.getRemedyTerm(), e.getDecisionDue(), e.getEscalatedAt() != null, e.getZienswijze(), e.getZienswijzeOn(),
                e.getTakeoverIntentionDate(), e.getTakeoverGroundReason());
    }
}
