package nl.verhuurtoezicht.permit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A permit application as staff and landlord see it. {@code decisionDue} already counts suspension (Awb 4:15) and
 * extension (Awb 4:14); while the application is incomplete, {@code suspendedSince} is set and the due date moves on
 * by every day it stays incomplete.
 */
public record Application(long id, long caseId, String caseNumber, long landlordId, ApplicationStatus status,
                          LocalDate submittedOn, String finesStatement, String bibobAdvice, LocalDate decisionDue,
                          LocalDate suspendedSince, int suspendedDays, LocalDate supplementDue, boolean extended,
                          String advice, String decision, List<String> conditions, List<String> grounds,
                          BigDecimal leges, String decidedBy, LocalDate decidedOn, List<ApplicationAddress> addresses) {

    public record ApplicationAddress(long addressId, String oneLine, int plannedOccupants, BigDecimal rentEur,
                                     BigDecimal depositEur, String roomAreas, String verdict, Long reportId) {
    }

    public record DocumentInfo(long id, DocumentKind kind, String fileName, String mediaType, int sizeBytes) {
    }

    public record Step(ApplicationStep step, java.time.OffsetDateTime occurredAt) {
    }

    public boolean isSuspended() {
        return suspendedSince != null;
    }

    public String addressesOneLine() {
        return String.join("; ", addresses.stream().map(ApplicationAddress::oneLine).toList());
    }
}
