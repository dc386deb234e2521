package nl.verhuurtoezicht.inspection;

import static nl.verhuurtoezicht.db.Tables.CASE_FILE;
import static nl.verhuurtoezicht.db.Tables.INSPECTION;
import static nl.verhuurtoezicht.db.Tables.INSPECTION_FINDING;
import static nl.verhuurtoezicht.db.Tables.INSPECTION_PHOTO;
import static nl.verhuurtoezicht.db.Tables.INSPECTION_VISIT;
import static nl.verhuurtoezicht.db.Tables.LABOUR_INSPECTION_REFERRAL;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.identity.NotFoundException;
import nl.verhuurtoezicht.identity.Role;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Inspections, their visits, findings, photos and referrals. */
@Repository
public class InspectionRegister {

    private final DSLContext dsl;
    private final Clock clock;

    InspectionRegister(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Idempotent per process instance: a redelivered job finds the inspection it opened before. */
    @Transactional
    long open(long caseId, Long requestingCaseId, long addressId, InspectionReason reason, long processInstanceKey) {
        return dsl.insertInto(INSPECTION)
                .set(INSPECTION.CASE_ID, caseId)
                .set(INSPECTION.REQUESTING_CASE_ID, requestingCaseId)
                .set(INSPECTION.ADDRESS_ID, addressId)
                .set(INSPECTION.REASON, reason.name())
                .set(INSPECTION.PROCESS_INSTANCE_KEY, processInstanceKey)
                .set(INSPECTION.STATUS, "TO_SCHEDULE")
                .set(INSPECTION.OPENED_AT, OffsetDateTime.now(clock))
                .returning(INSPECTION.ID)
                .fetchOne(INSPECTION.ID);
    }

    public Optional<Inspection> byProcessInstance(long processInstanceKey) {
        return select().where(INSPECTION.PROCESS_INSTANCE_KEY.eq(processInstanceKey)).fetchOptional(InspectionRegister::toInspection);
    }

    public Optional<Inspection> find(long id) {
        return select().where(INSPECTION.ID.eq(id)).fetchOptional(InspectionRegister::toInspection);
    }

    public Optional<Inspection> byCase(long caseId) {
        return select().where(INSPECTION.CASE_ID.eq(caseId)).fetchOptional(InspectionRegister::toInspection);
    }

    /**
     * The inspection as this person may see it: coordinators see every inspection, inspectors only those assigned
     * to them; anything else is "not found", exactly like an id that does not exist.
     */
    public Inspection visibleTo(long id, CurrentUser user) {
        Inspection inspection = find(id).orElseThrow(() -> new NotFoundException("inspection " + id));
        if (user.has(Role.COORDINATOR) || user.username().equals(inspection.inspector())) {
            return inspection;
        }
        throw new NotFoundException("inspection " + id);
    }

    public List<Inspection> visibleList(CurrentUser user) {
        var query = select();
        var filtered = user.has(Role.COORDINATOR) ? query.where() : query.where(INSPECTION.INSPECTOR.eq(user.username()));
        return filtered.orderBy(INSPECTION.SCHEDULED_ON.asc().nullsFirst(), INSPECTION.ID.desc())
                .fetch(InspectionRegister::toInspection);
    }

    public List<Inspection> withStatus(String status) {
        return select().where(INSPECTION.STATUS.eq(status)).orderBy(INSPECTION.ID).fetch(InspectionRegister::toInspection);
    }

    @Transactional
    void schedule(long id, String inspector, LocalDate date, LocalTime time, boolean announced) {
        dsl.update(INSPECTION)
                .set(INSPECTION.INSPECTOR, inspector)
                .set(INSPECTION.SCHEDULED_ON, date)
                .set(INSPECTION.SCHEDULED_TIME, time)
                .set(INSPECTION.ANNOUNCED, announced)
                .set(INSPECTION.STATUS, "SCHEDULED")
                .where(INSPECTION.ID.eq(id))
                .execute();
    }

    @Transactional
    void recordVisit(long id, LocalDate day, VisitOutcome outcome, String inspector) {
        dsl.insertInto(INSPECTION_VISIT)
                .set(INSPECTION_VISIT.INSPECTION_ID, id)
                .set(INSPECTION_VISIT.VISITED_ON, day)
                .set(INSPECTION_VISIT.OUTCOME, outcome.name())
                .set(INSPECTION_VISIT.INSPECTOR, inspector)
                .set(INSPECTION_VISIT.RECORDED_AT, OffsetDateTime.now(clock))
                .execute();
        dsl.update(INSPECTION)
                .set(INSPECTION.STATUS, outcome == VisitOutcome.ACCESS ? "ON_SITE" : "NO_ACCESS")
                .where(INSPECTION.ID.eq(id))
                .execute();
    }

    /** Failed visits so far, counted from the visit rows, so a redelivered job counts nothing twice. */
    int failedVisits(long id) {
        return dsl.fetchCount(INSPECTION_VISIT, INSPECTION_VISIT.INSPECTION_ID.eq(id)
                .and(INSPECTION_VISIT.OUTCOME.ne(VisitOutcome.ACCESS.name())));
    }

    @Transactional
    void updateFailedVisits(long id, int failedVisits, String status) {
        dsl.update(INSPECTION).set(INSPECTION.FAILED_VISITS, failedVisits).set(INSPECTION.STATUS, status)
                .where(INSPECTION.ID.eq(id)).execute();
    }

    /** Keeps the newer draft only: a draft sent again after a lost connection never overwrites a later one. */
    @Transactional
    boolean saveDraft(long id, long revision, String json) {
        return dsl.update(INSPECTION)
                .set(INSPECTION.DRAFT_JSON, json)
                .set(INSPECTION.DRAFT_REVISION, revision)
                .where(INSPECTION.ID.eq(id).and(INSPECTION.DRAFT_REVISION.lt(revision)).and(INSPECTION.SUBMITTED_AT.isNull()))
                .execute() == 1;
    }

    /** True only for the first submission; a second one (double tap, resend) changes nothing. */
    @Transactional
    boolean submit(long id, String factsJson, String notes) {
        return dsl.update(INSPECTION)
                .set(INSPECTION.FACTS_JSON, factsJson)
                .set(INSPECTION.NOTES, notes)
                .set(INSPECTION.SUBMITTED_AT, OffsetDateTime.now(clock))
                .set(INSPECTION.STATUS, "SUBMITTED")
                .where(INSPECTION.ID.eq(id).and(INSPECTION.SUBMITTED_AT.isNull()))
                .execute() == 1;
    }

    /**
     * Replaces the findings under a row lock, so that deliveries of the same job at once queue up instead of
     * colliding. True when this was the first evaluation of the inspection.
     */
    @Transactional
    boolean storeEvaluation(long id, String evaluationJson, String verdict, List<InspectionFinding> findings) {
        boolean first = dsl.select(INSPECTION.EVALUATION_JSON).from(INSPECTION).where(INSPECTION.ID.eq(id)).forUpdate()
                .fetchOne(INSPECTION.EVALUATION_JSON) == null;
        dsl.deleteFrom(INSPECTION_FINDING).where(INSPECTION_FINDING.INSPECTION_ID.eq(id)).execute();
        for (InspectionFinding f : findings) {
            dsl.insertInto(INSPECTION_FINDING)
                    .set(INSPECTION_FINDING.INSPECTION_ID, id)
                    .set(INSPECTION_FINDING.RULE_ID, f.ruleId())
                    .set(INSPECTION_FINDING.STATUS, f.status())
                    .set(INSPECTION_FINDING.SEVERITY, f.severity())
                    .set(INSPECTION_FINDING.MESSAGE, f.message())
                    .set(INSPECTION_FINDING.LEGAL_BASIS, f.legalBasis())
                    .execute();
        }
        dsl.update(INSPECTION)
                .set(INSPECTION.EVALUATION_JSON, evaluationJson)
                .set(INSPECTION.VERDICT, verdict)
                .set(INSPECTION.STATUS, "EVALUATED")
                .where(INSPECTION.ID.eq(id))
                .execute();
        return first;
    }

    @Transactional
    void setVerdict(long id, String verdict) {
        dsl.update(INSPECTION).set(INSPECTION.VERDICT, verdict).where(INSPECTION.ID.eq(id)).execute();
    }

    /** True only for the first time the report is recorded. */
    @Transactional
    boolean storeReport(long id, UUID letterId) {
        return dsl.update(INSPECTION).set(INSPECTION.REPORT_LETTER_ID, letterId).set(INSPECTION.STATUS, "REPORTED")
                .where(INSPECTION.ID.eq(id).and(INSPECTION.REPORT_LETTER_ID.isNull())).execute() == 1;
    }

    public List<InspectionFinding> findings(long id) {
        return dsl.selectFrom(INSPECTION_FINDING).where(INSPECTION_FINDING.INSPECTION_ID.eq(id))
                .orderBy(INSPECTION_FINDING.ID)
                .fetch(r -> new InspectionFinding(r.getRuleId(), r.getStatus(), r.getSeverity(), r.getMessage(), r.getLegalBasis()));
    }

    @Transactional
    long addPhoto(long id, String attachedTo, String contentType, byte[] content) {
        return dsl.insertInto(INSPECTION_PHOTO)
                .set(INSPECTION_PHOTO.INSPECTION_ID, id)
                .set(INSPECTION_PHOTO.ATTACHED_TO, attachedTo)
                .set(INSPECTION_PHOTO.CONTENT_TYPE, contentType)
                .set(INSPECTION_PHOTO.CONTENT, content)
                .set(INSPECTION_PHOTO.UPLOADED_AT, OffsetDateTime.now(clock))
                .returning(INSPECTION_PHOTO.ID)
                .fetchOne(INSPECTION_PHOTO.ID);
    }

    public record PhotoInfo(long id, String attachedTo) {
    }

    public record Photo(String contentType, byte[] content) {
    }

    public List<PhotoInfo> photos(long id) {
        return dsl.select(INSPECTION_PHOTO.ID, INSPECTION_PHOTO.ATTACHED_TO).from(INSPECTION_PHOTO)
                .where(INSPECTION_PHOTO.INSPECTION_ID.eq(id)).orderBy(INSPECTION_PHOTO.ID)
                .fetch(r -> new PhotoInfo(r.value1(), r.value2()));
    }

    Optional<Photo> photo(long inspectionId, long photoId) {
        return dsl.select(INSPECTION_PHOTO.CONTENT_TYPE, INSPECTION_PHOTO.CONTENT).from(INSPECTION_PHOTO)
                .where(INSPECTION_PHOTO.ID.eq(photoId).and(INSPECTION_PHOTO.INSPECTION_ID.eq(inspectionId)))
                .fetchOptional(r -> new Photo(r.value1(), r.value2()));
    }

    /** One referral per inspection; a redelivered job finds it already there. */
    @Transactional
    boolean refer(long id, String signals, String factsJson) {
        return dsl.insertInto(LABOUR_INSPECTION_REFERRAL)
                .set(LABOUR_INSPECTION_REFERRAL.INSPECTION_ID, id)
                .set(LABOUR_INSPECTION_REFERRAL.SIGNALS, signals)
                .set(LABOUR_INSPECTION_REFERRAL.FACTS_JSON, factsJson)
                .set(LABOUR_INSPECTION_REFERRAL.CREATED_AT, OffsetDateTime.now(clock))
                .onConflict(LABOUR_INSPECTION_REFERRAL.INSPECTION_ID).doNothing()
                .execute() == 1;
    }

    public record Referral(long inspectionId, String signals, String factsJson, OffsetDateTime createdAt) {
    }

    public Optional<Referral> referral(long inspectionId) {
        return dsl.selectFrom(LABOUR_INSPECTION_REFERRAL).where(LABOUR_INSPECTION_REFERRAL.INSPECTION_ID.eq(inspectionId))
                .fetchOptional(r -> new Referral(r.getInspectionId(), r.getSignals(), r.getFactsJson(), r.getCreatedAt()));
    }

    private org.jooq.SelectJoinStep<Record> select() {
        return dsl.select(INSPECTION.fields()).select(CASE_FILE.CASE_NUMBER).from(INSPECTION)
                .join(CASE_FILE).on(CASE_FILE.ID.eq(INSPECTION.CASE_ID));
    }

    private static Inspection toInspection(Record r) {
        return new Inspection(r.get(INSPECTION.ID), r.get(INSPECTION.CASE_ID), r.get(CASE_FILE.CASE_NUMBER),
                r.get(INSPECTION.REQUESTING_CASE_ID), r.get(INSPECTION.ADDRESS_ID),
                InspectionReason.valueOf(r.get(INSPECTION.REASON)), r.get(INSPECTION.PROCESS_INSTANCE_KEY),
                r.get(INSPECTION.STATUS), r.get(INSPECTION.INSPECTOR), r.get(INSPECTION.SCHEDULED_ON),
                r.get(INSPECTION.SCHEDULED_TIME), r.get(INSPECTION.ANNOUNCED), r.get(INSPECTION.FAILED_VISITS), r.get(INSPECTION.DRAFT_JSON),
                r.get(INSPECTION.DRAFT_REVISION), r.get(INSPECTION.FACTS_JSON), r.get(INSPECTION.NOTES), r.get(INSPECTION.SUBMITTED_AT),
                r.get(INSPECTION.EVALUATION_JSON), r.get(INSPECTION.VERDICT), r.get(INSPECTION.REPORT_LETTER_ID),
                r.get(INSPECTION.OPENED_AT));
    }
}
