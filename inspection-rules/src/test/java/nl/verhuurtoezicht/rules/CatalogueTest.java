package nl.verhuurtoezicht.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private static final Path EXAMPLE_OVERRIDE = Path.of("examples/gemeente-voorbeeld.yaml");

    @Nested
    class DefaultCatalogue {

        private final RuleCatalogue catalogue = RuleCatalogue.loadDefault();

        @Test
        void everyRuleVersionHasTitlesUnitSeverityAndAMarkedSource() {
            assertThat(catalogue.rules()).hasSizeGreaterThanOrEqualTo(18).allSatisfy(rule -> {
                assertThat(rule.title().nl()).isNotBlank();
                assertThat(rule.title().en()).isNotBlank();
                assertThat(rule.unit().nl()).isNotBlank();
                assertThat(rule.severity()).isNotNull();
                assertThat(rule.legalSource().reference()).isNotBlank();
                assertThat(rule.legalSource().marking()).isNotNull();
            });
        }

        @Test
        void severitiesAndThresholdsComeFromTheData() {
            LocalDate day = LocalDate.parse("2026-03-14");

            assertThat(catalogue.rule("SNF-DET", day).orElseThrow().severity()).isEqualTo(Severity.CRITICAL);
            assertThat(catalogue.rule("SNF-EXT", day).orElseThrow().severity()).isEqualTo(Severity.CRITICAL);
            assertThat(catalogue.rule("SNF-ELEC", day).orElseThrow().severity()).isEqualTo(Severity.MINOR);
            assertThat(catalogue.rule("SNF-GBO", day).orElseThrow().thresholds())
                    .containsEntry("LOGIES", new BigDecimal("10"))
                    .containsEntry("WONING", new BigDecimal("12"))
                    .containsEntry("NIEUWBOUW_HOTEL", new BigDecimal("15"));
        }

        @Test
        void normSwitchDateIsData() {
            assertThat(catalogue.normSet(LocalDate.parse("2025-06-30")).orElseThrow().id()).isEqualTo("SNF-2021-09");
            NormSet current = catalogue.normSet(LocalDate.parse("2025-07-01")).orElseThrow();
            assertThat(current.id()).isEqualTo("SNF-2025-07");
            assertThat(current.newBuildPermitAppliedFrom()).isEqualTo(LocalDate.parse("2025-07-01"));
            assertThat(catalogue.versions("SNF-GBO")).extracting(RuleVersion::validFrom)
                    .containsExactly(LocalDate.parse("2021-09-01"), LocalDate.parse("2025-07-01"));
        }

        @Test
        void everySignalHasADutchDescription() {
            for (SignalCode code : SignalCode.values()) {
                assertThat(catalogue.signal(code).description().nl()).as(code.name()).isNotBlank();
            }
        }

        @Test
        void listingShowsSourcesForEveryRule() {
            String listing = CatalogueJson.write(catalogue);

            for (String ruleId : catalogue.ruleIds()) {
                assertThat(listing).contains("\"id\" : \"" + ruleId + "\"");
            }
            assertThat(listing).contains("\"reference\" : \"vgvm.nl norm 2.1\"", "\"marking\" : \"SECONDARY\"",
                    "\"validTo\" : \"2025-06-30\"");
        }
    }

    @Nested
    class MunicipalOverride {

        private final RuleCatalogue catalogue = RuleCatalogue.load(EXAMPLE_OVERRIDE);

        @Test
        void stricterPersonsPerBedroomAppliesFromItsDateOn() {
            FactsFixture before = FactsFixture.compliant().on("2025-12-31");
            FactsFixture after = FactsFixture.compliant().on("2026-01-01");

            Evaluator evaluator = new Evaluator(catalogue);
            Finding beforeFinding = evaluator.evaluate(before.build()).finding("SNF-BED-OCC");
            Finding afterFinding = evaluator.evaluate(after.build()).finding("SNF-BED-OCC");

            assertThat(beforeFinding.status()).isEqualTo(Status.PASS);
            assertThat(afterFinding.status()).isEqualTo(Status.FAIL);
            assertThat(afterFinding.legalBasis())
                    .isEqualTo("Beleidsregel huisvesting arbeidsmigranten Gemeente Voorbeeld 2026, art. 3 [C]");
            assertThat(evaluator.evaluate(after.build()).normSet()).isEqualTo("gemeente-voorbeeld-2026:SNF-2025-07");
        }

        @Test
        void writtenConsentAllowsTwoUnderTheLocalRule() {
            FactsFixture facts = FactsFixture.compliant().on("2026-03-14");
            facts.writtenConsent = true;

            assertThat(new Evaluator(catalogue).evaluate(facts.build()).finding("SNF-BED-OCC").status())
                    .isEqualTo(Status.PASS);
        }

        @Test
        void overrideSplitsTheVersionItStartsInAndKeepsUnchangedFields() {
            assertThat(catalogue.versions("SNF-BED-OCC")).extracting(RuleVersion::validFrom, RuleVersion::validTo)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2021-09-01"), LocalDate.parse("2025-06-30")),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-07-01"), LocalDate.parse("2025-12-31")),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-01-01"), null));
            RuleVersion local = catalogue.versions("SNF-BED-OCC").get(2);
            assertThat(local.thresholds()).containsEntry("WONING", BigDecimal.ONE)
                    .containsEntry("NIEUWBOUW_HOTEL", BigDecimal.ONE)
                    .containsEntry("NIEUWBOUW_HOTEL_WRITTEN_CONSENT", new BigDecimal("2"));
            assertThat(local.title()).isEqualTo(catalogue.versions("SNF-BED-OCC").get(1).title());
        }

        @Test
        void changeWithoutDateAppliesToEveryVersion() {
            assertThat(catalogue.versions("SNF-INFO")).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.MAJOR));
            assertThat(RuleCatalogue.loadDefault().versions("SNF-INFO"))
                    .allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.MINOR));
        }

        @Test
        void overrideMayBeWrittenAsJson() {
            RuleCatalogue json = read("""
                    {"catalogue": "json-gemeente", "basedOn": "default", "rules": [
                      {"id": "SNF-ELEC", "thresholds": {"socketsPerOccupant": 2},
                       "legalSource": {"reference": "Beleidsregel elektra", "marking": "SECONDARY"}}]}
                    """);

            assertThat(json.rule("SNF-ELEC", LocalDate.parse("2026-03-14")).orElseThrow().legalSource().label())
                    .isEqualTo("Beleidsregel elektra [S]");
            FactsFixture facts = FactsFixture.compliant();
            assertThat(new Evaluator(json).evaluate(facts.build()).finding("SNF-ELEC").status()).isEqualTo(Status.FAIL);
        }

        @Test
        void boundedChangeRestoresTheDefaultAfterItsEnd() {
            RuleCatalogue bounded = read("""
                    catalogue: tijdelijk
                    basedOn: default
                    rules:
                      - id: SNF-WC
                        validFrom: 2026-01-01
                        validTo: 2026-06-30
                        thresholds: {occupantsPerToilet: 4}
                        legalSource: {reference: "Tijdelijke beleidsregel", marking: CONFIRMED}
                    """);

            assertThat(bounded.rule("SNF-WC", LocalDate.parse("2026-03-01")).orElseThrow().threshold("occupantsPerToilet"))
                    .isEqualByComparingTo("4");
            assertThat(bounded.rule("SNF-WC", LocalDate.parse("2026-07-01")).orElseThrow().threshold("occupantsPerToilet"))
                    .isEqualByComparingTo("8");
            assertThat(bounded.rule("SNF-WC", LocalDate.parse("2025-12-31")).orElseThrow().threshold("occupantsPerToilet"))
                    .isEqualByComparingTo("8");
        }
    }

    @Nested
    class BadCatalogueFiles {

        @Test
        void unknownRuleIsRejectedWithItsPath() {
            assertRejected("""
                    catalogue: x
                    basedOn: default
                    rules:
                      - id: SNF-KITCHEN
                        legalSource: {reference: r, marking: CONFIRMED}
                    """, "$.rules[0].id", "unknown rule 'SNF-KITCHEN'");
        }

        @Test
        void localChangeMustNameItsSource() {
            assertRejected("""
                    catalogue: x
                    basedOn: default
                    rules:
                      - id: SNF-WC
                        thresholds: {occupantsPerToilet: 6}
                    """, "$.rules[0].legalSource", "a local change must name its own source");
        }

        @Test
        void misspelledThresholdIsRejected() {
            assertRejected("""
                    catalogue: x
                    basedOn: default
                    rules:
                      - id: SNF-WC
                        thresholds: {occupantsPerToliet: 6}
                        legalSource: {reference: r, marking: CONFIRMED}
                    """, "$.rules[0].thresholds.occupantsPerToliet", "not used by this rule");
        }

        @Test
        void undatedChangeForAClassThatOlderVersionsLackNamesThePeriod() {
            assertRejected("""
                    catalogue: x
                    basedOn: default
                    rules:
                      - id: SNF-BED-OCC
                        thresholds: {NIEUWBOUW_HOTEL_WRITTEN_CONSENT: 1}
                        legalSource: {reference: r, marking: CONFIRMED}
                    """, "$.rules[0].thresholds.NIEUWBOUW_HOTEL_WRITTEN_CONSENT",
                    "not used by this rule from 2021-09-01 to 2025-06-30");
        }

        @Test
        void fractionalPersonCountIsRejected() {
            assertRejected("""
                    catalogue: x
                    basedOn: default
                    rules:
                      - id: SNF-BED-OCC
                        thresholds: {WONING: 1.5}
                        legalSource: {reference: r, marking: CONFIRMED}
                    """, "$.rules[0].thresholds.WONING", "must be a whole number");
        }

        @Test
        void zeroOrNegativeThresholdIsRejected() {
            assertRejected("""
                    catalogue: x
                    basedOn: default
                    rules:
                      - id: SNF-WC
                        thresholds: {occupantsPerToilet: 0}
                        legalSource: {reference: r, marking: CONFIRMED}
                    """, "$.rules[0].thresholds.occupantsPerToilet", "must be greater than zero");
            assertRejected("""
                    catalogue: x
                    basedOn: default
                    rules:
                      - id: SNF-WC
                        thresholds: {occupantsPerToilet: -8}
                        legalSource: {reference: r, marking: CONFIRMED}
                    """, "$.rules[0].thresholds.occupantsPerToilet", "must not be negative");
        }

        @Test
        void unknownSeverityAndUnknownFieldsAreRejected() {
            assertRejected("""
                    catalogue: x
                    basedOn: default
                    rules:
                      - id: SNF-WC
                        severity: HIGH
                        legalSource: {reference: r, marking: CONFIRMED}
                    """, "$.rules[0].severity", "unknown value \"HIGH\"");
            assertRejected("""
                    catalogue: x
                    basedOn: default
                    rules:
                      - id: SNF-WC
                        treshold: 6
                    """, "$.rules[0].treshold", "unknown field");
        }

        @Test
        void changeOutsideEveryVersionIsRejected() {
            assertRejected("""
                    catalogue: x
                    basedOn: default
                    rules:
                      - id: WGV-R4
                        validFrom: 2020-01-01
                        validTo: 2020-12-31
                        severity: MINOR
                        legalSource: {reference: r, marking: CONFIRMED}
                    """, "$.rules[0].validFrom", "no version of WGV-R4 is in force in that period");
        }

        @Test
        void completeCatalogueMissingARuleIsRejected() {
            String complete = """
                    catalogue: eigen
                    title: {nl: Eigen, en: Own}
                    messages:
                      notAssessed: {nl: "n {detail}", en: "n {detail}"}
                      notInForce: {nl: "f {detail}", en: "f {detail}"}
                    normSets:
                      - id: N
                        title: {nl: N, en: N}
                        validFrom: 2021-09-01
                        housingClasses: {LOGIES: L, WONING: W, NIEUWBOUW: W, HOTEL_PENSION: L}
                        legalSource: {reference: r, marking: CONFIRMED}
                    rules:
                      - id: SNF-OCC
                        title: {nl: t, en: t}
                        norm: {nl: n, en: n}
                        unit: {nl: u, en: u}
                        severity: MAJOR
                        validFrom: 2021-09-01
                        legalSource: {reference: r, marking: CONFIRMED}
                        messages: {pass: {nl: "p {measured}", en: p}, fail: {nl: "f {mesured}", en: f}}
                    signals: []
                    """;
            assertRejected(complete, "$.rules[0].messages", "unknown placeholder {mesured}");
            assertRejected(complete.replace("{mesured}", "{measured}"), "$.rules", "no entry for rule SNF-GBO");
        }

        @Test
        void malformedYamlIsRejectedWithALocation() {
            assertThatThrownBy(() -> read("catalogue: x\nbasedOn: default\nrules: [ {id: SNF-WC\n"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("malformed YAML (line");
        }

        private void assertRejected(String yaml, String path, String problem) {
            assertThatThrownBy(() -> read(yaml))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.path()).isEqualTo(path);
                        assertThat(e.problem()).contains(problem);
                    });
        }
    }

    private static RuleCatalogue read(String yaml) {
        return RuleCatalogue.read(new StringReader(yaml));
    }
}
