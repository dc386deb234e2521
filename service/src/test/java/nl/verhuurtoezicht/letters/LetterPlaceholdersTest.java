package nl.verhuurtoezicht.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The values each template needs are a contract with the journeys that issue the letters. Rendering a kind without any
 * value must fail with {@link MissingLetterValueException} naming exactly the documented placeholders: a template that
 * gains, loses or renames one breaks this test before it breaks a journey in production.
 */
class LetterPlaceholdersTest {

    /** The names agreed with the enforcement journey (list placeholders without their {@code lijst:} prefix). */
    private static final Map<LetterKind, Set<String>> AGREED = new EnumMap<>(Map.of(
            LetterKind.AANKONDIGING_INSPECTIE, Set.of("adres_verblijfsruimte", "inspectie_datum", "inspectie_tijd", "aanleiding",
                    "toezichthouders"),
            LetterKind.BESLISSING_HANDHAVINGSVERZOEK, Set.of("adres_verblijfsruimte", "verzoek_datum", "verzoek_omschrijving",
                    "beslissing", "motivering"),
            LetterKind.AANMANING, Set.of("adres_verblijfsruimte", "besluit_datum", "besluit_kenmerk", "boetebedrag",
                    "betalingskenmerk", "oorspronkelijke_vervaldatum", "aanmaningstermijn", "uiterste_betaaldatum"),
            LetterKind.VOORNEMEN_LAST_ONDER_DWANGSOM, Set.of("adres_verblijfsruimte", "rapport_datum", "overtredingen",
                    "herstelmaatregelen", "begunstigingstermijn", "dwangsom_bedrag", "dwangsom_eenheid", "dwangsom_maximum",
                    "grondslag_last"),
            LetterKind.BESLUIT_LAST_ONDER_DWANGSOM, Set.of("adres_verblijfsruimte", "rapport_datum", "overtredingen",
                    "herstelmaatregelen", "begunstigingstermijn", "dwangsom_bedrag", "dwangsom_eenheid", "dwangsom_maximum",
                    "grondslag_last", "hersteldatum", "voornemen_datum", "zienswijze", "reactie_zienswijze", "motivering"),
            LetterKind.INVORDERINGSBESLUIT_DWANGSOM, Set.of("adres_verblijfsruimte", "last_datum", "last_kenmerk",
                    "hercontrole_datum", "overtredingen", "verbeurd_bedrag", "verbeurd_berekening", "betalingskenmerk",
                    "uiterste_betaaldatum"),
            LetterKind.VOORNEMEN_INTREKKING_VERGUNNING, Set.of("adres_verblijfsruimte", "vergunningnummer", "vergunning_datum",
                    "grondslag_intrekking", "intrekkingsgronden", "beoogde_ingangsdatum"),
            LetterKind.BEHEEROVERNAME_HUURDERS, Set.of("adres_verblijfsruimte", "beheerder", "beheerder_contact",
                    "ingangsdatum", "einddatum")));

    private final LetterRenderer renderer = new LetterRenderer(LetterFixtures.nijmegen(), LetterFixtures.CLOCK);

    @ParameterizedTest
    @EnumSource(value = LetterKind.class, names = "HUURDERSINFORMATIE", mode = EnumSource.Mode.EXCLUDE)
    void aLetterWithoutValuesNamesEveryPlaceholderItNeeds(LetterKind kind) {
        Set<String> expected = AGREED.getOrDefault(kind, LetterFixtures.values(kind).keySet());
        LetterData empty = new LetterData(LetterFixtures.LANDLORD, "Z-2026-0147", LetterFixtures.DATE, LetterLanguage.NL, Map.of());

        assertThatThrownBy(() -> renderer.render(kind, empty, "Z-2026-0147-7"))
                .isInstanceOf(MissingLetterValueException.class)
                .hasMessageContaining("nl/" + kind.template() + ".txt")
                .satisfies(e -> assertThat(((MissingLetterValueException) e).placeholders())
                        .containsExactlyInAnyOrderElementsOf(expected));
    }

    @Test
    void theFixturesSupplyExactlyTheAgreedValues() {
        AGREED.forEach((kind, names) -> assertThat(LetterFixtures.values(kind).keySet()).as("fixture of %s", kind)
                .containsExactlyInAnyOrderElementsOf(names));
    }

    @ParameterizedTest
    @EnumSource(LetterLanguage.class)
    void everyLanguageVersionOfTheOccupantsLetterNeedsTheSameValues(LetterLanguage language) {
        LetterKind kind = LetterKind.BEHEEROVERNAME_HUURDERS;
        LetterData empty = new LetterData(LetterFixtures.OCCUPANTS, "Z-2026-0147", LetterFixtures.DATE, language, Map.of());

        assertThatThrownBy(() -> renderer.render(kind, empty, "Z-2026-0147-7"))
                .isInstanceOf(MissingLetterValueException.class)
                .hasMessageContaining(language.folder() + "/" + kind.template() + ".txt")
                .satisfies(e -> assertThat(((MissingLetterValueException) e).placeholders())
                        .containsExactlyInAnyOrderElementsOf(AGREED.get(kind)));
    }
}
