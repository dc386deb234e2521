package nl.verhuurtoezicht.inspection;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One inspection (a TZ case) as pages and workers see it. */
public record Inspection(long id, long caseId, String caseNumber, Long requestingCaseId, long addressId,
                         InspectionReason reason, long processInstanceKey, String status, String inspector,
                         LocalDate scheduledOn, LocalTime scheduledTime, Boolean announced, int failedVisits, String draftJson,
                         long draftRevision, String factsJson, String notes, OffsetDateTime submittedAt, String evaluationJson,
                         String verdict, UUID reportLetterId, OffsetDateTime openedAt) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
