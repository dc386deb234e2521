package nl.verhuurtoezicht.cases;

import java.time.OffsetDateTime;

/** A zaak. Its case number is the kenmerk on all its letters. */
public record CaseFile(long id, String caseNumber, CaseType type, Long landlordId, Long addressId, Long parentCaseId,
                       String status, Long processInstanceKey, OffsetDateTime openedAt, OffsetDateTime closedAt) {

    public boolean isOpen() {
        return closedAt == null;
    }
}
