package nl.verhuurtoezicht.permit;

/** Variables of permit-application jobs that need only the application. */
public record ApplicationVariables(long applicationId) {
}
