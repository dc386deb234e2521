package nl.verhuurtoezicht.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpaceRulesTest {

    @Nested
    class FloorAreaPerOccupant {

        /** 10 occupants: the threshold is met at exactly 10 × the per-occupant norm. */
        @ParameterizedTest(name = "{0} on {1}, first permit {2}: {3} m² for 10 → {4}")
        @CsvSource({
                "LOGIES,        2026-03-14, ,           100,    PASS",
                "LOGIES,        2026-03-14, ,           99.99,  FAIL",
                "LOGIES,        2026-03-14, ,           100.01, PASS",
                "WONING,        2026-03-14, ,           120,    PASS",
                "WONING,        2026-03-14, ,           119.99, FAIL",
                "WONING,        2026-03-14, ,           120.01, PASS",
                "HOTEL_PENSION, 2026-03-14, ,           150,    PASS",
                "HOTEL_PENSION, 2026-03-14, ,           149.99, FAIL",
                "HOTEL_PENSION, 2026-03-14, ,           150.01, PASS",
                "NIEUWBOUW,     2026-03-14, 2025-07-01, 150,    PASS",
                "NIEUWBOUW,     2026-03-14, 2025-07-01, 149.99, FAIL",
                "NIEUWBOUW,     2026-03-14, 2025-07-01, 150.01, PASS",
        })
        void thresholdPerHousingClass(HousingType type, String date, String firstPermit, String area, Status expected) {
            FactsFixture facts = tenOccupants(type, date, firstPermit, area);

            assertThat(facts.status("SNF-GBO")).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} on {1}, first permit {2}: threshold {3} m²")
        @CsvSource({
                "HOTEL_PENSION, 2025-06-30, ,           10",
                "HOTEL_PENSION, 2025-07-01, ,           15",
                "NIEUWBOUW,     2025-06-30, 2025-08-01, 12",
                "NIEUWBOUW,     2025-06-30, ,           12",
                "NIEUWBOUW,     2025-07-01, 2025-06-30, 12",
                "NIEUWBOUW,     2025-07-01, 2025-07-01, 15",
                "WONING,        2025-06-30, ,           12",
                "WONING,        2025-07-01, ,           12",
                "LOGIES,        2025-07-01, ,           10",
        })
        void normSetSwitchesOnFirstJuly2025(HousingType type, String date, String firstPermit, int threshold) {
            Finding finding = tenOccupants(type, date, firstPermit, "120").finding("SNF-GBO");

            assertThat(finding.threshold()).isEqualTo(Measure.of(BigDecimal.valueOf(threshold)));
            assertThat(finding.status()).isEqualTo(threshold <= 12 ? Status.PASS : Status.FAIL);
        }

        @Test
        void newBuildWithoutFirstPermitDateCannotBeClassedAfterTheSwitch() {
            Finding finding = tenOccupants(HousingType.NIEUWBOUW, "2025-07-01", null, "200").finding("SNF-GBO");

            assertThat(finding.status()).isEqualTo(Status.NOT_ASSESSED);
            assertThat(finding.message()).contains("$.property.firstPermitApplied");
        }

        @Test
        void failingFigureIsRoundedDownSoItNeverShowsAsMeetingTheNorm() {
            Finding finding = tenOccupants(HousingType.WONING, "2026-03-14", null, "119.999").finding("SNF-GBO");

            assertThat(finding.status()).isEqualTo(Status.FAIL);
            assertThat(finding.measured()).isEqualTo(Measure.of(new BigDecimal("11.99")));
            assertThat(finding.message()).isEqualTo(
                    "11,99 m² gebruiksoppervlakte per bewoner, minder dan de norm van 12 m² (WONING).");
        }

        @Test
        void emptyAddressHasNoOvercrowding() {
            FactsFixture facts = FactsFixture.compliant();
            facts.present = 0;

            assertThat(facts.status("SNF-GBO")).isEqualTo(Status.PASS);
        }

        @Test
        void missingAreaIsNotAssessed() {
            FactsFixture facts = FactsFixture.compliant();
            facts.usableFloorAreaM2 = null;

            assertThat(facts.finding("SNF-GBO").message())
                    .isEqualTo("Niet beoordeeld: gegevens ontbreken ($.property.usableFloorAreaM2).");
        }

        private FactsFixture tenOccupants(HousingType type, String date, String firstPermit, String area) {
            FactsFixture facts = FactsFixture.compliant().on(date);
            facts.housingType = type;
            facts.firstPermitApplied = firstPermit == null ? null : LocalDate.parse(firstPermit);
            facts.usableFloorAreaM2 = new BigDecimal(area);
            facts.present = 10;
            return facts;
        }
    }

    @Nested
    class OccupantsPerBedroom {

        @ParameterizedTest(name = "{0}, consent {1}: bedroom with {2} → {3}")
        @CsvSource({
                "WONING,        false, 1, PASS",
                "WONING,        false, 2, PASS",
                "WONING,        false, 3, FAIL",
                "LOGIES,        true,  3, FAIL",
                "HOTEL_PENSION, false, 0, PASS",
                "HOTEL_PENSION, false, 1, PASS",
                "HOTEL_PENSION, false, 2, FAIL",
                "HOTEL_PENSION, true,  1, PASS",
                "HOTEL_PENSION, true,  2, PASS",
                "HOTEL_PENSION, true,  3, FAIL",
                "HOTEL_PENSION,     , 2, NOT_ASSESSED",
                "HOTEL_PENSION,     , 3, FAIL",
        })
        void limitPerHousingClassAndConsent(HousingType type, Boolean consent, int occupants, Status expected) {
            FactsFixture facts = FactsFixture.compliant().bedrooms("20", 1, occupants);
            facts.housingType = type;
            facts.writtenConsent = consent;

            Finding finding = facts.finding("SNF-BED-OCC");

            assertThat(finding.status()).isEqualTo(expected);
            if (expected == Status.FAIL) {
                assertThat(finding.message()).startsWith("Slaapkamer(s) k2 met meer dan");
            }
            if (expected == Status.NOT_ASSESSED) {
                assertThat(finding.message()).contains("$.occupants.writtenConsentTwoPerBedroom");
            }
        }

        @Test
        void hotelWasLimitedToTwoBeforeTheSwitch() {
            FactsFixture facts = FactsFixture.compliant().on("2025-06-30").bedrooms("20", 2);
            facts.housingType = HousingType.HOTEL_PENSION;

            assertThat(facts.status("SNF-BED-OCC")).isEqualTo(Status.PASS);
            assertThat(facts.on("2025-07-01").status("SNF-BED-OCC")).isEqualTo(Status.FAIL);
        }

        @Test
        void aKnownFailureOutweighsAnUnknownBedroom() {
            FactsFixture facts = FactsFixture.compliant().bedrooms("20", 3, null);

            assertThat(facts.status("SNF-BED-OCC")).isEqualTo(Status.FAIL);
            assertThat(facts.bedrooms("20", 2, null).finding("SNF-BED-OCC").message()).contains("$.rooms[3].occupants");
        }

        @Test
        void withoutBedroomsItIsNotAssessed() {
            FactsFixture facts = FactsFixture.compliant().bedrooms("10");

            assertThat(facts.status("SNF-BED-OCC")).isEqualTo(Status.NOT_ASSESSED);
        }
    }

    @Nested
    class BedroomAreaPerOccupant {

        @ParameterizedTest(name = "{0} m² for {1} → {2}")
        @CsvSource({
                "7,    2, PASS",
                "6.99, 2, FAIL",
                "7.01, 2, PASS",
                "3.5,  1, PASS",
                "3.49, 1, FAIL",
                "3.51, 1, PASS",
                "0,    0, PASS",
        })
        void atLeastThreeAndAHalfSquareMetresPerOccupant(String area, int occupants, Status expected) {
            FactsFixture facts = FactsFixture.compliant().bedrooms(area, occupants);

            assertThat(facts.status("SNF-BED-M2")).isEqualTo(expected);
        }

        @Test
        void failureNamesTheBedroomsAndTheSmallestFigure() {
            FactsFixture facts = FactsFixture.compliant().bedrooms("10", 2, 2);
            facts.rooms.set(facts.rooms.size() - 1, FactsFixture.room("k2", RoomType.BEDROOM, 1, "5", 2));

            Finding finding = facts.finding("SNF-BED-M2");

            assertThat(finding.status()).isEqualTo(Status.FAIL);
            assertThat(finding.measured()).isEqualTo(Measure.of(new BigDecimal("2.5")));
            assertThat(finding.message()).isEqualTo("Slaapkamer(s) k2 hebben minder dan 3,5 m² per bewoner (kleinste: 2,5 m²).");
        }

        @Test
        void bedroomWithoutAreaIsNotAssessed() {
            FactsFixture facts = FactsFixture.compliant().bedrooms(null, 2);

            assertThat(facts.finding("SNF-BED-M2").message()).contains("$.rooms[2].areaM2");
        }
    }

    @Nested
    class OccupancyAgainstInfoCard {

        @ParameterizedTest(name = "{0} present, {1} beds → {2}")
        @CsvSource({"8, 8, PASS", "9, 8, FAIL", "7, 8, PASS"})
        void presentOccupantsAtMostTheBedsOnTheCard(int present, int beds, Status expected) {
            FactsFixture facts = FactsFixture.compliant();
            facts.present = present;
            facts.maxBedsOnInfoCard = beds;

            assertThat(facts.status("SNF-OCC")).isEqualTo(expected);
        }

        @Test
        void missingCardFigureIsNotAssessed() {
            FactsFixture facts = FactsFixture.compliant();
            facts.maxBedsOnInfoCard = null;

            assertThat(facts.finding("SNF-OCC").message()).contains("$.occupants.maxBedsOnInfoCard");
        }
    }
}
