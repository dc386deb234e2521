package nl.verhuurtoezicht.permit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import nl.verhuurtoezicht.rules.HousingType;
import nl.verhuurtoezicht.rules.NormSet;
import nl.verhuurtoezicht.rules.RuleCatalogue;
import nl.verhuurtoezicht.rules.RuleVersion;
import org.springframework.stereotype.Component;

/**
 * The most occupants a permit may allow at an address: what the landlord applied for, and no more than the SNF
 * floor-area norm (rule SNF-GBO of the inspection-rules catalogue, FACTS.md section 4) allows for the room areas the
 * landlord declared. The threshold per person is the one in force on the decision day for the address's housing class.
 */
@Component
class SnfOccupancyLimit {

    static final String FLOOR_AREA_RULE = "SNF-GBO";

    // Loaded here rather than injected: the enforcement feature owns the one RuleCatalogue bean.
    private final RuleCatalogue catalogue = RuleCatalogue.loadDefault();

    /** The upper bound for legal staff: the applied-for number, lowered to the SNF figure where that is computable. */
    int upperBound(Application.ApplicationAddress address, LocalDate day) {
        return snfAllows(address, day).map(snf -> Math.min(snf, address.plannedOccupants()))
                .orElse(address.plannedOccupants());
    }

    /**
     * Declared room areas divided by the m² per person, rounded down; empty when no norm is in force or the housing
     * class depends on a first-permit date the application does not hold (new-build under the 2025 norm).
     */
    Optional<Integer> snfAllows(Application.ApplicationAddress address, LocalDate day) {
        Optional<NormSet> normSet = catalogue.normSet(day);
        Optional<RuleVersion> rule = catalogue.rule(FLOOR_AREA_RULE, day);
        if (normSet.isEmpty() || rule.isEmpty()) {
            return Optional.empty();
        }
        HousingType type = HousingType.valueOf(address.housingType().name());
        if (type == HousingType.NIEUWBOUW && normSet.get().newBuildPermitAppliedFrom() != null) {
            return Optional.empty();
        }
        String housingClass = normSet.get().housingClasses().get(type);
        BigDecimal perPerson = housingClass == null ? null : rule.get().thresholds().get(housingClass);
        if (perPerson == null || perPerson.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal area = Arrays.stream(address.roomAreas().split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(area.divide(perPerson, 0, RoundingMode.DOWN).intValueExact());
    }
}
