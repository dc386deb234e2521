package nl.verhuurtoezicht.enforcement;

import java.time.LocalDate;

/** An HH- case as enforcement keeps it; the zaak itself (number, status, landlord) is in the case register. */
public record EnforcementCase(long caseId, String caseNumber, String status, boolean open, long landlordId, Long addressId,
                              long sourceCaseId, long processInstanceKey, Long reportId, LocalDate reportDate,
                              LocalDate violationDate, boolean repeatOffence, boolean businessLike, boolean takeoverGround,
                              Behaviour behaviour, String behaviourReason, Sanction advisedSanction, Sanction chosenSanction,
                              String sanctionReason, String remedyTerm, LocalDate decisionDue, boolean escalated,
                              String zienswijze, LocalDate zienswijzeOn, LocalDate takeoverIntentionDate,
                              String takeoverGroundReason) {
}
