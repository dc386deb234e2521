package nl.verhuurtoezicht.complaint;

import static nl.verhuurtoezicht.db.Tables.CASE_FILE;
import static nl.verhuurtoezicht.db.Tables.MELDPUNT_PHOTO;
import static nl.verhuurtoezicht.db.Tables.MELDPUNT_REPORT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Meldpunt reports and their photos. */
@Repository
class MeldpuntReports {

    record NewReport(long caseId, String tokenHash, String addressText, String categories, String description,
                     String contactName, String contactEmail, String contactPhone, String language,
                     boolean handhavingsverzoek, LocalDate decideBefore, OffsetDateTime submittedAt, String senderHash) {
    }

    private final DSLContext dsl;

    MeldpuntReports(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(NewReport r) {
        return dsl.insertInto(MELDPUNT_REPORT)
                .set(MELDPUNT_REPORT.CASE_ID, r.caseId())
                .set(MELDPUNT_REPORT.STATUS_TOKEN_HASH, r.tokenHash())
                .set(MELDPUNT_REPORT.ADDRESS_TEXT, r.addressText())
                .set(MELDPUNT_REPORT.CATEGORIES, r.categories())
                .set(MELDPUNT_REPORT.DESCRIPTION, r.description())
                .set(MELDPUNT_REPORT.CONTACT_NAME, r.contactName())
                .set(MELDPUNT_REPORT.CONTACT_EMAIL, r.contactEmail())
                .set(MELDPUNT_REPORT.CONTACT_PHONE, r.contactPhone())
                .set(MELDPUNT_REPORT.LANGUAGE, r.language())
                .set(MELDPUNT_REPORT.HANDHAVINGSVERZOEK, r.handhavingsverzoek())
                .set(MELDPUNT_REPORT.STATUS, "RECEIVED")
                .set(MELDPUNT_REPORT.DECIDE_BEFORE, r.decideBefore())
                .set(MELDPUNT_REPORT.SUBMITTED_AT, r.submittedAt())
                .set(MELDPUNT_REPORT.SENDER_HASH, r.senderHash())
                .returning(MELDPUNT_REPORT.ID)
                .fetchOne(MELDPUNT_REPORT.ID);
    }

    void addPhoto(long reportId, String contentType, byte[] content, OffsetDateTime at) {
        dsl.insertInto(MELDPUNT_PHOTO)
                .set(MELDPUNT_PHOTO.REPORT_ID, reportId)
                .set(MELDPUNT_PHOTO.CONTENT_TYPE, contentType)
                .set(MELDPUNT_PHOTO.CONTENT, content)
                .set(MELDPUNT_PHOTO.UPLOADED_AT, at)
                .execute();
    }

    int fromSenderSince(String senderHash, OffsetDateTime since) {
        return dsl.fetchCount(MELDPUNT_REPORT, MELDPUNT_REPORT.SENDER_HASH.eq(senderHash)
                .and(MELDPUNT_REPORT.SUBMITTED_AT.ge(since)));
    }

    Optional<MeldpuntReport> find(long id) {
        return select().where(MELDPUNT_REPORT.ID.eq(id)).fetchOptional(MeldpuntReports::toReport);
    }

    Optional<MeldpuntReport> byProcessInstance(long processInstanceKey) {
        return select().where(CASE_FILE.PROCESS_INSTANCE_KEY.eq(processInstanceKey)).fetchOptional(MeldpuntReports::toReport);
    }

    Optional<MeldpuntReport> byTokenHash(String tokenHash) {
        return select().where(MELDPUNT_REPORT.STATUS_TOKEN_HASH.eq(tokenHash)).fetchOptional(MeldpuntReports::toReport);
    }

    List<MeldpuntReport> waitingForTriage() {
        return select().where(MELDPUNT_REPORT.STATUS.eq("RECEIVED"))
                .orderBy(MELDPUNT_REPORT.DECIDE_BEFORE, MELDPUNT_REPORT.ID).fetch(MeldpuntReports::toReport);
    }

    List<Long> photoIds(long reportId) {
        return dsl.select(MELDPUNT_PHOTO.ID).from(MELDPUNT_PHOTO).where(MELDPUNT_PHOTO.REPORT_ID.eq(reportId))
                .orderBy(MELDPUNT_PHOTO.ID).fetch(MELDPUNT_PHOTO.ID);
    }

    Optional<Record> photo(long reportId, long photoId) {
        return dsl.select(MELDPUNT_PHOTO.CONTENT_TYPE, MELDPUNT_PHOTO.CONTENT).from(MELDPUNT_PHOTO)
                .where(MELDPUNT_PHOTO.ID.eq(photoId).and(MELDPUNT_PHOTO.REPORT_ID.eq(reportId))).fetchOptional()
                .map(r -> (Record) r);
    }

    /** Records the triage once; false when it was triaged before (a second click changes nothing). */
    boolean triage(long id, String outcome, String reason, Long linkedCaseId, Long addressId) {
        return dsl.update(MELDPUNT_REPORT)
                .set(MELDPUNT_REPORT.TRIAGE_OUTCOME, outcome)
                .set(MELDPUNT_REPORT.TRIAGE_REASON, reason)
                .set(MELDPUNT_REPORT.LINKED_CASE_ID, linkedCaseId)
                .set(MELDPUNT_REPORT.ADDRESS_ID, addressId)
                .set(MELDPUNT_REPORT.STATUS, "INSPECT".equals(outcome) ? "INSPECTION" : "TRIAGED")
                .where(MELDPUNT_REPORT.ID.eq(id).and(MELDPUNT_REPORT.STATUS.eq("RECEIVED")))
                .execute() == 1;
    }

    boolean markOverdue(long id) {
        return dsl.update(MELDPUNT_REPORT).set(MELDPUNT_REPORT.OVERDUE, true)
                .where(MELDPUNT_REPORT.ID.eq(id).and(MELDPUNT_REPORT.OVERDUE.isFalse())).execute() == 1;
    }

    boolean close(long id) {
        return dsl.update(MELDPUNT_REPORT).set(MELDPUNT_REPORT.STATUS, "CLOSED")
                .where(MELDPUNT_REPORT.ID.eq(id).and(MELDPUNT_REPORT.STATUS.ne("CLOSED"))).execute() == 1;
    }

    /** Records the decision once; false when one was recorded before (a second submission changes nothing). */
    boolean recordDecision(long id, DecisionOutcome outcome, String request, String dictum, String reasons,
                           String decidedBy, OffsetDateTime at) {
        return dsl.update(MELDPUNT_REPORT)
                .set(MELDPUNT_REPORT.DECISION, outcome.name())
                .set(MELDPUNT_REPORT.DECISION_REQUEST, request)
                .set(MELDPUNT_REPORT.DECISION_DICTUM, dictum)
                .set(MELDPUNT_REPORT.DECISION_REASONS, reasons)
                .set(MELDPUNT_REPORT.DECIDED_BY, decidedBy)
                .set(MELDPUNT_REPORT.DECIDED_AT, at)
                .where(MELDPUNT_REPORT.ID.eq(id).and(MELDPUNT_REPORT.HANDHAVINGSVERZOEK.isTrue())
                        .and(MELDPUNT_REPORT.DECISION.isNull()))
                .execute() == 1;
    }

    /** Notes the letter of the decision once; false when it was noted before. */
    boolean recordDecisionLetter(long id, java.util.UUID letterId, boolean mailed) {
        return dsl.update(MELDPUNT_REPORT)
                .set(MELDPUNT_REPORT.DECISION_LETTER_ID, letterId)
                .set(MELDPUNT_REPORT.DECISION_MAILED, mailed)
                .where(MELDPUNT_REPORT.ID.eq(id).and(MELDPUNT_REPORT.DECISION_LETTER_ID.isNull()))
                .execute() == 1;
    }

    Optional<HandhavingsverzoekDecision> decision(long id) {
        return dsl.selectFrom(MELDPUNT_REPORT).where(MELDPUNT_REPORT.ID.eq(id).and(MELDPUNT_REPORT.DECISION.isNotNull()))
                .fetchOptional(r -> new HandhavingsverzoekDecision(r.getId(), DecisionOutcome.valueOf(r.getDecision()),
                        r.getDecisionRequest(), r.getDecisionDictum(), r.getDecisionReasons(), r.getDecidedBy(),
                        r.getDecidedAt(), r.getDecisionLetterId(), r.getDecisionMailed()));
    }

    private org.jooq.SelectJoinStep<Record> select() {
        return dsl.select(MELDPUNT_REPORT.fields()).select(CASE_FILE.CASE_NUMBER, CASE_FILE.PROCESS_INSTANCE_KEY)
                .from(MELDPUNT_REPORT).join(CASE_FILE).on(CASE_FILE.ID.eq(MELDPUNT_REPORT.CASE_ID));
    }

    private static MeldpuntReport toReport(Record r) {
        return new MeldpuntReport(r.get(MELDPUNT_REPORT.ID), r.get(MELDPUNT_REPORT.CASE_ID), r.get(CASE_FILE.CASE_NUMBER),
                r.get(CASE_FILE.PROCESS_INSTANCE_KEY), r.get(MELDPUNT_REPORT.ADDRESS_TEXT), r.get(MELDPUNT_REPORT.ADDRESS_ID),
                r.get(MELDPUNT_REPORT.CATEGORIES), r.get(MELDPUNT_REPORT.DESCRIPTION), r.get(MELDPUNT_REPORT.CONTACT_NAME),
                r.get(MELDPUNT_REPORT.CONTACT_EMAIL), r.get(MELDPUNT_REPORT.CONTACT_PHONE), r.get(MELDPUNT_REPORT.LANGUAGE),
                r.get(MELDPUNT_REPORT.HANDHAVINGSVERZOEK), r.get(MELDPUNT_REPORT.STATUS), r.get(MELDPUNT_REPORT.TRIAGE_OUTCOME),
                r.get(MELDPUNT_REPORT.TRIAGE_REASON), r.get(MELDPUNT_REPORT.LINKED_CASE_ID), r.get(MELDPUNT_REPORT.DECIDE_BEFORE),
                r.get(MELDPUNT_REPORT.OVERDUE), r.get(MELDPUNT_REPORT.SUBMITTED_AT));
    }
}
