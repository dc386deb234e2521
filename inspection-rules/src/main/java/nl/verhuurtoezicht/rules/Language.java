package nl.verhuurtoezicht.rules;

/** Languages in which the catalogue carries titles and messages. Dutch is the language of the decision. */
public enum Language {
    NL, EN;

    /** @throws IllegalArgumentException naming the accepted codes */
    public static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.name().equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (expected nl or en)");
    }
}
