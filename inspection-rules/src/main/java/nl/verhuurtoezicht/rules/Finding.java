package nl.verhuurtoezicht.rules;

/**
 * The outcome of one rule for one inspection. {@code measured} and {@code threshold} are null where the
 * rule could not be measured; {@code legalBasis} is the source of the rule version applied, with its marking.
 */
public record Finding(String ruleId, Status status, Severity severity, Measure measured, Measure threshold,
                      String unit, String legalBasis, String message) {
}
