package nl.verhuurtoezicht.letters;

import static nl.verhuurtoezicht.db.Tables.LETTER;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.verhuurtoezicht.db.tables.records.LetterRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The letter table: insert and read only; the database refuses updates and deletes (V2_2). */
@Repository
class LetterArchive {

    private final DSLContext dsl;

    LetterArchive(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Serialises letter numbering and idempotency checks per case until the transaction ends,
     * so two deliveries of one job, or two letters in one case, never race.
     */
    void lockCase(String caseReference) {
        dsl.select(DSL.function("pg_advisory_xact_lock", Object.class,
                DSL.function("hashtextextended", Long.class, DSL.val(caseReference), DSL.val(0L)))).fetch();
    }

    Optional<StoredLetter> findByJob(String caseReference, LetterKind kind, String idempotencyKey) {
        return dsl.selectFrom(LETTER)
                .where(LETTER.CASE_REFERENCE.eq(caseReference))
                .and(LETTER.KIND.eq(kind.name()))
                .and(LETTER.IDEMPOTENCY_KEY.eq(idempotencyKey))
                .fetchOptional(LetterArchive::toStored);
    }

    Optional<StoredLetter> findById(UUID id) {
        return dsl.selectFrom(LETTER).where(LETTER.ID.eq(id)).fetchOptional(LetterArchive::toStored);
    }

    List<StoredLetter> findByCase(String caseReference) {
        return dsl.selectFrom(LETTER)
                .where(LETTER.CASE_REFERENCE.eq(caseReference))
                .orderBy(LETTER.SEQUENCE_IN_CASE)
                .fetch(LetterArchive::toStored);
    }

    int nextSequence(String caseReference) {
        Integer last = dsl.select(DSL.max(LETTER.SEQUENCE_IN_CASE))
                .from(LETTER)
                .where(LETTER.CASE_REFERENCE.eq(caseReference))
                .fetchOne(0, Integer.class);
        return last == null ? 1 : last + 1;
    }

    void insert(StoredLetter letter, int sequence) {
        dsl.insertInto(LETTER)
                .set(LETTER.ID, letter.id())
                .set(LETTER.KENMERK, letter.kenmerk())
                .set(LETTER.KIND, letter.kind().name())
                .set(LETTER.CASE_REFERENCE, letter.caseReference())
                .set(LETTER.SEQUENCE_IN_CASE, sequence)
                .set(LETTER.LANGUAGE, letter.language().name())
                .set(LETTER.LETTER_DATE, letter.letterDate())
                .set(LETTER.IDEMPOTENCY_KEY, letter.idempotencyKey())
                .set(LETTER.REPLACES_LETTER_ID, letter.replacesLetterId())
                .set(LETTER.SHA256, letter.sha256())
                .set(LETTER.PAGE_COUNT, letter.pages())
                .set(LETTER.CONTENT, letter.pdf())
                .set(LETTER.ISSUED_AT, letter.issuedAt())
                .execute();
    }

    private static StoredLetter toStored(LetterRecord r) {
        return new StoredLetter(r.getId(), r.getKenmerk(), LetterKind.valueOf(r.getKind()), r.getCaseReference(),
                LetterLanguage.valueOf(r.getLanguage()), r.getLetterDate(), r.getIdempotencyKey(),
                r.getReplacesLetterId(), r.getSha256(), r.getPageCount(), r.getIssuedAt(), r.getContent());
    }
}
