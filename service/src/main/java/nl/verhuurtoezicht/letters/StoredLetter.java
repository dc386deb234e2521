package nl.verhuurtoezicht.letters;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A letter in the archive, exactly as it was sent.
 *
 * @param id               archive id
 * @param kenmerk          the letter's own reference: case reference and sequence number in the case
 * @param kind             letter kind
 * @param caseReference    zaaknummer
 * @param language         language of the letter
 * @param letterDate       dagtekening
 * @param idempotencyKey   the key of the job that asked for it
 * @param replacesLetterId the letter this one corrects, or null
 * @param sha256           hex SHA-256 of {@code pdf}
 * @param pages            number of pages
 * @param issuedAt         when it was archived
 * @param pdf              PDF/A-2b bytes
 */
public record StoredLetter(UUID id, String kenmerk, LetterKind kind, String caseReference, LetterLanguage language,
                           LocalDate letterDate, String idempotencyKey, UUID replacesLetterId, String sha256, int pages,
                           OffsetDateTime issuedAt, byte[] pdf) {
}
