package nl.verhuurtoezicht.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FireSafetyRulesTest {

    @ParameterizedTest(name = "detector on floor 1 present={0} working={1} expires={2} → {3}")
    @CsvSource({
            "true,  true,  2026-03-15, PASS",
            "true,  true,  2026-03-14, FAIL",
            "true,  true,  2026-03-13, FAIL",
            "true,  false, 2030-01-01, FAIL",
            "false, true,  2030-01-01, FAIL",
            "true,  true,            , NOT_ASSESSED",
            "true,      , 2030-01-01, NOT_ASSESSED",
    })
    void everyFloorWithARoomNeedsAWorkingUnexpiredDetector(Boolean present, Boolean working, String expires,
                                                          Status expected) {
        FactsFixture facts = FactsFixture.compliant();
        facts.smokeDetectors = new ArrayList<>(List.of(FactsFixture.detector(0, true, true, "2030-01-01"),
                FactsFixture.detector(1, present, working, expires)));

        assertThat(facts.status("SNF-DET")).isEqualTo(expected);
    }

    @Test
    void floorWithoutDetectorFailsAndIsNamed() {
        FactsFixture facts = FactsFixture.compliant();
        facts.rooms.add(FactsFixture.room("zolder", RoomType.BEDROOM, 2, "10", 1));

        Finding finding = facts.finding("SNF-DET");

        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.measured()).isEqualTo(Measure.of(2));
        assertThat(finding.threshold()).isEqualTo(Measure.of(3));
        assertThat(finding.message()).endsWith("niet op verdieping 2.");
    }

    @Test
    void aSecondGoodDetectorCoversAFloorWithABrokenOne() {
        FactsFixture facts = FactsFixture.compliant();
        facts.smokeDetectors.add(FactsFixture.detector(1, true, false, "2030-01-01"));

        assertThat(facts.status("SNF-DET")).isEqualTo(Status.PASS);
    }

    @Test
    void noDetectorsRecordedAsNoneFailsButNotRecordedIsNotAssessed() {
        FactsFixture none = FactsFixture.compliant();
        none.smokeDetectors = List.of();
        FactsFixture notRecorded = FactsFixture.compliant();
        notRecorded.smokeDetectors = null;

        assertThat(none.status("SNF-DET")).isEqualTo(Status.FAIL);
        assertThat(notRecorded.status("SNF-DET")).isEqualTo(Status.NOT_ASSESSED);
    }

    @ParameterizedTest(name = "inspected {0} → {1}")
    @CsvSource({
            "2025-03-14, PASS",
            "2025-03-13, FAIL",
            "2025-03-15, PASS",
            "2026-03-14, PASS",
    })
    void extinguishersInspectedWithinTwelveMonthsBeforeTheInspection(String inspectedOn, Status expected) {
        FactsFixture facts = FactsFixture.compliant();
        facts.extinguisherInspectedOn = LocalDate.parse(inspectedOn);

        Finding finding = facts.finding("SNF-EXT");

        assertThat(finding.status()).isEqualTo(expected);
        assertThat(finding.threshold()).isEqualTo(Measure.of(LocalDate.parse("2025-03-14")));
    }

    @Test
    void lapsedInspectionMessageGivesBothDates() {
        FactsFixture facts = FactsFixture.compliant();
        facts.extinguisherInspectedOn = LocalDate.parse("2024-01-31");

        assertThat(facts.finding("SNF-EXT").message()).isEqualTo(
                "Brandblussers laatst gekeurd op 31-01-2024, vóór 14-03-2025: de keuring is verlopen.");
    }

    @Test
    void missingInspectionDateIsNotAssessed() {
        FactsFixture facts = FactsFixture.compliant();
        facts.extinguisherInspectedOn = null;

        assertThat(facts.status("SNF-EXT")).isEqualTo(Status.NOT_ASSESSED);
    }
}
