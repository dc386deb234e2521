package nl.verhuurtoezicht.permit;

/** Variables of permit-lifecycle jobs. */
public record PermitVariables(long permitId) {
}
