package nl.verhuurtoezicht.letters;

import java.util.List;
import java.util.Properties;

/**
 * A letter with every placeholder filled in: what the PDF renderer lays out.
 *
 * @param kind          letter kind
 * @param language      language of the letter
 * @param kenmerk       the letter's own reference
 * @param caseReference zaaknummer
 * @param date          dagtekening, formatted
 * @param addressee     envelope window
 * @param subject       onderwerp
 * @param body          body blocks, correction notice first when the letter replaces another
 * @param enclosures    bijlagen
 * @param signed        whether the signature block is printed
 * @param labels        fixed words of the letter's language (Kenmerk, pagina X van Y, ...)
 */
record LetterContent(LetterKind kind, LetterLanguage language, String kenmerk, String caseReference, String date,
                     Addressee addressee, String subject, List<LetterBlock> body, List<String> enclosures,
                     boolean signed, Properties labels) {

    String label(String key) {
        String value = labels.getProperty(key);
        if (value == null) {
            throw new LetterTemplateException("Missing label '" + key + "' in " + language.folder() + "/labels.properties");
        }
        return value;
    }
}
