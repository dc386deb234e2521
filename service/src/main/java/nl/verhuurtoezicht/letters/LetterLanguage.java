package nl.verhuurtoezicht.letters;

import java.util.Locale;

/** Languages a letter can be written in; the Wgv requires tenant information in a language the tenant understands. */
public enum LetterLanguage {
    NL("nl", "NL"),
    EN("en", "GB"),
    PL("pl", "PL"),
    RO("ro", "RO"),
    BG("bg", "BG");

    private final Locale locale;

    LetterLanguage(String language, String country) {
        this.locale = new Locale(language, country);
    }

    public Locale locale() {
        return locale;
    }

    /** Folder name under the template directory, e.g. {@code nl}. */
    public String folder() {
        return locale.getLanguage();
    }

    /** BCP 47 tag written into the PDF catalog, e.g. {@code nl-NL}. */
    public String tag() {
        return locale.toLanguageTag();
    }
}
