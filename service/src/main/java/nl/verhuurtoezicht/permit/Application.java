package nl.verhuurtoezicht.permit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A permit application as staff and landlord see it. {@code decisionDue} already counts suspension (Awb 4:15) and
 * extension (Awb 4:14); while the application is incomplete, {@code suspendedSince} is set and the due date moves on
 * by every day it stays incomplete. {@code adviceBibob} is the Bibob advice the decision table saw when it gave
 * {@code advice}.
 */
public record Application(long id, long caseId, String caseNumber, long landlordId, ApplicationStatus status,
                          LocalDate submittedOn, String finesStatement, Bibob bibob, LocalDate decisionDue,
                          LocalDate suspendedSince, int suspendedDays, LocalDate supplementDue, boolean extended,
                          String worstVerdict, String advice, String adviceBibob, String decision, List<String> conditions, List<String> grounds,
                          BigDecimal leges, String decidedBy, LocalDate decidedOn, List<ApplicationAddress> addresses) {

    /**
     * One address of the application; {@code decidedMaxOccupants} is what legal staff set when granting, null before.
     */
    public record ApplicationAddress(long addressId, String oneLine, nl.verhuurtoezicht.property.HousingType housingType,
                                     int plannedOccupants, BigDecimal rentEur, BigDecimal depositEur, String roomAreas,
                                     String verdict, Long reportId, Integer decidedMaxOccupants) {

        /** The maximum number of occupants the permit allows: the decided number, else the number applied for. */
        public int maxOccupants() {
            return decidedMaxOccupants != null ? decidedMaxOccupants : plannedOccupants;
        }
    }

    /**
     * The Bibob advice: {@code NONE} until legal staff record one; then where it comes from, its date, the reason and
     * who recorded it.
     */
    public record Bibob(String advice, String source, LocalDate date, String reason, String recordedBy) {

        public boolean recorded() {
            return source != null;
        }
    }

    public record DocumentInfo(long id, DocumentKind kind, String fileName, String mediaType, int sizeBytes) {
    }

    public record Step(ApplicationStep step, java.time.OffsetDateTime occurredAt) {
    }

    /** Decided, closed or not processed: nothing about the application may change any more. */
    public boolean isDecided() {
        return decision != null || status.isFinal();
    }

    public boolean isSuspended() {
        return suspendedSince != null;
    }

    public String addressesOneLine() {
        return String.join("; ", addresses.stream().map(ApplicationAddress::oneLine).toList());
    }
}
