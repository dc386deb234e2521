package nl.verhuurtoezicht.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Wgv rules on the lease and on informing the tenant. */
final class TenancyChecks {

    static final String LEASES_FROM = "leasesFrom";

    private TenancyChecks() {
    }

    /** WGV-AM2: written tenant information in every language the occupants listed. */
    static final class InformationLanguages implements RuleCheck {
        @Override
        public String ruleId() {
            return "WGV-AM2";
        }

        @Override
        public Outcome check(InspectionFacts facts, RuleVersion rule, Situation situation) {
            List<String> needed = facts.occupants().languages();
            List<String> available = facts.information().tenantInfoLanguages();
            if (needed == null || available == null) {
                List<String> missing = new ArrayList<>(2);
                if (needed == null) {
                    missing.add("$.occupants.languages");
                }
                if (available == null) {
                    missing.add("$.information.tenantInfoLanguages");
                }
                return Outcome.missing(missing);
            }
            List<String> lacking = needed.stream().filter(l -> !available.contains(l)).distinct().toList();
            return Outcome.passOrFail(lacking.isEmpty(), Measure.of(String.join(", ", available)),
                    Measure.of(String.join(", ", needed)), String.join(", ", lacking));
        }
    }

    /**
     * WGV-R3: deposit at most so many months of base rent; leases that started before {@code leasesFrom}
     * (the Wgv's entry into force) keep the older, higher maximum.
     */
    static final class Deposit implements RuleCheck {
        static final String MONTHS_RENT = "monthsRent";
        static final String MONTHS_RENT_EARLIER_LEASES = "monthsRentEarlierLeases";

        @Override
        public String ruleId() {
            return "WGV-R3";
        }

        @Override
        public Set<String> thresholdKeys() {
            return Set.of(MONTHS_RENT, MONTHS_RENT_EARLIER_LEASES);
        }

        @Override
        public Set<String> dateKeys() {
            return Set.of(LEASES_FROM);
        }

        @Override
        public Outcome check(InspectionFacts facts, RuleVersion rule, Situation situation) {
            InspectionFacts.Lease lease = facts.lease();
            List<String> missing = new ArrayList<>(3);
            if (lease.start() == null) {
                missing.add("$.lease.start");
            }
            if (lease.depositEur() == null) {
                missing.add("$.lease.depositEur");
            }
            if (lease.monthlyBaseRentEur() == null) {
                missing.add("$.lease.monthlyBaseRentEur");
            }
            if (!missing.isEmpty()) {
                return Outcome.missing(missing);
            }
            BigDecimal months = rule.threshold(lease.start().isBefore(rule.date(LEASES_FROM))
                    ? MONTHS_RENT_EARLIER_LEASES : MONTHS_RENT);
            BigDecimal maximum = lease.monthlyBaseRentEur().multiply(months);
            return Outcome.passOrFail(lease.depositEur().compareTo(maximum) <= 0, Measure.of(lease.depositEur()),
                    Measure.of(maximum), lease.depositEur().subtract(maximum).toPlainString());
        }
    }

    /** WGV-AM1: lease separate from the employment contract, for leases from {@code leasesFrom} on. */
    static final class SeparateFromEmployment implements RuleCheck {
        @Override
        public String ruleId() {
            return "WGV-AM1";
        }

        @Override
        public Set<String> dateKeys() {
            return Set.of(LEASES_FROM);
        }

        @Override
        public boolean mayBeNotApplicable() {
            return true;
        }

        @Override
        public Outcome check(InspectionFacts facts, RuleVersion rule, Situation situation) {
            LocalDate start = facts.lease().start();
            Boolean separate = facts.lease().separateFromEmployment();
            if (start == null) {
                return Outcome.missing("$.lease.start");
            }
            LocalDate from = rule.date(LEASES_FROM);
            if (start.isBefore(from)) {
                return Outcome.notApplicable(Measure.of(start), Measure.of(from));
            }
            if (separate == null) {
                return Outcome.missing("$.lease.separateFromEmployment");
            }
            return Outcome.passOrFail(separate, Measure.of(separate), Measure.of(true), "$.lease.separateFromEmployment");
        }
    }
}
