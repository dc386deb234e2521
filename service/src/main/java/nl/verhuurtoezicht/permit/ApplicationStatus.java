package nl.verhuurtoezicht.permit;

/** Where an application stands; also the status of its case. */
public enum ApplicationStatus {
    SUBMITTED, INCOMPLETE, IN_INSPECTION, AWAITING_DECISION, GRANTED, REFUSED, NOT_PROCESSED;

    public boolean isFinal() {
        return this == GRANTED || this == REFUSED || this == NOT_PROCESSED;
    }
}
