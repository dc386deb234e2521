package nl.verhuurtoezicht.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every rule the evaluator can run, by id; the catalogue must provide data for exactly these. */
final class RuleChecks {

    private static final List<RuleCheck> ALL = List.of(
            new SpaceChecks.FloorArea(),
            new SpaceChecks.PersonsPerBedroom(),
            new SpaceChecks.BedroomArea(),
            new SpaceChecks.Occupancy(),
            FacilityChecks.CountPerOccupant.occupantsPerFacility("SNF-WC", "occupantsPerToilet",
                    "$.sanitary.toilets", f -> f.sanitary().toilets()),
            FacilityChecks.CountPerOccupant.occupantsPerFacility("SNF-SHW", "occupantsPerShower",
                    "$.sanitary.showers", f -> f.sanitary().showers()),
            FacilityChecks.CountPerOccupant.facilitiesPerOccupant("SNF-ELEC", "socketsPerOccupant",
                    "$.facilities.wallSockets", f -> f.facilities().wallSockets()),
            new FacilityChecks.AllTrue("SNF-LAUN",
                    new FacilityChecks.RequiredFact("$.facilities.washingMachine", f -> f.facilities().washingMachine()),
                    new FacilityChecks.RequiredFact("$.facilities.dryingOutsideBedroom",
                            f -> f.facilities().dryingOutsideBedroom())),
            new FacilityChecks.AllTrue("SNF-ROOF",
                    new FacilityChecks.RequiredFact("$.facilities.allUnderOneRoof", f -> f.facilities().allUnderOneRoof())),
            new FacilityChecks.AllTrue("SNF-FURN",
                    new FacilityChecks.RequiredFact("$.furniture.bedsAtLeast80x200", f -> f.furniture().bedsAtLeast80x200()),
                    new FacilityChecks.RequiredFact("$.furniture.wardrobePerResident",
                            f -> f.furniture().wardrobePerResident()),
                    new FacilityChecks.RequiredFact("$.furniture.chairPerResident", f -> f.furniture().chairPerResident())),
            new FireSafetyChecks.SmokeDetectors(),
            new FireSafetyChecks.Extinguisher(),
            new FacilityChecks.AllTrue("SNF-INFO",
                    new FacilityChecks.RequiredFact("$.information.snfInfoCardPosted",
                            f -> f.information().snfInfoCardPosted())),
            new TenancyChecks.InformationLanguages(),
            new TenancyChecks.Deposit(),
            new FacilityChecks.AllTrue("WGV-R4",
                    new FacilityChecks.RequiredFact("$.lease.written", f -> f.lease().written())),
            new TenancyChecks.SeparateFromEmployment(),
            new FacilityChecks.AllTrue("WGV-R6",
                    new FacilityChecks.RequiredFact("$.lease.serviceCostsSpecified", f -> f.lease().serviceCostsSpecified())));

    static final Map<String, RuleCheck> BY_ID;

    static {
        Map<String, RuleCheck> byId = new LinkedHashMap<>();
        ALL.forEach(check -> byId.put(check.ruleId(), check));
        BY_ID = Collections.unmodifiableMap(byId);
    }

    private RuleChecks() {
    }
}
