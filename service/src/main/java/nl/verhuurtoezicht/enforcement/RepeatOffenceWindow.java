package nl.verhuurtoezicht.enforcement;

import java.time.LocalDate;
import java.time.Period;

/**
 * The recidive window: an earlier fine counts when it was decided on or after the same calendar day
 * {@code window} before the new violation, up to and including the day of the violation. Calendar arithmetic
 * (29 February to 28 February) follows {@link LocalDate#minus}.
 */
public record RepeatOffenceWindow(Period window) {

    public LocalDate firstDay(LocalDate violationDate) {
        return violationDate.minus(window);
    }

    public boolean covers(LocalDate earlierDecision, LocalDate violationDate) {
        return !earlierDecision.isBefore(firstDay(violationDate)) && !earlierDecision.isAfter(violationDate);
    }
}
