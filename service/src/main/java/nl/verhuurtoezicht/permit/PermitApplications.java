package nl.verhuurtoezicht.permit;

import static nl.verhuurtoezicht.db.Tables.ADDRESS;
import static nl.verhuurtoezicht.db.Tables.CASE_FILE;
import static nl.verhuurtoezicht.db.Tables.PERMIT_APPLICATION;
import static nl.verhuurtoezicht.db.Tables.PERMIT_APPLICATION_ADDRESS;
import static nl.verhuurtoezicht.db.Tables.PERMIT_APPLICATION_DOCUMENT;
import static nl.verhuurtoezicht.db.Tables.PERMIT_APPLICATION_STEP;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verhuurtoezicht.db.tables.records.PermitApplicationRecord;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.BagId;
import nl.verhuurtoezicht.property.Postcode;
import nl.verhuurtoezicht.property.HousingType;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Rows of permit applications, their addresses, documents and steps. */
@Repository
class PermitApplications {

    private final DSLContext dsl;
    private final Clock clock;
    private final PermitProperties properties;

    PermitApplications(DSLContext dsl, Clock clock, PermitProperties properties) {
        this.dsl = dsl;
        this.clock = clock;
        this.properties = properties;
    }

    Optional<Long> idBySubmission(String submissionId) {
        return dsl.select(PERMIT_APPLICATION.ID).from(PERMIT_APPLICATION)
                .where(PERMIT_APPLICATION.SUBMISSION_ID.eq(submissionId)).fetchOptional(PERMIT_APPLICATION.ID);
    }

    long insert(long caseId, long landlordId, String submissionId, LocalDate submittedOn, String finesStatement) {
        return dsl.insertInto(PERMIT_APPLICATION)
                .set(PERMIT_APPLICATION.CASE_ID, caseId)
                .set(PERMIT_APPLICATION.LANDLORD_ID, landlordId)
                .set(PERMIT_APPLICATION.SUBMISSION_ID, submissionId)
                .set(PERMIT_APPLICATION.STATUS, ApplicationStatus.SUBMITTED.name())
                .set(PERMIT_APPLICATION.SUBMITTED_ON, submittedOn)
                .set(PERMIT_APPLICATION.FINES_STATEMENT, finesStatement)
                .set(PERMIT_APPLICATION.DECISION_DUE, submittedOn.plus(properties.decisionTerm()))
                .returning(PERMIT_APPLICATION.ID).fetchOne(PERMIT_APPLICATION.ID);
    }

    void insertAddress(long applicationId, long addressId, int plannedOccupants, BigDecimal rent, BigDecimal deposit,
                       String roomAreas) {
        dsl.insertInto(PERMIT_APPLICATION_ADDRESS)
                .set(PERMIT_APPLICATION_ADDRESS.APPLICATION_ID, applicationId)
                .set(PERMIT_APPLICATION_ADDRESS.ADDRESS_ID, addressId)
                .set(PERMIT_APPLICATION_ADDRESS.PLANNED_OCCUPANTS, plannedOccupants)
                .set(PERMIT_APPLICATION_ADDRESS.RENT_EUR, rent)
                .set(PERMIT_APPLICATION_ADDRESS.DEPOSIT_EUR, deposit)
                .set(PERMIT_APPLICATION_ADDRESS.ROOM_AREAS, roomAreas)
                .execute();
    }

    void setDecidedMaxOccupants(long applicationId, long addressId, int maxOccupants) {
        dsl.update(PERMIT_APPLICATION_ADDRESS).set(PERMIT_APPLICATION_ADDRESS.DECIDED_MAX_OCCUPANTS, maxOccupants)
                .where(PERMIT_APPLICATION_ADDRESS.APPLICATION_ID.eq(applicationId)
                        .and(PERMIT_APPLICATION_ADDRESS.ADDRESS_ID.eq(addressId)))
                .execute();
    }

    void insertDocument(long applicationId, UploadedDocument document) {
        dsl.insertInto(PERMIT_APPLICATION_DOCUMENT)
                .set(PERMIT_APPLICATION_DOCUMENT.APPLICATION_ID, applicationId)
                .set(PERMIT_APPLICATION_DOCUMENT.KIND, document.kind().name())
                .set(PERMIT_APPLICATION_DOCUMENT.FILE_NAME, document.fileName())
                .set(PERMIT_APPLICATION_DOCUMENT.MEDIA_TYPE, document.mediaType())
                .set(PERMIT_APPLICATION_DOCUMENT.SIZE_BYTES, document.content().length)
                .set(PERMIT_APPLICATION_DOCUMENT.CONTENT, document.content())
                .set(PERMIT_APPLICATION_DOCUMENT.UPLOADED_AT, OffsetDateTime.now(clock))
                .execute();
    }

    List<Application.DocumentInfo> documents(long applicationId) {
        return dsl.select(PERMIT_APPLICATION_DOCUMENT.ID, PERMIT_APPLICATION_DOCUMENT.KIND,
                        PERMIT_APPLICATION_DOCUMENT.FILE_NAME, PERMIT_APPLICATION_DOCUMENT.MEDIA_TYPE,
                        PERMIT_APPLICATION_DOCUMENT.SIZE_BYTES)
                .from(PERMIT_APPLICATION_DOCUMENT).where(PERMIT_APPLICATION_DOCUMENT.APPLICATION_ID.eq(applicationId))
                .orderBy(PERMIT_APPLICATION_DOCUMENT.ID)
                .fetch(r -> new Application.DocumentInfo(r.value1(), DocumentKind.valueOf(r.value2()), r.value3(),
                        r.value4(), r.value5()));
    }

    Optional<UploadedDocument> document(long applicationId, long documentId) {
        return dsl.selectFrom(PERMIT_APPLICATION_DOCUMENT)
                .where(PERMIT_APPLICATION_DOCUMENT.ID.eq(documentId)
                        .and(PERMIT_APPLICATION_DOCUMENT.APPLICATION_ID.eq(applicationId)))
                .fetchOptional(r -> new UploadedDocument(DocumentKind.valueOf(r.getKind()), r.getFileName(),
                        r.getMediaType(), r.getContent()));
    }

    Set<DocumentKind> documentKinds(long applicationId) {
        return documents(applicationId).stream().map(Application.DocumentInfo::kind).collect(Collectors.toSet());
    }

    /** Records a step once per idempotency key; false when this key was recorded before (a repeated job). */
    boolean recordStep(long applicationId, ApplicationStep step, String idempotencyKey) {
        return dsl.insertInto(PERMIT_APPLICATION_STEP)
                .set(PERMIT_APPLICATION_STEP.APPLICATION_ID, applicationId)
                .set(PERMIT_APPLICATION_STEP.STEP, step.name())
                .set(PERMIT_APPLICATION_STEP.OCCURRED_AT, OffsetDateTime.now(clock))
                .set(PERMIT_APPLICATION_STEP.IDEMPOTENCY_KEY, idempotencyKey)
                .onConflictDoNothing().execute() == 1;
    }

    List<Application.Step> steps(long applicationId) {
        return dsl.selectFrom(PERMIT_APPLICATION_STEP).where(PERMIT_APPLICATION_STEP.APPLICATION_ID.eq(applicationId))
                .orderBy(PERMIT_APPLICATION_STEP.ID)
                .fetch(r -> new Application.Step(ApplicationStep.valueOf(r.getStep()), r.getOccurredAt()));
    }

    Optional<Application> find(long id) {
        return dsl.select().from(PERMIT_APPLICATION).join(CASE_FILE).on(CASE_FILE.ID.eq(PERMIT_APPLICATION.CASE_ID))
                .where(PERMIT_APPLICATION.ID.eq(id)).fetchOptional(this::toApplication);
    }

    Optional<Application> findByCaseNumber(String caseNumber) {
        return dsl.select().from(PERMIT_APPLICATION).join(CASE_FILE).on(CASE_FILE.ID.eq(PERMIT_APPLICATION.CASE_ID))
                .where(CASE_FILE.CASE_NUMBER.eq(caseNumber)).fetchOptional(this::toApplication);
    }

    Optional<Application> findByProcessInstance(long processInstanceKey) {
        return dsl.select().from(PERMIT_APPLICATION).join(CASE_FILE).on(CASE_FILE.ID.eq(PERMIT_APPLICATION.CASE_ID))
                .where(CASE_FILE.PROCESS_INSTANCE_KEY.eq(processInstanceKey)).fetchOptional(this::toApplication);
    }

    List<Application> ofLandlord(long landlordId) {
        return dsl.select().from(PERMIT_APPLICATION).join(CASE_FILE).on(CASE_FILE.ID.eq(PERMIT_APPLICATION.CASE_ID))
                .where(PERMIT_APPLICATION.LANDLORD_ID.eq(landlordId)).orderBy(PERMIT_APPLICATION.ID.desc())
                .fetch(this::toApplication);
    }

    Optional<Long> processInstanceKey(long caseId) {
        return dsl.select(CASE_FILE.PROCESS_INSTANCE_KEY).from(CASE_FILE).where(CASE_FILE.ID.eq(caseId))
                .fetchOptional(CASE_FILE.PROCESS_INSTANCE_KEY);
    }

    PermitApplicationRecord lockRow(long id) {
        return dsl.selectFrom(PERMIT_APPLICATION).where(PERMIT_APPLICATION.ID.eq(id)).forUpdate().fetchSingle();
    }

    void recordVerdict(long applicationId, long addressId, String verdict, Long reportId, Long inspectionCaseId) {
        dsl.update(PERMIT_APPLICATION_ADDRESS)
                .set(PERMIT_APPLICATION_ADDRESS.VERDICT, verdict)
                .set(PERMIT_APPLICATION_ADDRESS.REPORT_ID, reportId)
                .set(PERMIT_APPLICATION_ADDRESS.INSPECTION_CASE_ID, inspectionCaseId)
                .where(PERMIT_APPLICATION_ADDRESS.APPLICATION_ID.eq(applicationId)
                        .and(PERMIT_APPLICATION_ADDRESS.ADDRESS_ID.eq(addressId)))
                .execute();
    }

    private Application toApplication(Record r) {
        PermitApplicationRecord a = r.into(PERMIT_APPLICATION);
        LocalDate due = a.getSubmittedOn().plus(properties.decisionTerm()).plusDays(a.getSuspendedDays());
        if (a.getSuspendedSince() != null) {
            // Awb 4:15: the term stands still until today, so the due date moves on by each day of suspension.
            due = due.plusDays(Math.max(0, ChronoUnit.DAYS.between(a.getSuspendedSince(), LocalDate.now(clock))));
        }
        if (Boolean.TRUE.equals(a.getExtended())) {
            due = due.plus(properties.extension());
        }
        return new Application(a.getId(), a.getCaseId(), r.get(CASE_FILE.CASE_NUMBER), a.getLandlordId(),
                ApplicationStatus.valueOf(a.getStatus()), a.getSubmittedOn(), a.getFinesStatement(),
                new Application.Bibob(a.getBibobAdvice(), a.getBibobAdviceSource(), a.getBibobAdviceDate(),
                        a.getBibobAdviceReason(), a.getBibobRecordedBy()),
                due, a.getSuspendedSince(), a.getSuspendedDays(), a.getSupplementDue(), Boolean.TRUE.equals(a.getExtended()),
                a.getWorstVerdict(), a.getAdvice(), a.getAdviceBibob(), a.getDecision(), lines(a.getDecisionConditions()), lines(a.getDecisionGrounds()),
                a.getLegesEur(), a.getDecidedBy(), a.getDecidedOn(), addresses(a.getId()));
    }

    private List<Application.ApplicationAddress> addresses(long applicationId) {
        return dsl.select().from(PERMIT_APPLICATION_ADDRESS).join(ADDRESS).on(ADDRESS.ID.eq(PERMIT_APPLICATION_ADDRESS.ADDRESS_ID))
                .where(PERMIT_APPLICATION_ADDRESS.APPLICATION_ID.eq(applicationId)).orderBy(PERMIT_APPLICATION_ADDRESS.ID)
                .fetch(r -> {
                    var address = new Address(r.get(ADDRESS.ID), new BagId(r.get(ADDRESS.BAG_ID)), r.get(ADDRESS.STREET),
                            r.get(ADDRESS.HOUSE_NUMBER), r.get(ADDRESS.HOUSE_NUMBER_ADDITION),
                            new Postcode(r.get(ADDRESS.POSTCODE)), r.get(ADDRESS.CITY),
                            HousingType.valueOf(r.get(ADDRESS.HOUSING_TYPE)), r.get(ADDRESS.USABLE_FLOOR_AREA_M2),
                            r.get(ADDRESS.LANDLORD_ID));
                    return new Application.ApplicationAddress(address.id(), address.oneLine(), address.housingType(),
                            r.get(PERMIT_APPLICATION_ADDRESS.PLANNED_OCCUPANTS), r.get(PERMIT_APPLICATION_ADDRESS.RENT_EUR),
                            r.get(PERMIT_APPLICATION_ADDRESS.DEPOSIT_EUR), r.get(PERMIT_APPLICATION_ADDRESS.ROOM_AREAS),
                            r.get(PERMIT_APPLICATION_ADDRESS.VERDICT), r.get(PERMIT_APPLICATION_ADDRESS.REPORT_ID),
                            r.get(PERMIT_APPLICATION_ADDRESS.DECIDED_MAX_OCCUPANTS));
                });
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
