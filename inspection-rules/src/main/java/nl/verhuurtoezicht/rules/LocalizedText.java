package nl.verhuurtoezicht.rules;

import java.util.Objects;

/** A text in Dutch and English; both are required so that pages and letters never fall back silently. */
public record LocalizedText(String nl, String en) {

    public LocalizedText {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
        return language == Language.NL ? nl : en;
    }
}
