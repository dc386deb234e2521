package nl.verhuurtoezicht.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Renders every letter kind from realistic data, reads the PDF back and checks the parts the law
 * requires, then validates PDF/A-2b with veraPDF. Leaves each letter in target/letter-samples/.
 */
class LetterKindsTest {

    private static final Map<LetterKind, List<String>> REQUIRED = new EnumMap<>(LetterKind.class);

    static {
        REQUIRED.put(LetterKind.ONTVANGSTBEVESTIGING_AANVRAAG, List.of("Op 16 november 2026 hebben wij uw aanvraag ontvangen",
                "artikel 5, eerste lid, onder b, van de Wet goed verhuurderschap", "binnen acht weken", "uiterlijk op 11 januari 2027",
                "artikel 4:15 Algemene wet bestuursrecht"));
        REQUIRED.put(LetterKind.VERZOEK_OM_AANVULLING, List.of("een kopie van het model van de huurovereenkomst",
                "binnen vier weken", "uiterlijk op 21 december 2026", "artikel 4:5 Algemene wet bestuursrecht",
                "artikel 4:15, eerste lid, onder a"));
        REQUIRED.put(LetterKind.BESLUIT_BUITEN_BEHANDELING, List.of("Wij besluiten uw aanvraag van 7 september 2026 niet te behandelen",
                "artikel 4:5, eerste lid, van de Algemene wet bestuursrecht", "uiterlijk op 19 oktober 2026",
                "een beschrijving van hoe u de regels voor goed verhuurderschap toepast"));
        REQUIRED.put(LetterKind.VERDAGING_BESLISTERMIJN, List.of("uiterlijk op 26 november 2026", "verdagen de beslistermijn met vier weken",
                "uiterlijk op 24 december 2026", "artikel 4:14, derde lid", "Landelijk Bureau Bibob"));
        REQUIRED.put(LetterKind.VERGUNNING_VERLEEND, List.of("Wij verlenen u vergunning VV-2026-0031", "ten hoogste 12 bewoners",
                "geldt tot en met 30 november 2031", "artikel 2 van de Verhuurverordening Nijmegen 2025",
                "ten minste één toilet en één douche per acht bewoners", "persoonsgebonden",
                "Voor de behandeling van uw aanvraag brengen wij € 389,40 leges in rekening."));
        REQUIRED.put(LetterKind.VERGUNNING_GEWEIGERD, List.of("Wij weigeren de gevraagde vergunning",
                "De gebruiksoppervlakte per bewoner is 8,4 m²", "zienswijze van 12 november 2026",
                "Voor de behandeling van uw aanvraag brengen wij € 194,70 leges in rekening"));
        REQUIRED.put(LetterKind.INSPECTIERAPPORT, List.of("Op 3 november 2026 om 10:40 uur", "Norm", "Gemeten", "Grenswaarde",
                "Wettelijke grondslag", "SNF-GBO-W", "8,4 m²", "≥ 12 m²", "1 per 14 personen", "voldoet niet",
                "opgemaakt op 23 november 2026", "R. Ţărănescu"));
        REQUIRED.put(LetterKind.SCHRIFTELIJKE_WAARSCHUWING, List.of("Wij waarschuwen u", "binnen vier weken",
                "uiterlijk op 21 december 2026", "Plaats een tweede toilet", "artikel 19 Wet goed verhuurderschap",
                "Rapport van bevindingen van 5 november 2026"));
        REQUIRED.put(LetterKind.VOORNEMEN_BESTUURLIJKE_BOETE, List.of("bestuurlijke boete op te leggen van € 25.750,00",
                "Op 2 oktober 2026", "artikel 2 van de Wet goed verhuurderschap", "artikel 19 van de Wet goed verhuurderschap",
                "binnen twee weken na de datum van deze brief, dus uiterlijk op 7 december 2026", "tolk",
                "Rapport van bevindingen van 5 oktober 2026"));
        REQUIRED.put(LetterKind.BESLUIT_BESTUURLIJKE_BOETE, List.of(
                "Wij leggen Flexhuisvesting Gelderland B.V. een bestuurlijke boete op van € 25.750,00",
                "artikel 2 van de Wet goed verhuurderschap", "artikel 19 van de Wet goed verhuurderschap",
                "Op 2 oktober 2026 om 10:40 uur", "Groenestraat 214, 6531 HZ Nijmegen", "rapport van bevindingen van 5 oktober 2026",
                "zienswijze gegeven", "Dit leidt niet tot een ander oordeel", "artikel 5:46, tweede lid",
                "binnen zes weken na de datum van deze brief, dus uiterlijk op 4 januari 2027", "NL91 ABNA 0417 1643 00",
                "Betalingskenmerk: 2026-0147-BB1", "Ten name van: Gemeente Nijmegen"));
        REQUIRED.put(LetterKind.VOORNEMEN_BEHEEROVERNAME, List.of("van plan het beheer over te nemen",
                "Stichting Goed Beheer Gelderland", "4 januari 2027", "kenmerk Z-2025-0033-4", "uiterlijk op 7 december 2026"));
        REQUIRED.put(LetterKind.BESLUIT_BEHEEROVERNAME, List.of("Wij nemen het beheer over van de verblijfsruimte aan Groenestraat 214",
                "met ingang van 4 januari 2027 voor ten hoogste twee jaar", "artikel 13 van de Wet goed verhuurderschap",
                "U blijft eigenaar"));
        REQUIRED.put(LetterKind.INTREKKING_VERGUNNING, List.of("Wij trekken verhuurvergunning VV-2024-0112 in met ingang van 7 december 2026",
                "artikel 9 van de Verhuurverordening Nijmegen 2025", "U heeft geen zienswijze gegeven"));
        REQUIRED.put(LetterKind.BESLISSING_OP_BEZWAAR, List.of("Wij verklaren uw bezwaar ongegrond",
                "Het besluit van 27 juli 2026 blijft in stand", "kenmerk Z-2026-0147-3", "Op 6 oktober 2026 hebben wij u gehoord"));
        REQUIRED.put(LetterKind.HUURDERSINFORMATIE, List.of("Wet goed verhuurderschap", "twee keer de kale maandhuur",
                "binnen 14 dagen terug", "los van uw arbeidsovereenkomst", "meldpunt.verhuur@nijmegen.nl", "anoniem"));
        REQUIRED.put(LetterKind.AANMANING, List.of("ons besluit van 28 september 2026, kenmerk Z-2026-0147-3",
                "uiterlijk op 9 november 2026 betalen", "Wij manen u aan de boete alsnog te betalen",
                "binnen twee weken, gerekend vanaf de dag na de verzending van deze aanmaning, dus uiterlijk op 7 december 2026",
                "artikel 4:112 Algemene wet bestuursrecht", "invorderingsmaatregelen", "De kosten daarvan komen voor uw rekening",
                "dwangbevel", "Betalingskenmerk: 2026-0147-BB1", "NL91 ABNA 0417 1643 00",
                "Voor deze aanmaning brengen wij geen kosten in rekening"));
        REQUIRED.put(LetterKind.VOORNEMEN_LAST_ONDER_DWANGSOM, List.of("van plan u een last onder dwangsom op te leggen",
                "Plaats een tweede toilet", "U krijgt daarvoor vier weken na de datum van het besluit", "begunstigingstermijn",
                "€ 1.000,00 per week dat de overtreding voortduurt, tot ten hoogste € 10.000,00",
                "op grond van artikel 125 van de Gemeentewet en artikel 5:32",
                "binnen twee weken na de datum van deze brief, dus uiterlijk op 7 december 2026",
                "Rapport van bevindingen van 5 november 2026"));
        REQUIRED.put(LetterKind.BESLUIT_LAST_ONDER_DWANGSOM, List.of("Met onze brief van 9 november 2026",
                "Wij leggen Flexhuisvesting Gelderland B.V. een last onder dwangsom op",
                "artikel 125 van de Gemeentewet en artikel 5:32 van de Algemene wet bestuursrecht",
                "Vervang de rookmelders op de eerste verdieping",
                "binnen vier weken na de datum van deze brief, dus uiterlijk op 21 december 2026",
                "Dit is de begunstigingstermijn (artikel 5:32a",
                "€ 1.000,00 per week dat de overtreding voortduurt, tot ten hoogste € 10.000,00 (artikel 5:32b",
                "binnen zes weken betalen (artikel 5:33", "loodgieter", "veiligheid van de bewoners",
                "Bezwaar maken schort de werking van dit besluit niet op"));
        REQUIRED.put(LetterKind.INVORDERINGSBESLUIT_DWANGSOM, List.of("ons besluit van 14 september 2026, kenmerk Z-2026-0147-5",
                "Op 26 oktober 2026 hebben toezichthouders gecontroleerd",
                "Wij besluiten de verbeurde dwangsom van € 2.000,00 bij u in te vorderen (artikel 5:37",
                "Er is nog steeds één toilet voor 14 personen", "2 weken x € 1.000,00 = € 2.000,00",
                "binnen zes weken nadat u haar heeft verbeurd (artikel 5:33", "uiterlijk op 7 december 2026",
                "Bedrag: € 2.000,00", "Betalingskenmerk: 2026-0147-DW1", "artikel 5:39"));
        REQUIRED.put(LetterKind.VOORNEMEN_INTREKKING_VERGUNNING, List.of(
                "Op 18 maart 2024 hebben wij u verhuurvergunning VV-2024-0112 verleend",
                "van plan deze vergunning in te trekken met ingang van 4 januari 2027",
                "het maximum aantal bewoners (ten hoogste 9) herhaaldelijk overtreden",
                "Op grond van artikel 9 van de Verhuurverordening Nijmegen 2025",
                "binnen twee weken na de datum van deze brief, dus uiterlijk op 7 december 2026",
                "Dit voornemen is geen besluit"));
        REQUIRED.put(LetterKind.BEHEEROVERNAME_HUURDERS, List.of("De bewoners van Groenestraat 214 6531 HZ Nijmegen",
                "van 4 januari 2027 tot en met 3 januari 2029", "De beheerder is Stichting Goed Beheer Gelderland",
                "024 360 12 34, beheer@goedbeheer-gelderland.nl", "Uw huurovereenkomst loopt gewoon door",
                "Betaal de huur vanaf 4 januari 2027 aan de beheerder, en niet meer aan de verhuurder",
                "Niemand mag u vanwege de beheerovername uit uw woonruimte zetten", "meldpunt.verhuur@nijmegen.nl"));
        REQUIRED.put(LetterKind.AANKONDIGING_INSPECTIE, List.of(
                "Op 3 december 2026 om 10:00 uur inspecteren toezichthouders M. Kowalczyk en R. Ţărănescu",
                "De aanleiding is: een melding via het meldpunt", "artikel 5:20 Algemene wet bestuursrecht",
                "artikel 5:15 Algemene wet bestuursrecht", "alleen met toestemming van de bewoner", "legitimatiebewijs",
                "Deze aankondiging is geen besluit"));
        REQUIRED.put(LetterKind.BESLISSING_HANDHAVINGSVERZOEK, List.of("Geachte mevrouw Bakker,",
                "Op 20 oktober 2026 heeft u ons gevraagd op te treden tegen de verhuurder van de verblijfsruimte aan Groenestraat 214",
                "U vroeg ons ervoor te zorgen dat er niet langer 14 mensen in het pand wonen", "Wij wijzen uw verzoek toe",
                "Er zijn geen bijzondere omstandigheden"));
    }

    /** The tenants' letter about a beheerovername in each language, with the dates spelled in that language. */
    private static final Map<LetterLanguage, List<String>> OCCUPANTS_LETTER = new EnumMap<>(Map.of(
            LetterLanguage.NL, List.of("Datum 23 november 2026", "Beste bewoner,", "van 4 januari 2027 tot en met 3 januari 2029",
                    "Betaal de huur vanaf 4 januari 2027 aan de beheerder", "Niemand mag u", "pagina 1 van"),
            LetterLanguage.EN, List.of("Date 23 November 2026", "Dear resident,", "from 4 January 2027 up to and including 3 January 2029",
                    "From 4 January 2027, pay the rent to the manager and no longer to the landlord", "Nobody may evict you",
                    "Your tenancy agreement simply continues", "page 1 of"),
            LetterLanguage.PL, List.of("Data 23 listopada 2026 r.", "od 4 stycznia 2027 r. do 3 stycznia 2029 r. włącznie",
                    "Od 4 stycznia 2027 r. prosimy płacić czynsz zarządcy, a nie wynajmującemu", "nikt nie może",
                    "umowa najmu nadal obowiązuje", "strona 1 z"),
            LetterLanguage.RO, List.of("Data 23 noiembrie 2026", "de la 4 ianuarie 2027 până la 3 ianuarie 2029 inclusiv",
                    "Începând cu 4 ianuarie 2027, plătiți chiria administratorului, nu proprietarului", "Nimeni nu vă poate evacua",
                    "Contractul dumneavoastră de închiriere rămâne valabil", "pagina 1 din"),
            LetterLanguage.BG, List.of("Дата 23 ноември 2026 г.", "от 4 януари 2027 г. до 3 януари 2029 г. включително",
                    "От 4 януари 2027 г. плащайте наема на управителя, а не на наемодателя", "Никой не може да ви изгони",
                    "договор за наем продължава да важи", "страница 1 от")));

    private static LetterRenderer renderer;

    @BeforeAll
    static void renderer() {
        renderer = new LetterRenderer(LetterFixtures.nijmegen(), LetterFixtures.CLOCK);
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void everyKindCarriesItsRequiredContentAndIsPdfA(LetterKind kind) {
        RenderedLetter letter = renderer.render(kind, LetterFixtures.data(kind), "Z-2026-0147-7");
        Pdfs.keepSample(kind.template(), letter.pdf());
        if (kind == LetterKind.BESLUIT_BESTUURLIJKE_BOETE) {
            PagePreview.write(letter.pdf(), 0, 60, Pdfs.SAMPLES.resolve(kind.template() + "-pagina-1.png"));
        }

        String text = Pdfs.flatText(letter.pdf());
        assertThat(text).contains("Gemeente Nijmegen", "Postbus 9105", "Kenmerk Z-2026-0147-7", "Zaaknummer Z-2026-0147",
                "Datum 23 november 2026", "pagina 1 van " + letter.pages());
        assertThat(text).contains(LetterFixtures.data(kind).addressee().name());
        assertThat(text).as("required parts of %s", kind).contains(REQUIRED.get(kind).toArray(String[]::new));
        assertThat(text).doesNotContain("{{", "}}");
        assertThat(PdfAConformance.failures(letter.pdf())).as("PDF/A-2b violations of %s", kind).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LetterLanguage.class)
    void occupantsLearnOfTheTakeoverInTheirOwnLanguage(LetterLanguage language) {
        LetterData data = LetterFixtures.data(LetterKind.BEHEEROVERNAME_HUURDERS, language);
        RenderedLetter letter = renderer.render(LetterKind.BEHEEROVERNAME_HUURDERS, data, "Z-2026-0147-7");
        Pdfs.keepSample("beheerovername-huurders-" + language.folder(), letter.pdf());

        String text = Pdfs.flatText(letter.pdf());
        assertThat(text).contains(OCCUPANTS_LETTER.get(language).toArray(String[]::new));
        assertThat(text).contains("De bewoners van Groenestraat 214", "Stichting Goed Beheer Gelderland",
                "024 360 12 34, beheer@goedbeheer-gelderland.nl", "Wet goed verhuurderschap", "14 024", "gemeente@nijmegen.nl",
                "meldpunt.verhuur@nijmegen.nl", "www.nijmegen.nl/goedverhuurderschap", "Z-2026-0147-7");
        if (language != LetterLanguage.NL) {
            assertThat(text).as("dates and fixed words of the %s letter", language)
                    .doesNotContain("januari", "november", "Geachte", "Kenmerk", "Met vriendelijke groet");
        }
        assertThat(text).doesNotContain("{{", "}}");
        assertThat(PdfAConformance.failures(letter.pdf())).as("PDF/A-2b of the occupants' letter in %s", language).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void besluitenStateTheLegalRemedyAndOthersDoNot(LetterKind kind) {
        String text = Pdfs.flatText(renderer.render(kind, LetterFixtures.data(kind), "Z-2026-0147-7").pdf());
        if (kind == LetterKind.BESLISSING_OP_BEZWAAR) {
            assertThat(text).contains("Bent u het niet eens met deze beslissing?",
                    "binnen zes weken na de dag van verzending van deze brief beroep instellen bij de rechtbank Gelderland",
                    "griffierecht", "voorlopige voorziening", "kenmerk Z-2026-0147-7");
        } else if (kind.isBesluit()) {
            assertThat(text).contains("Bent u het niet eens met dit besluit?",
                    "binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester "
                            + "en wethouders van Nijmegen, Postbus 9105, 6500 HG Nijmegen",
                    "uw naam en adres", "het kenmerk Z-2026-0147-7", "waarom u het niet eens bent",
                    "Onderteken het bezwaarschrift", "voorzieningenrechter van de rechtbank Gelderland", "voorlopige voorziening");
        } else {
            assertThat(text).doesNotContain("Bent u het niet eens met dit besluit?", "beroep instellen");
        }
        if (kind == LetterKind.HUURDERSINFORMATIE) {
            assertThat(text).doesNotContain("namens burgemeester en wethouders");
        } else {
            assertThat(text).contains("Met vriendelijke groet, namens burgemeester en wethouders van Nijmegen, "
                    + "mr. drs. A.M. de Vries teamleider Handhaving Wonen");
        }
    }
}
