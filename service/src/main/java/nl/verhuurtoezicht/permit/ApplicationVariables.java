package nl.verhuurtoezicht.permit;

/** Variables of permit-application jobs that need only the application. */
record ApplicationVariables(long applicationId) {
}
