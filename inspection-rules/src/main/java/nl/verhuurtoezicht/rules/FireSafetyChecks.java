package nl.verhuurtoezicht.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Brandveiligheid: smoke detectors on every floor with a room, extinguisher inspection. */
final class FireSafetyChecks {

    private FireSafetyChecks() {
    }

    /**
     * SNF-DET: every floor that has a room needs a detector that is present, working and not expired.
     * A detector expires on its expiry date: on that day it no longer counts.
     */
    static final class SmokeDetectors implements RuleCheck {
        @Override
        public String ruleId() {
            return "SNF-DET";
        }

        @Override
        public Outcome check(InspectionFacts facts, RuleVersion rule, Situation situation) {
            List<InspectionFacts.Room> rooms = facts.rooms();
            List<InspectionFacts.SmokeDetector> detectors = facts.fireSafety().smokeDetectors();
            List<String> missing = new ArrayList<>();
            if (rooms == null || rooms.isEmpty()) {
                missing.add("$.rooms");
            }
            if (detectors == null) {
                missing.add("$.fireSafety.smokeDetectors");
            }
            if (!missing.isEmpty()) {
                return Outcome.missing(missing);
            }
            int[] floors = floorsWithARoom(rooms, missing);
            List<String> uncovered = new ArrayList<>();
            int covered = 0;
            for (int floor : floors) {
                switch (coverage(detectors, floor, facts.inspectionDate())) {
                    case COVERED -> covered++;
                    case UNKNOWN -> missing.add("$.fireSafety.smokeDetectors (floor " + floor + ")");
                    case UNCOVERED -> uncovered.add(String.valueOf(floor));
                }
            }
            if (!uncovered.isEmpty()) {
                return Outcome.fail(Measure.of(covered), Measure.of(floors.length), String.join(", ", uncovered));
            }
            if (!missing.isEmpty()) {
                return Outcome.missing(missing);
            }
            return Outcome.pass(Measure.of(covered), Measure.of(floors.length));
        }

        /** Distinct floors in ascending order; rooms without a floor are added to {@code missing}. */
        private static int[] floorsWithARoom(List<InspectionFacts.Room> rooms, List<String> missing) {
            int[] floors = new int[rooms.size()];
            int count = 0;
            for (int i = 0; i < rooms.size(); i++) {
                Integer floor = rooms.get(i).floor();
                if (floor == null) {
                    missing.add("$.rooms[" + i + "].floor");
                } else {
                    floors[count++] = floor;
                }
            }
            return Arrays.stream(floors, 0, count).sorted().distinct().toArray();
        }

        private enum Coverage { COVERED, UNKNOWN, UNCOVERED }

        private static Coverage coverage(List<InspectionFacts.SmokeDetector> detectors, int floor, LocalDate day) {
            Coverage result = Coverage.UNCOVERED;
            for (InspectionFacts.SmokeDetector d : detectors) {
                if (d.floor() != floor) {
                    continue;
                }
                if (Boolean.FALSE.equals(d.present()) || Boolean.FALSE.equals(d.working())
                        || (d.expires() != null && !d.expires().isAfter(day))) {
                    continue;
                }
                if (d.present() == null || d.working() == null || d.expires() == null) {
                    result = Coverage.UNKNOWN;
                } else {
                    return Coverage.COVERED;
                }
            }
            return result;
        }
    }

    /** SNF-EXT: the extinguishers were inspected within the given number of months before the inspection. */
    static final class Extinguisher implements RuleCheck {
        static final String MONTHS = "months";

        @Override
        public String ruleId() {
            return "SNF-EXT";
        }

        @Override
        public Set<String> thresholdKeys() {
            return Set.of(MONTHS);
        }

        @Override
        public boolean wholeNumberThresholds() {
            return true;
        }

        @Override
        public Outcome check(InspectionFacts facts, RuleVersion rule, Situation situation) {
            LocalDate inspectedOn = facts.fireSafety().extinguisherInspectedOn();
            if (inspectedOn == null) {
                return Outcome.missing("$.fireSafety.extinguisherInspectedOn");
            }
            LocalDate earliest = facts.inspectionDate().minusMonths(rule.threshold(MONTHS).longValueExact());
            return Outcome.passOrFail(!inspectedOn.isBefore(earliest), Measure.of(inspectedOn), Measure.of(earliest),
                    inspectedOn.toString());
        }
    }
}
