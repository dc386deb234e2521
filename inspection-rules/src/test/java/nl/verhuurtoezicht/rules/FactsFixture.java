package nl.verhuurtoezicht.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds inspection facts for tests, starting from an address that meets every rule of the default
 * catalogue on 14 March 2026: 8 occupants in a 120 m² dwelling, four bedrooms of 8 m² with two each.
 */
final class FactsFixture {

    LocalDate inspectionDate = LocalDate.parse("2026-03-14");
    String bagId = "0268010000012345";
    HousingType housingType = HousingType.WONING;
    LocalDate firstPermitApplied = LocalDate.parse("2024-05-01");
    BigDecimal usableFloorAreaM2 = new BigDecimal("120");
    Integer present = 8;
    Integer registeredBrp = 8;
    Integer maxBedsOnInfoCard = 8;
    Boolean writtenConsent = false;
    List<String> languages = List.of("pl");
    List<InspectionFacts.Room> rooms = new ArrayList<>(List.of(
            room("k1", RoomType.BEDROOM, 1, "8", 2),
            room("k2", RoomType.BEDROOM, 1, "8", 2),
            room("k3", RoomType.BEDROOM, 1, "8", 2),
            room("k4", RoomType.BEDROOM, 1, "8", 2),
            room("w", RoomType.LIVING, 0, "30", null),
            room("kt", RoomType.KITCHEN, 0, "12", null)));
    Integer toilets = 1;
    Integer showers = 1;
    Boolean washingMachine = true;
    Boolean dryingOutsideBedroom = true;
    Integer wallSockets = 8;
    Boolean allUnderOneRoof = true;
    List<InspectionFacts.SmokeDetector> smokeDetectors = new ArrayList<>(List.of(
            detector(0, true, true, "2030-01-01"),
            detector(1, true, true, "2030-01-01")));
    LocalDate extinguisherInspectedOn = LocalDate.parse("2025-06-01");
    Boolean beds = true;
    Boolean wardrobes = true;
    Boolean chairs = true;
    Boolean infoCardPosted = true;
    List<String> tenantInfoLanguages = List.of("pl", "nl");
    Boolean leaseWritten = true;
    Boolean separateFromEmployment = true;
    LocalDate leaseStart = LocalDate.parse("2024-01-01");
    BigDecimal depositEur = new BigDecimal("1000");
    BigDecimal monthlyBaseRentEur = new BigDecimal("500");
    Boolean serviceCostsSpecified = true;
    List<SignalCode> signals = List.of();

    static FactsFixture compliant() {
        return new FactsFixture();
    }

    static InspectionFacts.Room room(String id, RoomType type, Integer floor, String area, Integer occupants) {
        return new InspectionFacts.Room(id, type, floor, area == null ? null : new BigDecimal(area), occupants);
    }

    static InspectionFacts.SmokeDetector detector(int floor, Boolean present, Boolean working, String expires) {
        return new InspectionFacts.SmokeDetector(floor, present, working,
                expires == null ? null : LocalDate.parse(expires));
    }

    /** Only the required fields: every rule lacks its facts. */
    static InspectionFacts bare(String date, HousingType type) {
        return new InspectionFacts(LocalDate.parse(date),
                new InspectionFacts.Property("0268010000012345", null, type, null, null),
                null, null, null, null, null, null, null, null, null);
    }

    FactsFixture on(String date) {
        inspectionDate = LocalDate.parse(date);
        return this;
    }

    FactsFixture bedrooms(String area, Integer... occupantsPerBedroom) {
        rooms.removeIf(r -> r.type() == RoomType.BEDROOM);
        for (int i = 0; i < occupantsPerBedroom.length; i++) {
            rooms.add(room("k" + (i + 1), RoomType.BEDROOM, 1, area, occupantsPerBedroom[i]));
        }
        return this;
    }

    InspectionFacts build() {
        return new InspectionFacts(inspectionDate,
                new InspectionFacts.Property(bagId, "Voorbeeldstraat 1", housingType, firstPermitApplied,
                        usableFloorAreaM2),
                new InspectionFacts.Occupants(present, registeredBrp, maxBedsOnInfoCard, writtenConsent, languages),
                rooms,
                new InspectionFacts.Sanitary(toilets, showers),
                new InspectionFacts.Facilities(washingMachine, dryingOutsideBedroom, wallSockets, allUnderOneRoof),
                new InspectionFacts.FireSafety(smokeDetectors, extinguisherInspectedOn),
                new InspectionFacts.Furniture(beds, wardrobes, chairs),
                new InspectionFacts.Information(infoCardPosted, tenantInfoLanguages),
                new InspectionFacts.Lease(leaseWritten, separateFromEmployment, leaseStart, depositEur,
                        monthlyBaseRentEur, serviceCostsSpecified),
                signals);
    }

    Evaluation evaluate() {
        return new Evaluator(RuleCatalogue.loadDefault()).evaluate(build());
    }

    Finding finding(String ruleId) {
        return evaluate().finding(ruleId);
    }

    Status status(String ruleId) {
        return finding(ruleId).status();
    }
}
