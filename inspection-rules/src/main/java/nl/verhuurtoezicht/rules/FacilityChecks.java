package nl.verhuurtoezicht.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Sanitair, voorzieningen and the yes/no requirements: counts per occupant and facts that must all hold. */
final class FacilityChecks {

    private FacilityChecks() {
    }

    /**
     * At least one facility per so many present occupants, rounded up (SNF-WC, SNF-SHW), or so many per
     * occupant (SNF-ELEC): required = ceil(present / occupantsPer) or ceil(present × perOccupant).
     */
    static final class CountPerOccupant implements RuleCheck {
        private final String ruleId;
        private final String thresholdKey;
        private final boolean occupantsPerFacility;
        private final String countPath;
        private final Function<InspectionFacts, Integer> count;

        private CountPerOccupant(String ruleId, String thresholdKey, boolean occupantsPerFacility, String countPath,
                                 Function<InspectionFacts, Integer> count) {
            this.ruleId = ruleId;
            this.thresholdKey = thresholdKey;
            this.occupantsPerFacility = occupantsPerFacility;
            this.countPath = countPath;
            this.count = count;
        }

        static CountPerOccupant occupantsPerFacility(String ruleId, String thresholdKey, String countPath,
                                                     Function<InspectionFacts, Integer> count) {
            return new CountPerOccupant(ruleId, thresholdKey, true, countPath, count);
        }

        static CountPerOccupant facilitiesPerOccupant(String ruleId, String thresholdKey, String countPath,
                                                      Function<InspectionFacts, Integer> count) {
            return new CountPerOccupant(ruleId, thresholdKey, false, countPath, count);
        }

        @Override
        public String ruleId() {
            return ruleId;
        }

        @Override
        public Set<String> thresholdKeys() {
            return Set.of(thresholdKey);
        }

        @Override
        public Outcome check(InspectionFacts facts, RuleVersion rule, Situation situation) {
            Integer present = facts.occupants().present();
            Integer available = count.apply(facts);
            if (present == null || available == null) {
                List<String> missing = new ArrayList<>(2);
                if (present == null) {
                    missing.add("$.occupants.present");
                }
                if (available == null) {
                    missing.add(countPath);
                }
                return Outcome.missing(missing);
            }
            BigDecimal occupants = BigDecimal.valueOf(present);
            BigDecimal ratio = rule.threshold(thresholdKey);
            BigDecimal required = occupantsPerFacility
                    ? occupants.divide(ratio, 0, RoundingMode.CEILING)
                    : occupants.multiply(ratio).setScale(0, RoundingMode.CEILING);
            BigDecimal counted = BigDecimal.valueOf(available);
            return Outcome.passOrFail(counted.compareTo(required) >= 0, Measure.of(available), Measure.of(required),
                    required.subtract(counted).toPlainString());
        }
    }

    /** A yes/no fact the norm requires to be true, with its JSON path. */
    record RequiredFact(String path, Function<InspectionFacts, Boolean> value) {
    }

    /**
     * Every listed fact must be true. FAIL as soon as one is recorded false, even if others are missing;
     * PASS only when all were recorded true.
     */
    static final class AllTrue implements RuleCheck {
        private static final Outcome ALL_TRUE = Outcome.pass(Measure.of(true), Measure.of(true));

        private final String ruleId;
        private final List<RequiredFact> required;

        AllTrue(String ruleId, RequiredFact... required) {
            this.ruleId = ruleId;
            this.required = List.of(required);
        }

        @Override
        public String ruleId() {
            return ruleId;
        }

        @Override
        public Outcome check(InspectionFacts facts, RuleVersion rule, Situation situation) {
            List<String> failing = new ArrayList<>(required.size());
            List<String> missing = new ArrayList<>(required.size());
            for (int i = 0; i < required.size(); i++) {
                RequiredFact fact = required.get(i);
                Boolean value = fact.value().apply(facts);
                if (value == null) {
                    missing.add(fact.path());
                } else if (!value) {
                    failing.add(fact.path());
                }
            }
            if (!failing.isEmpty()) {
                return Outcome.fail(Measure.of(false), Measure.of(true), String.join(", ", failing));
            }
            return missing.isEmpty() ? ALL_TRUE : Outcome.missing(missing);
        }
    }
}
