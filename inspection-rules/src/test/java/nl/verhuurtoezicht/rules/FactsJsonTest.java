package nl.verhuurtoezicht.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactsJsonTest {

    private static final String MINIMAL = """
            {"inspectionDate": "2026-03-14", "property": {"bagId": "0268010000012345", "housingType": "WONING"}}""";

    @Test
    void readsTheExampleFromTheIssueWithItsExactFieldNames() throws IOException {
        InspectionFacts facts = FactsJson.parse(Files.readString(Path.of("examples/inspection-2026-03-14.json")));

        assertThat(facts.inspectionDate()).isEqualTo(LocalDate.parse("2026-03-14"));
        assertThat(facts.property().housingType()).isEqualTo(HousingType.WONING);
        assertThat(facts.property().usableFloorAreaM2()).isEqualByComparingTo("120.0");
        assertThat(facts.occupants().present()).isEqualTo(9);
        assertThat(facts.occupants().languages()).containsExactly("pl", "ro");
        assertThat(facts.rooms()).extracting(InspectionFacts.Room::id).containsExactly("k1", "k2", "w");
        assertThat(facts.fireSafety().smokeDetectors().get(0).expires()).isEqualTo(LocalDate.parse("2030-01-01"));
        assertThat(facts.lease().depositEur()).isEqualByComparingTo("1200");
        assertThat(facts.signals()).containsExactly(SignalCode.NO_OWN_ID, SignalCode.HOUSING_TIED_TO_JOB);
    }

    @Test
    void writtenFactsReadBackEqual() {
        InspectionFacts facts = FactsFixture.compliant().build();

        assertThat(FactsJson.parse(FactsJson.write(facts))).isEqualTo(facts);
    }

    @Test
    void absentGroupsAreNotRecordedAndStayAbsentWhenWritten() {
        InspectionFacts facts = FactsJson.parse(MINIMAL);

        assertThat(facts.sanitary().toilets()).isNull();
        assertThat(facts.rooms()).isNull();
        assertThat(FactsJson.write(facts)).isEqualTo("""
                {"inspectionDate":"2026-03-14","property":{"bagId":"0268010000012345","housingType":"WONING"},\
                "signals":[]}""");
    }

    @Test
    void unknownFieldsAreIgnoredAndNullCountsAsNotRecorded() {
        InspectionFacts facts = FactsJson.parse("""
                {"inspectionDate": "2026-03-14", "inspector": "J. Jansen",
                 "property": {"bagId": "1", "housingType": "LOGIES", "usableFloorAreaM2": null},
                 "sanitary": {"toilets": 2, "remarks": "schoon"}}""");

        assertThat(facts.property().usableFloorAreaM2()).isNull();
        assertThat(facts.sanitary().toilets()).isEqualTo(2);
    }

    @Test
    void languageCodesAreComparedCaseInsensitively() {
        InspectionFacts facts = FactsJson.parse("""
                {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "LOGIES"},
                 "occupants": {"languages": ["PL", " ro "]}, "information": {"tenantInfoLanguages": ["pl", "RO"]}}""");

        assertThat(facts.occupants().languages()).containsExactly("pl", "ro");
        assertThat(new Evaluator(RuleCatalogue.loadDefault()).evaluate(facts).finding("WGV-AM2").status())
                .isEqualTo(Status.PASS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON                | {"inspectionDate": "2026-03-14", "property": {"bagId": "1",, }}             | $.property.bagId
            empty input                   |                                                                              | $
            not an object                 | [1, 2]                                                                       | $
            missing inspection date       | {"property": {"bagId": "1", "housingType": "WONING"}}                        | $.inspectionDate
            missing housing type          | {"inspectionDate": "2026-03-14", "property": {"bagId": "1"}}                 | $.property.housingType
            unknown housing type          | {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "KASTEEL"}} | $.property.housingType
            invalid date                  | {"inspectionDate": "2026-02-30", "property": {"bagId": "1", "housingType": "WONING"}} | $.inspectionDate
            implausible date              | {"inspectionDate": "+999999999-12-31", "property": {"bagId": "1", "housingType": "WONING"}} | $.inspectionDate
            lease start in year 1200      | {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING"}, "lease": {"start": "1200-01-01"}} | $.lease.start
            negative floor area           | {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING", "usableFloorAreaM2": -1}} | $.property.usableFloorAreaM2
            negative room area            | {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING"}, "rooms": [{"id": "a", "type": "BEDROOM"}, {"id": "b", "type": "BEDROOM", "areaM2": -0.5}]} | $.rooms[1].areaM2
            unknown room type             | {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING"}, "rooms": [{"id": "a", "type": "ATTIC"}]} | $.rooms[0].type
            duplicate room id             | {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING"}, "rooms": [{"id": "a", "type": "BEDROOM"}, {"id": "a", "type": "LIVING"}]} | $.rooms[1].id
            fractional occupant count     | {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING"}, "occupants": {"present": 8.5}} | $.occupants.present
            negative occupant count       | {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING"}, "occupants": {"present": -1}} | $.occupants.present
            text for a boolean            | {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING"}, "lease": {"written": "ja"}} | $.lease.written
            negative deposit              | {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING"}, "lease": {"depositEur": -100}} | $.lease.depositEur
            detector without floor        | {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING"}, "fireSafety": {"smokeDetectors": [{"present": true}]}} | $.fireSafety.smokeDetectors[0].floor
            extinguisher in the future    | {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING"}, "fireSafety": {"extinguisherInspectedOn": "2026-03-15"}} | $.fireSafety.extinguisherInspectedOn
            unknown signal                | {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING"}, "signals": ["NO_OWN_ID", "NO_WIFI"]} | $.signals[1]
            empty language code           | {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING"}, "occupants": {"languages": ["pl", ""]}} | $.occupants.languages[1]
            duplicate key                 | {"inspectionDate": "2026-03-14", "inspectionDate": "2026-03-15", "property": {"bagId": "1", "housingType": "WONING"}} | $.inspectionDate
            trailing content              | {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING"}} {} | $
            """)
    void badInputIsRejectedWithThePathOfTheProblem(String problem, String json, String path) {
        assertThatThrownBy(() -> FactsJson.parse(json == null ? "" : json))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.getMessage()).startsWith(path + ": ").doesNotContain("\n");
                });
    }

    @Test
    void messagesSayWhatIsWrong() {
        assertThatThrownBy(() -> FactsJson.parse("""
                {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "castle"}}"""))
                .hasMessage("$.property.housingType: unknown value \"castle\" (expected one of LOGIES, WONING, NIEUWBOUW,"
                        + " HOTEL_PENSION)");
        assertThatThrownBy(() -> FactsJson.parse("""
                {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING",
                 "usableFloorAreaM2": -12.5}}"""))
                .hasMessage("$.property.usableFloorAreaM2: must not be negative (was -12.5)");
    }

    @Test
    void decimalsAreReadExactly() {
        InspectionFacts facts = FactsJson.parse("""
                {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING",
                 "usableFloorAreaM2": 36.3}}""");

        assertThat(facts.property().usableFloorAreaM2()).isEqualTo(new BigDecimal("36.3"));
    }
}
