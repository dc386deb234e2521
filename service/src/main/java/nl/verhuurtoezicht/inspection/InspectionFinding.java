package nl.verhuurtoezicht.inspection;

/** One stored finding of an evaluated inspection. */
public record InspectionFinding(String ruleId, String status, String severity, String message, String legalBasis) {

    public boolean failed() {
        return "FAIL".equals(status);
    }
}
