package nl.verhuurtoezicht.enforcement;

import static nl.verhuurtoezicht.db.Tables.CAMT_IMPORT;
import static nl.verhuurtoezicht.db.Tables.FINE_PAYMENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Payments on fines and the bank statements they came from. */
@Repository
class PaymentRepository {

    record Payment(long id, long fineId, BigDecimal amount, LocalDate bookedOn, String entryReference, Long camtImportId,
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
        return dsl.fetchExists(FINE_PAYMENT, FINE_PAYMENT.ENTRY_REFERENCE.eq(entryReference));
    }

    void insert(long fineId, BigDecimal amount, LocalDate bookedOn, String entryReference, Long importId, String by) {
        dsl.insertInto(FINE_PAYMENT)
                .set(FINE_PAYMENT.FINE_ID, fineId).set(FINE_PAYMENT.AMOUNT, amount).set(FINE_PAYMENT.BOOKED_ON, bookedOn)
                .set(FINE_PAYMENT.ENTRY_REFERENCE, entryReference).set(FINE_PAYMENT.CAMT_IMPORT_ID, importId)
                .set(FINE_PAYMENT.REGISTERED_BY, by).execute();
    }

    List<Payment> ofFine(long fineId) {
        return dsl.selectFrom(FINE_PAYMENT).where(FINE_PAYMENT.FINE_ID.eq(fineId)).orderBy(FINE_PAYMENT.ID)
                .fetch(r -> new Payment(r.getId(), r.getFineId(), r.getAmount(), r.getBookedOn(), r.getEntryReference(),
                        r.getCamtImportId(), r.getRegisteredBy()));
    }
}
