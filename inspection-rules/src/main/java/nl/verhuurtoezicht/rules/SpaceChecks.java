package nl.verhuurtoezicht.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Ruimte en privacy: floor area, persons and area per bedroom, occupancy against the info card. */
final class SpaceChecks {

    private SpaceChecks() {
    }

    /**
     * Per-occupant figures are shown rounded down, so a failing value is never displayed as meeting the
     * threshold; the pass/fail decision itself compares exactly (area ≥ threshold × occupants).
     */
    static BigDecimal perOccupant(BigDecimal area, int occupants) {
        return area.divide(BigDecimal.valueOf(occupants), 2, RoundingMode.DOWN);
    }

    static boolean atLeastPerOccupant(BigDecimal area, BigDecimal perOccupant, int occupants) {
        return area.compareTo(perOccupant.multiply(BigDecimal.valueOf(occupants))) >= 0;
    }

    /** SNF-GBO: usable floor area (GBO) per present occupant, threshold per housing class. */
    static final class FloorArea implements RuleCheck {
        @Override
        public String ruleId() {
            return "SNF-GBO";
        }

        @Override
        public boolean thresholdsPerHousingClass() {
            return true;
        }

        @Override
        public Outcome check(InspectionFacts facts, RuleVersion rule, Situation situation) {
            BigDecimal area = facts.property().usableFloorAreaM2();
            Integer present = facts.occupants().present();
            List<String> missing = new ArrayList<>(3);
            if (area == null) {
                missing.add("$.property.usableFloorAreaM2");
            }
            if (present == null) {
                missing.add("$.occupants.present");
            }
            if (situation.housingClass() == null) {
                missing.add(situation.housingClassMissing());
            }
            if (!missing.isEmpty()) {
                return Outcome.missing(missing);
            }
            BigDecimal threshold = rule.threshold(situation.housingClass());
            if (present == 0) {
                return Outcome.pass(null, Measure.of(threshold));
            }
            return Outcome.passOrFail(atLeastPerOccupant(area, threshold, present),
                    Measure.of(perOccupant(area, present)), Measure.of(threshold), situation.housingClass());
        }
    }

    /**
     * SNF-BED-OCC: occupants per bedroom. A class may allow more with written consent
     * (threshold key {@code <class>_WRITTEN_CONSENT}); without a recorded answer on consent, a bedroom
     * between the two limits cannot be judged.
     */
    static final class PersonsPerBedroom implements RuleCheck {
        static final String CONSENT_SUFFIX = "_WRITTEN_CONSENT";

        @Override
        public String ruleId() {
            return "SNF-BED-OCC";
        }

        @Override
        public boolean thresholdsPerHousingClass() {
            return true;
        }

        @Override
        public boolean wholeNumberThresholds() {
            return true;
        }

        @Override
        public String optionalClassSuffix() {
            return CONSENT_SUFFIX;
        }

        @Override
        public Outcome check(InspectionFacts facts, RuleVersion rule, Situation situation) {
            if (situation.housingClass() == null) {
                return Outcome.missing(situation.housingClassMissing());
            }
            List<InspectionFacts.Room> rooms = facts.rooms();
            if (rooms == null || rooms.stream().noneMatch(r -> r.type() == RoomType.BEDROOM)) {
                return Outcome.missing("$.rooms (no BEDROOM recorded)");
            }
            int base = rule.threshold(situation.housingClass()).intValue();
            BigDecimal withConsent = rule.thresholds().get(situation.housingClass() + CONSENT_SUFFIX);
            Boolean consent = facts.occupants().writtenConsentTwoPerBedroom();
            int allowed = withConsent != null && Boolean.TRUE.equals(consent) ? withConsent.intValue() : base;
            int certainlyTooMany = withConsent != null && consent == null ? withConsent.intValue() : allowed;

            List<String> failing = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            int most = 0;
            for (int i = 0; i < rooms.size(); i++) {
                InspectionFacts.Room room = rooms.get(i);
                if (room.type() != RoomType.BEDROOM) {
                    continue;
                }
                if (room.occupants() == null) {
                    missing.add("$.rooms[" + i + "].occupants");
                    continue;
                }
                most = Math.max(most, room.occupants());
                if (room.occupants() > certainlyTooMany) {
                    failing.add(room.id());
                } else if (room.occupants() > allowed) {
                    missing.add("$.occupants.writtenConsentTwoPerBedroom");
                }
            }
            if (!failing.isEmpty()) {
                return Outcome.fail(Measure.of(most), Measure.of(certainlyTooMany), String.join(", ", failing));
            }
            if (!missing.isEmpty()) {
                return Outcome.missing(missing.stream().distinct().toList());
            }
            return Outcome.pass(Measure.of(most), Measure.of(allowed));
        }
    }

    /** SNF-BED-M2: floor area of each bedroom per occupant of that bedroom. */
    static final class BedroomArea implements RuleCheck {
        static final String M2_PER_OCCUPANT = "m2PerOccupant";

        @Override
        public String ruleId() {
            return "SNF-BED-M2";
        }

        @Override
        public Set<String> thresholdKeys() {
            return Set.of(M2_PER_OCCUPANT);
        }

        @Override
        public Outcome check(InspectionFacts facts, RuleVersion rule, Situation situation) {
            List<InspectionFacts.Room> rooms = facts.rooms();
            if (rooms == null || rooms.stream().noneMatch(r -> r.type() == RoomType.BEDROOM)) {
                return Outcome.missing("$.rooms (no BEDROOM recorded)");
            }
            BigDecimal threshold = rule.threshold(M2_PER_OCCUPANT);
            List<String> failing = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            BigDecimal smallest = null;
            for (int i = 0; i < rooms.size(); i++) {
                InspectionFacts.Room room = rooms.get(i);
                if (room.type() != RoomType.BEDROOM || Integer.valueOf(0).equals(room.occupants())) {
                    continue;
                }
                if (room.occupants() == null || room.areaM2() == null) {
                    missing.add("$.rooms[" + i + "]." + (room.occupants() == null ? "occupants" : "areaM2"));
                    continue;
                }
                BigDecimal perOccupant = perOccupant(room.areaM2(), room.occupants());
                smallest = smallest == null || perOccupant.compareTo(smallest) < 0 ? perOccupant : smallest;
                if (!atLeastPerOccupant(room.areaM2(), threshold, room.occupants())) {
                    failing.add(room.id());
                }
            }
            Measure measured = smallest == null ? null : Measure.of(smallest);
            if (!failing.isEmpty()) {
                return Outcome.fail(measured, Measure.of(threshold), String.join(", ", failing));
            }
            if (!missing.isEmpty()) {
                return Outcome.missing(missing);
            }
            return Outcome.pass(measured, Measure.of(threshold));
        }
    }

    /** SNF-OCC: present occupants against the maximum number of beds on the SNF info card. */
    static final class Occupancy implements RuleCheck {
        @Override
        public String ruleId() {
            return "SNF-OCC";
        }

        @Override
        public Outcome check(InspectionFacts facts, RuleVersion rule, Situation situation) {
            Integer present = facts.occupants().present();
            Integer maxBeds = facts.occupants().maxBedsOnInfoCard();
            if (present == null || maxBeds == null) {
                List<String> missing = new ArrayList<>(2);
                if (present == null) {
                    missing.add("$.occupants.present");
                }
                if (maxBeds == null) {
                    missing.add("$.occupants.maxBedsOnInfoCard");
                }
                return Outcome.missing(missing);
            }
            return Outcome.passOrFail(present <= maxBeds, Measure.of(present), Measure.of(maxBeds),
                    String.valueOf(present - maxBeds));
        }
    }
}
