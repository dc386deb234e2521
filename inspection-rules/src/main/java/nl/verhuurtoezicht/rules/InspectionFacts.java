package nl.verhuurtoezicht.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an inspector recorded at one address on one day. Field names follow the JSON input contract.
 * A {@code null} value means "not recorded": the rules that need it come out NOT_ASSESSED.
 * Absent groups are represented by a group whose fields are all {@code null}, so a group is never null;
 * absent lists stay {@code null}, because an empty list (for instance no smoke detectors) is a fact.
 */
public record InspectionFacts(
        LocalDate inspectionDate,
        Property property,
        Occupants occupants,
        List<Room> rooms,
        Sanitary sanitary,
        Facilities facilities,
        FireSafety fireSafety,
        Furniture furniture,
        Information information,
        Lease lease,
        List<SignalCode> signals) {

    public InspectionFacts {
        Objects.requireNonNull(inspectionDate, "inspectionDate");
        Objects.requireNonNull(property, "property");
        occupants = occupants == null ? Occupants.NOT_RECORDED : occupants;
        rooms = rooms == null ? null : List.copyOf(rooms);
        sanitary = sanitary == null ? Sanitary.NOT_RECORDED : sanitary;
        facilities = facilities == null ? Facilities.NOT_RECORDED : facilities;
        fireSafety = fireSafety == null ? FireSafety.NOT_RECORDED : fireSafety;
        furniture = furniture == null ? Furniture.NOT_RECORDED : furniture;
        information = information == null ? Information.NOT_RECORDED : information;
        lease = lease == null ? Lease.NOT_RECORDED : lease;
        signals = signals == null ? List.of() : List.copyOf(signals);
    }

    public record Property(String bagId, String address, HousingType housingType, LocalDate firstPermitApplied,
                           BigDecimal usableFloorAreaM2) {
        public Property {
            Objects.requireNonNull(bagId, "bagId");
            Objects.requireNonNull(housingType, "housingType");
        }
    }

    public record Occupants(Integer present, Integer registeredBrp, Integer maxBedsOnInfoCard,
                            Boolean writtenConsentTwoPerBedroom, List<String> languages) {
        static final Occupants NOT_RECORDED = new Occupants(null, null, null, null, null);

        public Occupants {
            languages = languages == null ? null : List.copyOf(languages);
        }
    }

    public record Room(String id, RoomType type, Integer floor, BigDecimal areaM2, Integer occupants) {
        public Room {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
        }
    }

    public record Sanitary(Integer toilets, Integer showers) {
        static final Sanitary NOT_RECORDED = new Sanitary(null, null);
    }

    public record Facilities(Boolean washingMachine, Boolean dryingOutsideBedroom, Integer wallSockets,
                             Boolean allUnderOneRoof) {
        static final Facilities NOT_RECORDED = new Facilities(null, null, null, null);
    }

    public record FireSafety(List<SmokeDetector> smokeDetectors, LocalDate extinguisherInspectedOn) {
        static final FireSafety NOT_RECORDED = new FireSafety(null, null);

        public FireSafety {
            smokeDetectors = smokeDetectors == null ? null : List.copyOf(smokeDetectors);
        }
    }

    public record SmokeDetector(Integer floor, Boolean present, Boolean working, LocalDate expires) {
        public SmokeDetector {
            Objects.requireNonNull(floor, "floor");
        }
    }

    public record Furniture(Boolean bedsAtLeast80x200, Boolean wardrobePerResident, Boolean chairPerResident) {
        static final Furniture NOT_RECORDED = new Furniture(null, null, null);
    }

    public record Information(Boolean snfInfoCardPosted, List<String> tenantInfoLanguages) {
        static final Information NOT_RECORDED = new Information(null, null);

        public Information {
            tenantInfoLanguages = tenantInfoLanguages == null ? null : List.copyOf(tenantInfoLanguages);
        }
    }

    public record Lease(Boolean written, Boolean separateFromEmployment, LocalDate start, BigDecimal depositEur,
                        BigDecimal monthlyBaseRentEur, Boolean serviceCostsSpecified) {
        static final Lease NOT_RECORDED = new Lease(null, null, null, null, null, null);
    }
}
