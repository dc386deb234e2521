package nl.verhuurtoezicht.enforcement;

/** One violated rule of a case, its consequence class (the rule's severity) and the matrix advice for it. */
public record Violation(String ruleId, String consequence, Sanction advice, String adviceNote) {
}
