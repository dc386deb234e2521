package nl.verhuurtoezicht.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.BagId;
import nl.verhuurtoezicht.property.HousingType;
import nl.verhuurtoezicht.property.Postcode;
import nl.verhuurtoezicht.rules.FactsJson;
import nl.verhuurtoezicht.rules.InspectionFacts;
import nl.verhuurtoezicht.rules.RoomType;
import nl.verhuurtoezicht.rules.SignalCode;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class ChecklistFormTest {

    private static final Address ADDRESS = new Address(7L, new BagId("0268010000012345"), "Voorbeeldstraat", 1, "A",
            Postcode.parse("6511AB"), "Nijmegen", HousingType.LOGIES, new BigDecimal("95.50"), 3L);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 3);

    @Test
    void filledFieldsBecomeFactsAndEmptyFieldsStayUnrecorded() {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("occupants.present", "5");
        fields.add("room.1.type", "BEDROOM");
        fields.add("room.1.area", "9,5");
        fields.add("room.1.occupants", "2");
        fields.add("room.3.type", "KITCHEN");
        fields.add("room.2.area", "40");
        fields.add("smoke.1.floor", "0");
        fields.add("smoke.1.working", "no");
        fields.add("lease.written", "yes");
        fields.add("fire.extinguisherInspectedOn", "2026-01-15");
        fields.add("signals", "NO_LEASE");
        fields.add("signals", "WAGE_DEDUCTIONS");
        fields.add("notes", "sleutel bij buren");

        ChecklistForm.Result result = ChecklistForm.read(new ObjectMapper(), fields, ADDRESS, DAY);

        assertThat(result.problems()).isEmpty();
        assertThat(result.notes()).isEqualTo("sleutel bij buren");
        InspectionFacts facts = FactsJson.parse(result.factsJson());
        assertThat(facts.inspectionDate()).isEqualTo(DAY);
        assertThat(facts.property().bagId()).isEqualTo("0268010000012345");
        assertThat(facts.property().housingType()).isEqualTo(nl.verhuurtoezicht.rules.HousingType.LOGIES);
        assertThat(facts.property().usableFloorAreaM2()).isEqualByComparingTo("95.50");
        assertThat(facts.occupants().present()).isEqualTo(5);
        assertThat(facts.occupants().registeredBrp()).isNull();
        assertThat(facts.rooms()).extracting(InspectionFacts.Room::id, InspectionFacts.Room::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("r1", RoomType.BEDROOM),
                        org.assertj.core.groups.Tuple.tuple("r3", RoomType.KITCHEN));
        assertThat(facts.rooms().get(0).areaM2()).isEqualByComparingTo("9.5");
        assertThat(facts.fireSafety().smokeDetectors()).singleElement().satisfies(d -> {
            assertThat(d.floor()).isZero();
            assertThat(d.present()).isNull();
            assertThat(d.working()).isFalse();
        });
        assertThat(facts.fireSafety().extinguisherInspectedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(facts.lease().written()).isTrue();
        assertThat(facts.lease().separateFromEmployment()).isNull();
        assertThat(facts.signals()).containsExactly(SignalCode.NO_LEASE, SignalCode.WAGE_DEDUCTIONS);
    }

    @Test
    void badValuesAreNamedPerFieldAndGiveNoFacts() {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("occupants.present", "-1");
        fields.add("sanitary.toilets", "twee");
        fields.add("room.2.type", "SWIMMING_POOL");
        fields.add("lease.written", "misschien");
        fields.add("fire.extinguisherInspectedOn", "gisteren");
        fields.add("signals", "BRP_MISMATCH");
        fields.add("notes", "x".repeat(ChecklistForm.MAX_NOTES + 1));

        ChecklistForm.Result result = ChecklistForm.read(new ObjectMapper(), fields, ADDRESS, DAY);

        assertThat(result.factsJson()).isNull();
        assertThat(result.problems()).containsOnlyKeys("occupants.present", "sanitary.toilets", "room.2.type",
                "lease.written", "fire.extinguisherInspectedOn", "signals", "notes");
        assertThat(result.problems()).containsEntry("sanitary.toilets", "inspection.checklist.error.number")
                .containsEntry("signals", "inspection.checklist.error.choice");
    }
}
