package nl.verhuurtoezicht.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template language legal staff write, and what happens when a template or its data is wrong. */
class TemplateSyntaxTest {

    @TempDir
    Path templates;

    @Test
    void parsesHeaderHeadingsParagraphsBulletsDirectivesAndComments() {
        ParsedTemplate template = TemplateParser.parseLetter("test.txt", """
                onderwerp: Besluit {{x}}
                bijlage: Rapport
                bijlage: Folder
                ---
                // a note for legal staff, never printed
                # Kop
                Eerste regel
                loopt door.

                ## Subkop
                - punt een
                  met vervolg
                - punt twee
                {{tabel:bevindingen}}
                {{fragment:contact}}
                """);

        assertThat(template.subject()).isEqualTo("Besluit {{x}}");
        assertThat(template.enclosures()).containsExactly("Rapport", "Folder");
        assertThat(template.signed()).isTrue();
        assertThat(template.body()).containsExactly(
                new TemplateLine.Heading(1, "Kop"),
                new TemplateLine.Paragraph("Eerste regel loopt door."),
                new TemplateLine.Heading(2, "Subkop"),
                new TemplateLine.Bullet("punt een met vervolg"),
                new TemplateLine.Bullet("punt twee"),
                new TemplateLine.Directive("tabel", "bevindingen"),
                new TemplateLine.Directive("fragment", "contact"));
    }

    @Test
    void templateErrorsNameTheFileAndLine() {
        assertThatThrownBy(() -> TemplateParser.parseLetter("nl/x.txt", "onderwerp: X\n"))
                .hasMessageContaining("nl/x.txt").hasMessageContaining("---");
        assertThatThrownBy(() -> TemplateParser.parseLetter("nl/x.txt", "onderwerp: X\nkleur: rood\n---\n"))
                .hasMessageContaining("nl/x.txt line 2").hasMessageContaining("unknown header 'kleur'");
        assertThatThrownBy(() -> TemplateParser.parseLetter("nl/x.txt", "bijlage: Y\n---\ntekst\n"))
                .hasMessageContaining("no 'onderwerp:'");
        assertThatThrownBy(() -> TemplateParser.parseLetter("nl/x.txt", "onderwerp: X\n---\nzie {{tabel:t}} hier\n"))
                .hasMessageContaining("line 3").hasMessageContaining("alone on their line");
    }

    @Test
    void formatsAmountsDatesAndTermsTheDutchWay() {
        Map<String, Object> values = Map.of("bedrag", new BigDecimal("1234567.5"), "dag", LocalDate.of(2027, 3, 1),
                "termijn", Period.ofWeeks(6), "aantal", 3);
        String text = compose(overrideWith("onderwerp: {{bedrag}}\n---\n{{dag}} {{termijn}} {{aantal}} {{geadresseerde}}\n"), values)
                .body().toString();

        assertThat(text).contains("1 maart 2027 zes weken 3 Flexhuisvesting Gelderland B.V.");
        assertThat(compose(overrideWith("onderwerp: {{bedrag}}\n---\nx\n"), values).subject()).isEqualTo("€ 1.234.567,50");
    }

    @Test
    void missingValuesAreAllNamedAndNoLetterIsMade() {
        LetterData data = LetterFixtures.data(LetterKind.BESLUIT_BESTUURLIJKE_BOETE);
        Map<String, Object> values = new HashMap<>(data.values());
        values.remove("boetebedrag");
        values.remove("overtreding_datum");
        values.put("evenredigheid", "  ");
        LetterRenderer renderer = new LetterRenderer(LetterFixtures.nijmegen(), LetterFixtures.CLOCK);

        assertThatThrownBy(() -> renderer.render(LetterKind.BESLUIT_BESTUURLIJKE_BOETE,
                new LetterData(data.addressee(), data.caseReference(), data.date(), data.language(), values), "K-1"))
                .isInstanceOf(MissingLetterValueException.class)
                .hasMessageContaining("nl/besluit-bestuurlijke-boete.txt")
                .satisfies(e -> assertThat(((MissingLetterValueException) e).placeholders())
                        .containsExactlyInAnyOrder("boetebedrag", "overtreding_datum", "evenredigheid"));
    }

    @Test
    void wrongValueTypesAndShadowedStandardValuesAreRefused() {
        LetterComposer composer = new LetterComposer(new LetterTemplates(overrideWith("onderwerp: X\n---\n{{lijst:punten}}\n")),
                LetterFixtures.nijmegen());
        assertThatThrownBy(() -> composer.compose(LetterKind.ONTVANGSTBEVESTIGING_AANVRAAG,
                data(Map.of("punten", "geen lijst")), "K-1", null))
                .hasMessageContaining("'punten' must be a non-empty list");
        assertThatThrownBy(() -> composer.compose(LetterKind.ONTVANGSTBEVESTIGING_AANVRAAG,
                data(Map.of("punten", List.of("a"), "termijn.bezwaar", "2 weken")), "K-1", null))
                .hasMessageContaining("'termijn.bezwaar' is set by the letter service");
    }

    @Test
    void malformedPlaceholderIsAnErrorNotText() {
        assertThatThrownBy(() -> compose(overrideWith("onderwerp: X\n---\nBedrag {{Bedrag} euro\n"), Map.of()))
                .hasMessageContaining("malformed placeholder");
    }

    @Test
    void fragmentThatIncludesItselfIsStopped() throws IOException {
        Path dir = overrideWith("onderwerp: X\n---\n{{fragment:lus}}\n");
        Files.createDirectories(dir.resolve("nl/fragmenten"));
        Files.writeString(dir.resolve("nl/fragmenten/lus.txt"), "tekst\n{{fragment:lus}}\n");
        assertThatThrownBy(() -> compose(dir, Map.of())).hasMessageContaining("does a fragment include itself");
    }

    @Test
    void templateFolderOverridesTheBuiltInWordingWithoutRecompiling() throws IOException {
        LetterRenderer builtIn = new LetterRenderer(LetterFixtures.nijmegen(), LetterFixtures.CLOCK);
        LetterData data = LetterFixtures.data(LetterKind.VERDAGING_BESLISTERMIJN);
        assertThat(Pdfs.flatText(builtIn.render(LetterKind.VERDAGING_BESLISTERMIJN, data, "K-1").pdf()))
                .contains("Dat lukt helaas niet.");

        Files.createDirectories(templates.resolve("nl"));
        String edited = new String(getClass().getResourceAsStream("/letters/nl/verdaging-beslistermijn.txt").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("Dat lukt helaas niet.", "Dat lukt ons niet; excuses daarvoor.");
        Files.writeString(templates.resolve("nl/verdaging-beslistermijn.txt"), edited);
        LetterRenderer overridden = new LetterRenderer(LetterFixtures.nijmegen(templates), LetterFixtures.CLOCK);

        String text = Pdfs.flatText(overridden.render(LetterKind.VERDAGING_BESLISTERMIJN, data, "K-1").pdf());
        assertThat(text).contains("Dat lukt ons niet; excuses daarvoor.").doesNotContain("Dat lukt helaas niet.");
        assertThat(text).as("fragments not overridden still come from the classpath").contains("Heeft u vragen over deze brief?");
    }

    @Test
    void termsUseThePluralFormOfTheLanguage() {
        LetterTemplates builtIn = new LetterTemplates(null);
        ValueFormatter polish = new ValueFormatter(LetterLanguage.PL, builtIn.labels(LetterLanguage.PL));
        ValueFormatter english = new ValueFormatter(LetterLanguage.EN, builtIn.labels(LetterLanguage.EN));
        assertThat(polish.format(Period.ofWeeks(1))).isEqualTo("1 tydzień");
        assertThat(polish.format(Period.ofWeeks(2))).isEqualTo("2 tygodnie");
        assertThat(polish.format(Period.ofWeeks(6))).isEqualTo("6 tygodni");
        assertThat(polish.format(Period.ofMonths(3))).isEqualTo("3 miesiące");
        assertThat(english.format(Period.ofWeeks(1))).isEqualTo("1 week");
        assertThat(english.format(Period.ofDays(14))).isEqualTo("2 weeks");
        assertThatThrownBy(() -> english.format(Period.of(0, 1, 3))).hasMessageContaining("whole weeks, months or days");
    }

    @Test
    void everyLanguageHasEveryFixedWordDutchHas() {
        LetterTemplates builtIn = new LetterTemplates(null);
        java.util.Set<String> dutch = new java.util.TreeSet<>(builtIn.labels(LetterLanguage.NL).stringPropertyNames());
        dutch.removeIf(key -> key.startsWith("getal."));
        for (LetterLanguage language : LetterLanguage.values()) {
            assertThat(builtIn.labels(language).stringPropertyNames()).as("labels of %s", language).containsAll(dutch);
        }
    }

    @Test
    void aTemplateFolderThatDoesNotExistIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new LetterRenderer(LetterFixtures.nijmegen(templates.resolve("brieven-typo")), LetterFixtures.CLOCK))
                .hasMessageContaining("template-directory").hasMessageContaining("brieven-typo").hasMessageContaining("not a directory");
    }

    @Test
    void letterKindInALanguageWithoutTemplateIsRefused() {
        LetterRenderer renderer = new LetterRenderer(LetterFixtures.nijmegen(), LetterFixtures.CLOCK);
        LetterData data = LetterFixtures.data(LetterKind.VERDAGING_BESLISTERMIJN);
        LetterData english = new LetterData(data.addressee(), data.caseReference(), data.date(), LetterLanguage.EN, data.values());
        assertThatThrownBy(() -> renderer.render(LetterKind.VERDAGING_BESLISTERMIJN, english, "K-1"))
                .hasMessageContaining("VERDAGING_BESLISTERMIJN exists in [NL], not in EN");
    }

    private Path overrideWith(String ontvangstbevestiging) {
        try {
            Files.createDirectories(templates.resolve("nl"));
            Files.writeString(templates.resolve("nl/ontvangstbevestiging-aanvraag.txt"), ontvangstbevestiging);
            return templates;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static LetterContent compose(Path templateDirectory, Map<String, Object> values) {
        return new LetterComposer(new LetterTemplates(templateDirectory), LetterFixtures.nijmegen())
                .compose(LetterKind.ONTVANGSTBEVESTIGING_AANVRAAG, data(values), "K-1", null);
    }

    private static LetterData data(Map<String, Object> values) {
        return new LetterData(LetterFixtures.LANDLORD, "Z-1", LetterFixtures.DATE, LetterLanguage.NL, values);
    }
}
