package nl.verhuurtoezicht.permit;

import java.time.LocalDate;
import java.util.List;

/** A verhuurvergunning in the register. Personal to its holder and not transferable (FACTS.md section 1). */
public record Permit(long id, String permitNumber, long applicationId, long landlordId, String holderName,
                     List<String> conditions, LocalDate validFrom, LocalDate validUntil, Status status,
                     LocalDate reminderSentOn, LocalDate revokedOn, String revocationReason,
                     List<PermitAddress> addresses) {

    public enum Status { CURRENT, EXPIRED, REVOKED }

    public record PermitAddress(long addressId, String oneLine, int maxOccupants) {
    }
}
