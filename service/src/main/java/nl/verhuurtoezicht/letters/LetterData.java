package nl.verhuurtoezicht.letters;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a journey knows about one letter. Values fill the template's {@code {{name}}} placeholders:
 * String, BigDecimal (euro amount), LocalDate, Integer/Long, java.time.Period (a term),
 * List of String (for {@code {{lijst:name}}}) or {@link LetterTable} (for {@code {{tabel:name}}}).
 *
 * @param addressee     who receives the letter
 * @param caseReference zaaknummer the letter belongs to
 * @param date          dagtekening (date of sending)
 * @param language      language of the letter
 * @param values        named values for the template
 */
public record LetterData(Addressee addressee, String caseReference, LocalDate date, LetterLanguage language,
                         Map<String, Object> values) {

    public LetterData {
        if (addressee == null) {
            throw new IllegalArgumentException("Letter data needs an addressee");
        }
        if (caseReference == null || !caseReference.matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,47}")) {
            throw new IllegalArgumentException("Case reference must be 1-48 letters, digits or . _ / -, was: " + caseReference);
        }
        if (date == null) {
            throw new IllegalArgumentException("Letter data for case " + caseReference + " needs a date");
        }
        if (language == null) {
            throw new IllegalArgumentException("Letter data for case " + caseReference + " needs a language");
        }
        // Sorted so that rendering and error messages do not depend on the caller's map order.
        values = values == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
