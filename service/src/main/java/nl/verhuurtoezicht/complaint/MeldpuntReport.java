package nl.verhuurtoezicht.complaint;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A report to the meldpunt as staff see it. */
record MeldpuntReport(long id, long caseId, String caseNumber, Long processInstanceKey, String addressText,
                      Long addressId, String categories, String description, String contactName, String contactEmail,
                      String contactPhone, String language, boolean handhavingsverzoek, String status,
                      String triageOutcome, String triageReason, Long linkedCaseId, LocalDate decideBefore,
                      boolean overdue, OffsetDateTime submittedAt) {
}
