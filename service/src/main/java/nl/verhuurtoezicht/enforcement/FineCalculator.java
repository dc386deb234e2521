package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** Applies the municipal fine policy and caps each amount at the legal maximum in force on the violation date. */
public final class FineCalculator {

    private final FineCategoryTable categories;
    private final EnforcementProperties.FinePolicy policy;

    public FineCalculator(FineCategoryTable categories, EnforcementProperties.FinePolicy policy) {
        this.categories = categories;
        this.policy = policy;
    }

    public FineCalculation calculate(List<String> ruleIds, LocalDate violationDate, boolean businessLike, boolean repeatOffence) {
        if (ruleIds == null || ruleIds.isEmpty()) {
            throw new IllegalArgumentException("A fine needs at least one violated rule");
        }
        FineCategory category = repeatOffence ? FineCategory.FIFTH : FineCategory.FOURTH;
        BigDecimal maximum = categories.maximum(category, violationDate);
        List<FineCalculation.Line> lines = ruleIds.stream().map(ruleId -> {
            EnforcementProperties.BaseAmounts amounts = policy.forRule(ruleId);
            BigDecimal base = businessLike ? amounts.businessLike() : amounts.privateLetting();
            BigDecimal policyAmount = (repeatOffence ? base.multiply(policy.repeatFactor()) : base)
                    .setScale(2, RoundingMode.HALF_UP);
            return new FineCalculation.Line(ruleId, base, policyAmount, policyAmount.min(maximum));
        }).toList();
        return new FineCalculation(violationDate, category, maximum, businessLike, repeatOffence, lines);
    }

    /** The legal maximum that a typed amount for the whole decision may not exceed. */
    public BigDecimal maximumFor(int violations, LocalDate violationDate, boolean repeatOffence) {
        FineCategory category = repeatOffence ? FineCategory.FIFTH : FineCategory.FOURTH;
        return categories.maximum(category, violationDate).multiply(BigDecimal.valueOf(violations));
    }
}
