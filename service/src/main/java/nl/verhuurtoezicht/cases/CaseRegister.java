package nl.verhuurtoezicht.cases;

import static nl.verhuurtoezicht.db.Tables.CASE_FILE;
import static nl.verhuurtoezicht.db.Tables.CASE_NUMBER_COUNTER;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.verhuurtoezicht.db.tables.records.CaseFileRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Opens, finds and closes zaken, and hands out their case numbers. */
@Repository
public class CaseRegister {

    private final DSLContext dsl;
    private final Clock clock;

    CaseRegister(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Transactional
    public CaseFile open(CaseType type, Long landlordId, Long addressId, Long parentCaseId, String status) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        CaseFileRecord record = dsl.newRecord(CASE_FILE);
        record.setCaseNumber(nextNumber(type, now.getYear()));
        record.setCaseType(type.name());
        record.setLandlordId(landlordId);
        record.setAddressId(addressId);
        record.setParentCaseId(parentCaseId);
        record.setStatus(status);
        record.setOpenedAt(now);
        record.store();
        return toCase(record);
    }

    /** Per prefix and year; the row lock of the upsert keeps numbers unique and gap-free under concurrency. */
    private String nextNumber(CaseType type, int year) {
        int number = dsl.insertInto(CASE_NUMBER_COUNTER)
                .set(CASE_NUMBER_COUNTER.PREFIX, type.prefix())
                .set(CASE_NUMBER_COUNTER.YEAR, year)
                .set(CASE_NUMBER_COUNTER.LAST_USED, 1)
                .onConflict(CASE_NUMBER_COUNTER.PREFIX, CASE_NUMBER_COUNTER.YEAR)
                .doUpdate().set(CASE_NUMBER_COUNTER.LAST_USED, CASE_NUMBER_COUNTER.LAST_USED.plus(1))
                .returning(CASE_NUMBER_COUNTER.LAST_USED)
                .fetchOne(CASE_NUMBER_COUNTER.LAST_USED);
        return "%s-%d-%06d".formatted(type.prefix(), year, number);
    }

    public Optional<CaseFile> find(long id) {
        return dsl.fetchOptional(CASE_FILE, CASE_FILE.ID.eq(id)).map(CaseRegister::toCase);
    }

    public Optional<CaseFile> findByNumber(String caseNumber) {
        return dsl.fetchOptional(CASE_FILE, CASE_FILE.CASE_NUMBER.eq(caseNumber)).map(CaseRegister::toCase);
    }

    /**
     * The case as a landlord may see it: only when it is theirs. Anything else is simply not found, so a landlord
     * cannot even learn that another landlord's case number exists.
     */
    public Optional<CaseFile> findForLandlord(String caseNumber, long landlordId) {
        return dsl.fetchOptional(CASE_FILE, CASE_FILE.CASE_NUMBER.eq(caseNumber).and(CASE_FILE.LANDLORD_ID.eq(landlordId)))
                .map(CaseRegister::toCase);
    }

    public List<CaseFile> ofLandlord(long landlordId) {
        return dsl.selectFrom(CASE_FILE).where(CASE_FILE.LANDLORD_ID.eq(landlordId)).orderBy(CASE_FILE.ID.desc())
                .fetch(CaseRegister::toCase);
    }

    public List<CaseFile> childrenOf(long parentCaseId) {
        return dsl.selectFrom(CASE_FILE).where(CASE_FILE.PARENT_CASE_ID.eq(parentCaseId)).orderBy(CASE_FILE.ID)
                .fetch(CaseRegister::toCase);
    }

    @Transactional
    public void attachProcessInstance(long caseId, long processInstanceKey) {
        dsl.update(CASE_FILE).set(CASE_FILE.PROCESS_INSTANCE_KEY, processInstanceKey).where(CASE_FILE.ID.eq(caseId)).execute();
    }

    @Transactional
    public void updateStatus(long caseId, String status) {
        dsl.update(CASE_FILE).set(CASE_FILE.STATUS, status).where(CASE_FILE.ID.eq(caseId)).execute();
    }

    @Transactional
    public void close(long caseId, String finalStatus) {
        dsl.update(CASE_FILE)
                .set(CASE_FILE.STATUS, finalStatus)
                .set(CASE_FILE.CLOSED_AT, OffsetDateTime.now(clock))
                .where(CASE_FILE.ID.eq(caseId).and(CASE_FILE.CLOSED_AT.isNull()))
                .execute();
    }

    private static CaseFile toCase(CaseFileRecord r) {
        return new CaseFile(r.getId(), r.getCaseNumber(), CaseType.valueOf(r.getCaseType()), r.getLandlordId(),
                r.getAddressId(), r.getParentCaseId(), r.getStatus(), r.getProcessInstanceKey(), r.getOpenedAt(),
                r.getClosedAt());
    }
}
