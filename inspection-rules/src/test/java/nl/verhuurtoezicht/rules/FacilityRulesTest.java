package nl.verhuurtoezicht.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FacilityRulesTest {

    /** One toilet and one shower per 8 occupants, rounded up: 8 need 1, 9 need 2, 16 need 2, 17 need 3. */
    @ParameterizedTest(name = "{0} present, {1} facilities → {2}")
    @CsvSource({
            "8,  1, PASS", "9,  1, FAIL", "9,  2, PASS",
            "16, 2, PASS", "17, 2, FAIL", "17, 3, PASS",
            "1,  0, FAIL", "0,  0, PASS",
    })
    void toiletsAndShowersPerEightOccupants(int present, int facilities, Status expected) {
        FactsFixture toilets = FactsFixture.compliant();
        toilets.present = present;
        toilets.toilets = facilities;
        FactsFixture showers = FactsFixture.compliant();
        showers.present = present;
        showers.showers = facilities;

        assertThat(toilets.status("SNF-WC")).isEqualTo(expected);
        assertThat(showers.status("SNF-SHW")).isEqualTo(expected);
    }

    @Test
    void shortfallIsStatedInTheMessage() {
        FactsFixture facts = FactsFixture.compliant();
        facts.present = 17;
        facts.showers = 1;

        Finding finding = facts.finding("SNF-SHW");

        assertThat(finding.measured()).isEqualTo(Measure.of(1));
        assertThat(finding.threshold()).isEqualTo(Measure.of(3));
        assertThat(finding.message()).isEqualTo("1 douche(s), 2 te weinig; nodig zijn er 3.");
    }

    @ParameterizedTest(name = "{0} present, {1} sockets → {2}")
    @CsvSource({"8, 8, PASS", "8, 7, FAIL", "8, 9, PASS", "0, 0, PASS"})
    void oneWallSocketPerOccupant(int present, int sockets, Status expected) {
        FactsFixture facts = FactsFixture.compliant();
        facts.present = present;
        facts.wallSockets = sockets;

        assertThat(facts.status("SNF-ELEC")).isEqualTo(expected);
    }

    @Test
    void extremeCountsAreEvaluatedWithoutOverflow() {
        FactsFixture facts = FactsFixture.compliant().bedrooms("8", Integer.MAX_VALUE);
        facts.present = Integer.MAX_VALUE;
        facts.wallSockets = Integer.MAX_VALUE;
        facts.maxBedsOnInfoCard = Integer.MAX_VALUE;

        Evaluation evaluation = facts.evaluate();

        assertThat(evaluation.finding("SNF-ELEC").status()).isEqualTo(Status.PASS);
        assertThat(evaluation.finding("SNF-WC").threshold()).isEqualTo(Measure.of(268_435_456));
        assertThat(evaluation.finding("SNF-BED-OCC").status()).isEqualTo(Status.FAIL);
        assertThat(evaluation.finding("SNF-GBO").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void countsWithoutOccupantsAreNotAssessed() {
        FactsFixture facts = FactsFixture.compliant();
        facts.present = null;

        assertThat(facts.status("SNF-WC")).isEqualTo(Status.NOT_ASSESSED);
        assertThat(facts.status("SNF-ELEC")).isEqualTo(Status.NOT_ASSESSED);
    }

    static Stream<Arguments> yesNoFacts() {
        return Stream.of(
                yesNo("SNF-LAUN", (f, v) -> f.washingMachine = v),
                yesNo("SNF-LAUN", (f, v) -> f.dryingOutsideBedroom = v),
                yesNo("SNF-ROOF", (f, v) -> f.allUnderOneRoof = v),
                yesNo("SNF-FURN", (f, v) -> f.beds = v),
                yesNo("SNF-FURN", (f, v) -> f.wardrobes = v),
                yesNo("SNF-FURN", (f, v) -> f.chairs = v),
                yesNo("SNF-INFO", (f, v) -> f.infoCardPosted = v),
                yesNo("WGV-R4", (f, v) -> f.leaseWritten = v),
                yesNo("WGV-R6", (f, v) -> f.serviceCostsSpecified = v));
    }

    private static Arguments yesNo(String ruleId, BiConsumer<FactsFixture, Boolean> set) {
        return Arguments.of(ruleId, set);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yesNoFacts")
    void requiredYesNoFactPassesOnlyWhenRecordedTrue(String ruleId, BiConsumer<FactsFixture, Boolean> set) {
        FactsFixture yes = FactsFixture.compliant();
        set.accept(yes, true);
        FactsFixture no = FactsFixture.compliant();
        set.accept(no, false);
        FactsFixture unknown = FactsFixture.compliant();
        set.accept(unknown, null);

        assertThat(yes.status(ruleId)).isEqualTo(Status.PASS);
        assertThat(no.status(ruleId)).isEqualTo(Status.FAIL);
        assertThat(unknown.status(ruleId)).isEqualTo(Status.NOT_ASSESSED);
    }

    @Test
    void oneFactRecordedFalseFailsEvenWhenAnotherIsMissing() {
        FactsFixture facts = FactsFixture.compliant();
        facts.beds = null;
        facts.chairs = false;

        Finding finding = facts.finding("SNF-FURN");

        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).isEqualTo("Niet voldaan: $.furniture.chairPerResident.");
    }
}
