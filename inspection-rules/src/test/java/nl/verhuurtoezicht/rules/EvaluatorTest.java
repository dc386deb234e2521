package nl.verhuurtoezicht.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final List<String> RULE_IDS = List.of("SNF-GBO", "SNF-BED-OCC", "SNF-BED-M2", "SNF-OCC",
            "SNF-WC", "SNF-SHW", "SNF-ELEC", "SNF-LAUN", "SNF-ROOF", "SNF-FURN", "SNF-DET", "SNF-EXT", "SNF-INFO",
            "WGV-AM2", "WGV-R3", "WGV-R4", "WGV-AM1", "WGV-R6");

    @Test
    void compliantAddressPassesEveryRuleInCatalogueOrder() {
        Evaluation evaluation = FactsFixture.compliant().evaluate();

        assertThat(evaluation.findings()).extracting(Finding::ruleId).containsExactlyElementsOf(RULE_IDS);
        assertThat(evaluation.findings()).allSatisfy(f -> assertThat(f.status()).as(f.ruleId()).isEqualTo(Status.PASS));
        assertThat(evaluation.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(evaluation.normSet()).isEqualTo("nl-default-2026:SNF-2025-07");
        assertThat(evaluation.signals()).isEmpty();
    }

    @Test
    void theIssueExampleFailsOnOccupancySanitaryLanguageAndDeposit() throws IOException {
        InspectionFacts facts = FactsJson.parse(Files.readString(Path.of("examples/issue-5-example.json")));

        Evaluation evaluation = new Evaluator(RuleCatalogue.loadDefault()).evaluate(facts);

        assertThat(evaluation.verdict()).isEqualTo(Verdict.DEFICIENT);
        assertThat(evaluation.findings()).filteredOn(f -> f.status() == Status.FAIL).extracting(Finding::ruleId)
                .containsExactly("SNF-OCC", "SNF-WC", "SNF-SHW", "WGV-AM2", "WGV-R3");
        assertThat(evaluation.findings()).filteredOn(f -> f.status() == Status.NOT_ASSESSED).isEmpty();
        assertThat(evaluation.signals()).extracting(Signal::code)
                .containsExactly(SignalCode.NO_OWN_ID, SignalCode.HOUSING_TIED_TO_JOB, SignalCode.BRP_MISMATCH);
    }

    @Test
    void failedMajorRuleMakesTheVerdictDeficient() {
        FactsFixture facts = FactsFixture.compliant();
        facts.toilets = 0;

        Evaluation evaluation = facts.evaluate();

        assertThat(evaluation.finding("SNF-WC").status()).isEqualTo(Status.FAIL);
        assertThat(evaluation.verdict()).isEqualTo(Verdict.DEFICIENT);
    }

    @Test
    void failedMinorRuleMakesTheVerdictDeficient() {
        FactsFixture facts = FactsFixture.compliant();
        facts.infoCardPosted = false;

        assertThat(facts.evaluate().verdict()).isEqualTo(Verdict.DEFICIENT);
    }

    @Test
    void failedCriticalRuleMakesTheVerdictSerious() {
        FactsFixture facts = FactsFixture.compliant();
        facts.extinguisherInspectedOn = facts.inspectionDate.minusYears(2);
        facts.toilets = 0;

        Evaluation evaluation = facts.evaluate();

        assertThat(evaluation.finding("SNF-EXT").severity()).isEqualTo(Severity.CRITICAL);
        assertThat(evaluation.verdict()).isEqualTo(Verdict.SERIOUS);
    }

    @Test
    void everyRuleWithoutItsFactsIsNotAssessedAndNeverPasses() {
        Evaluation evaluation = new Evaluator(RuleCatalogue.loadDefault())
                .evaluate(FactsFixture.bare("2026-03-14", HousingType.NIEUWBOUW));

        assertThat(evaluation.findings()).hasSize(RULE_IDS.size()).allSatisfy(f -> {
            assertThat(f.status()).as(f.ruleId()).isEqualTo(Status.NOT_ASSESSED);
            assertThat(f.measured()).isNull();
            assertThat(f.message()).startsWith("Niet beoordeeld: gegevens ontbreken ($.");
        });
        assertThat(evaluation.finding("SNF-GBO").message()).contains("$.property.usableFloorAreaM2",
                "$.occupants.present", "$.property.firstPermitApplied");
        assertThat(evaluation.verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void rulesNotYetInForceOnTheInspectionDateAreNotAssessed() {
        Evaluation evaluation = FactsFixture.compliant().on("2023-06-30").evaluate();

        assertThat(evaluation.finding("WGV-R4").status()).isEqualTo(Status.NOT_ASSESSED);
        assertThat(evaluation.finding("WGV-R4").message())
                .isEqualTo("Niet beoordeeld: deze regel gold niet op de inspectiedatum 30-06-2023.");
        assertThat(evaluation.finding("SNF-GBO").status()).isEqualTo(Status.PASS);
        assertThat(evaluation.normSet()).isEqualTo("nl-default-2026:SNF-2021-09");
    }

    @Test
    void passedThroughSignalsGetTheirDutchDescriptionAndBrpMismatchIsAdded() {
        FactsFixture facts = FactsFixture.compliant();
        facts.signals = List.of(SignalCode.NO_OWN_ID, SignalCode.HOUSING_TIED_TO_JOB);
        facts.registeredBrp = 6;

        Evaluation evaluation = facts.evaluate();

        assertThat(evaluation.signals()).containsExactly(
                new Signal(SignalCode.NO_OWN_ID, "Bewoner heeft geen eigen identiteitsbewijs"),
                new Signal(SignalCode.HOUSING_TIED_TO_JOB, "Huisvesting gekoppeld aan het werk"),
                new Signal(SignalCode.BRP_MISMATCH, "Minder bewoners ingeschreven in de BRP dan aanwezig"));
    }

    @Test
    void brpMismatchIsRaisedOnlyWhenFewerAreRegisteredThanPresentAndOnlyOnce() {
        FactsFixture equal = FactsFixture.compliant();
        equal.registeredBrp = equal.present;
        FactsFixture alreadyReported = FactsFixture.compliant();
        alreadyReported.registeredBrp = 7;
        alreadyReported.signals = List.of(SignalCode.BRP_MISMATCH);

        assertThat(equal.evaluate().signals()).isEmpty();
        assertThat(alreadyReported.evaluate().signals()).extracting(Signal::code).containsExactly(SignalCode.BRP_MISMATCH);
    }

    @Test
    void messagesAndDescriptionsFollowTheChosenLanguage() {
        FactsFixture facts = FactsFixture.compliant();
        facts.toilets = 0;
        facts.registeredBrp = 1;

        Evaluation evaluation = new Evaluator(RuleCatalogue.loadDefault(), Language.EN).evaluate(facts.build());

        assertThat(evaluation.finding("SNF-WC").message()).isEqualTo("0 toilet(s), 1 too few; 1 required.");
        assertThat(evaluation.finding("SNF-WC").unit()).isEqualTo("toilets");
        assertThat(evaluation.signals().get(0).description()).isEqualTo("Fewer occupants registered in the BRP than present");
    }

    @Test
    void findingCarriesTheSourceOfTheVersionApplied() {
        Finding before = FactsFixture.compliant().on("2025-06-30").finding("SNF-GBO");
        Finding after = FactsFixture.compliant().on("2025-07-01").finding("SNF-GBO");

        assertThat(before.legalBasis()).isEqualTo("SNF info-for-residents; vgvm.nl norm 1.3 (SNF-GBO-L, SNF-GBO-W) [C]");
        assertThat(after.legalBasis()).startsWith("SNF-norm 2.2 (normecgroup.com), vanaf 1-7-2025");
    }
}
