package nl.verhuurtoezicht.letters;

import java.util.List;

/**
 * A template file read into its parts.
 *
 * @param source      where it came from, for error messages
 * @param subject     the onderwerp line, with placeholders
 * @param enclosures  the bijlagen, with placeholders
 * @param signed      whether the signature block is printed
 * @param body        the body elements
 */
record ParsedTemplate(String source, String subject, List<String> enclosures, boolean signed, List<TemplateLine> body) {
}
