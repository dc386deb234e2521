package nl.verhuurtoezicht.permit;

/** Variables of permit-lifecycle jobs. */
record PermitVariables(long permitId) {
}
