package nl.verhuurtoezicht.letters;

/**
 * A letter as PDF/A bytes, not (yet) stored.
 *
 * @param kind          letter kind
 * @param kenmerk       the letter's own reference, printed on every page
 * @param caseReference zaaknummer
 * @param pdf           PDF/A-2b bytes
 * @param pages         number of pages
 * @param sha256        hex SHA-256 of the bytes, for the archive and for integrity checks
 */
public record RenderedLetter(LetterKind kind, String kenmerk, String caseReference, byte[] pdf, int pages, String sha256) {
}
