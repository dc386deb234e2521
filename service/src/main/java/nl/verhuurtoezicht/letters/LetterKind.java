package nl.verhuurtoezicht.letters;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every letter the system sends. A kind names its template file ({@code <language>/<template>.txt});
 * a besluit (Awb 1:3) must carry a rechtsmiddelenclausule (Awb 3:45), which its template includes
 * as a shared fragment.
 */
public enum LetterKind {
    ONTVANGSTBEVESTIGING_AANVRAAG("ontvangstbevestiging-aanvraag", false),
    VERZOEK_OM_AANVULLING("verzoek-om-aanvulling", false),
    BESLUIT_BUITEN_BEHANDELING("besluit-buiten-behandeling", true),
    VERDAGING_BESLISTERMIJN("verdaging-beslistermijn", false),
    VERGUNNING_VERLEEND("vergunning-verleend", true),
    VERGUNNING_GEWEIGERD("vergunning-geweigerd", true),
    INSPECTIERAPPORT("inspectierapport", false),
    SCHRIFTELIJKE_WAARSCHUWING("schriftelijke-waarschuwing", false),
    VOORNEMEN_BESTUURLIJKE_BOETE("voornemen-bestuurlijke-boete", false),
    BESLUIT_BESTUURLIJKE_BOETE("besluit-bestuurlijke-boete", true),
    VOORNEMEN_BEHEEROVERNAME("voornemen-beheerovername", false),
    BESLUIT_BEHEEROVERNAME("besluit-beheerovername", true),
    INTREKKING_VERGUNNING("intrekking-vergunning", true),
    BESLISSING_OP_BEZWAAR("beslissing-op-bezwaar", true),
    HUURDERSINFORMATIE("huurdersinformatie", false, EnumSet.allOf(LetterLanguage.class)),
    AANMANING("aanmaning", false),
    VOORNEMEN_LAST_ONDER_DWANGSOM("voornemen-last-onder-dwangsom", false),
    BESLUIT_LAST_ONDER_DWANGSOM("besluit-last-onder-dwangsom", true),
    INVORDERINGSBESLUIT_DWANGSOM("invorderingsbesluit-dwangsom", true),
    VOORNEMEN_INTREKKING_VERGUNNING("voornemen-intrekking-vergunning", false),
    /** To the occupants after a besluit beheerovername, in their language; address it with {@link Addressee#occupantsOf}. */
    BEHEEROVERNAME_HUURDERS("beheerovername-huurders", false, EnumSet.allOf(LetterLanguage.class)),
    AANKONDIGING_INSPECTIE("aankondiging-inspectie", false),
    /** To whoever asked us to enforce (often a tenant or neighbour via the meldpunt); a besluit whether we grant it or not. */
    BESLISSING_HANDHAVINGSVERZOEK("beslissing-handhavingsverzoek", true);

    private final String template;
    private final boolean besluit;
    private final Set<LetterLanguage> languages;

    LetterKind(String template, boolean besluit) {
        this(template, besluit, EnumSet.of(LetterLanguage.NL));
    }

    LetterKind(String template, boolean besluit, Set<LetterLanguage> languages) {
        this.template = template;
        this.besluit = besluit;
        this.languages = languages;
    }

    /** Template file name without extension; also the file name of samples and the stored kind. */
    public String template() {
        return template;
    }

    /** True for decisions open to bezwaar or beroep: their letter must state the legal remedy. */
    public boolean isBesluit() {
        return besluit;
    }

    public Set<LetterLanguage> languages() {
        return Set.copyOf(languages);
    }

    public boolean supports(LetterLanguage language) {
        return languages.contains(language);
    }
}
