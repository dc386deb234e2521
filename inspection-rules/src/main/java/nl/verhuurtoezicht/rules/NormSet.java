package nl.verhuurtoezicht.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A period of the SNF norm with its own housing classes: which class each housing type falls in decides
 * the floor-area and persons-per-bedroom thresholds. New-build whose first permit was applied for before
 * {@code newBuildPermitAppliedFrom} counts as {@code earlierNewBuildClass} (both null when the distinction
 * does not exist in this period).
 */
public record NormSet(
        String id,
        LocalizedText title,
        LocalDate validFrom,
        LocalDate validTo,
        Map<HousingType, String> housingClasses,
        LocalDate newBuildPermitAppliedFrom,
        String earlierNewBuildClass,
        LegalSource legalSource) {

    public NormSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(validFrom, "validFrom");
        housingClasses = Map.copyOf(housingClasses);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** The housing class of a property, or null when it depends on a first-permit date that was not recorded. */
    public String housingClassOf(InspectionFacts.Property property) {
        if (property.housingType() == HousingType.NIEUWBOUW && newBuildPermitAppliedFrom != null) {
            if (property.firstPermitApplied() == null) {
                return null;
            }
            if (property.firstPermitApplied().isBefore(newBuildPermitAppliedFrom)) {
                return earlierNewBuildClass;
            }
        }
        return housingClasses.get(property.housingType());
    }
}
