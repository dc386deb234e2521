package nl.verhuurtoezicht.inspection;

/** Why an address is inspected; part of the {@code inspection} process contract. */
public enum InspectionReason {
    PERMIT_APPLICATION, COMPLAINT, REINSPECTION, RISK_BASED
}
