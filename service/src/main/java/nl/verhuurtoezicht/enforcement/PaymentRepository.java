package nl.verhuurtoezicht.enforcement;

import static nl.verhuurtoezicht.db.Tables.CAMT_IMPORT;
import static nl.verhuurtoezicht.db.Tables.PAYMENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/** Payments on fines and forfeited dwangsom sums, and the bank statements they came from. */
@Repository
class PaymentRepository {

    /** A payment on either a fine or a forfeiture (exactly one of the two ids is set). */
    record Payment(long id, Long fineId, Long forfeitureId, BigDecimal amount, LocalDate bookedOn, String entryReference, Long camtImportId,
                   String registeredBy) {
    }

    private final DSLContext dsl;

    PaymentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean statementKnown(String messageId, String sha256) {
        return dsl.fetchExists(CAMT_IMPORT, CAMT_IMPORT.MESSAGE_ID.eq(messageId).or(CAMT_IMPORT.SHA256.eq(sha256)));
    }

    long insertImport(String messageId, String sha256, String by, OffsetDateTime at, int entries) {
        return dsl.insertInto(CAMT_IMPORT)
                .set(CAMT_IMPORT.MESSAGE_ID, messageId).set(CAMT_IMPORT.SHA256, sha256).set(CAMT_IMPORT.IMPORTED_BY, by)
                .set(CAMT_IMPORT.IMPORTED_AT, at).set(CAMT_IMPORT.ENTRIES, entries).set(CAMT_IMPORT.BOOKED, 0)
                .returning(CAMT_IMPORT.ID).fetchOne(CAMT_IMPORT.ID);
    }

    void setBooked(long importId, int booked) {
        dsl.update(CAMT_IMPORT).set(CAMT_IMPORT.BOOKED, booked).where(CAMT_IMPORT.ID.eq(importId)).execute();
    }

    boolean entryKnown(String entryReference) {
        return dsl.fetchExists(PAYMENT, PAYMENT.ENTRY_REFERENCE.eq(entryReference));
    }

    void insertOnFine(long fineId, BigDecimal amount, LocalDate bookedOn, String entryReference, Long importId, String by) {
        insert(PAYMENT.FINE_ID, fineId, amount, bookedOn, entryReference, importId, by);
    }

    void insertOnForfeiture(long forfeitureId, BigDecimal amount, LocalDate bookedOn, String entryReference, Long importId,
                            String by) {
        insert(PAYMENT.FORFEITURE_ID, forfeitureId, amount, bookedOn, entryReference, importId, by);
    }

    List<Payment> ofFine(long fineId) {
        return of(PAYMENT.FINE_ID.eq(fineId));
    }

    private void insert(Field<Long> claim, long claimId, BigDecimal amount, LocalDate bookedOn, String entryReference,
                        Long importId, String by) {
        dsl.insertInto(PAYMENT)
                .set(claim, claimId).set(PAYMENT.AMOUNT, amount).set(PAYMENT.BOOKED_ON, bookedOn)
                .set(PAYMENT.ENTRY_REFERENCE, entryReference).set(PAYMENT.CAMT_IMPORT_ID, importId)
                .set(PAYMENT.REGISTERED_BY, by).execute();
    }

    private List<Payment> of(Condition condition) {
        return dsl.selectFrom(PAYMENT).where(condition).orderBy(PAYMENT.ID)
                .fetch(r -> new Payment(r.getId(), r.getFineId(), r.getForfeitureId(), r.getAmount(), r.getBookedOn(),
                        r.getEntryReference(), r.getCamtImportId(), r.getRegisteredBy()));
    }
}
