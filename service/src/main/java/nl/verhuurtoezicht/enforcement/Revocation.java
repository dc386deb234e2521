package nl.verhuurtoezicht.enforcement;

import java.time.LocalDate;

/** Intrekking of the permit that covers the case's address, as a sanction: voornemen, zienswijze, decision. */
public record Revocation(long caseId, long permitId, LocalDate intentionDate, Outcome outcome, LocalDate effectiveOn,
                         String reasons, String zienswijzeReply, String decidedBy, LocalDate decidedOn) {

    public enum Outcome { REVOKE, DROP }
}
