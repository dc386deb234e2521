package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The fine of an enforcement case from calculation to payment. */
public record Fine(long id, long caseId, FineCategory category, BigDecimal legalMaximum, BigDecimal calculatedAmount,
                   String basis, BigDecimal intendedAmount, String zienswijzeReply, BigDecimal proposedAmount,
                   String proposalReason, String proposedBy, String approvedBy, BigDecimal amount, String intentionLetter,
                   LocalDate intentionDate, LocalDate decidedOn, String decisionLetter, Long sanctionId,
                   String paymentReference, LocalDate dueDate, Status status, BigDecimal paid)
        implements Payable {

    public enum Status { CALCULATED, INTENDED, PROPOSED, DECIDED, DROPPED, PAID, REMINDED, COLLECTION, ANNULLED }

    public BigDecimal outstanding() {
        return amount == null ? BigDecimal.ZERO : amount.subtract(paid).max(BigDecimal.ZERO);
    }

    @Override
    public boolean openForPayment() {
        return decidedOn != null && status != Status.ANNULLED && status != Status.DROPPED;
    }

    @Override
    public boolean settled() {
        return status == Status.PAID;
    }

    @Override
    public String describe() {
        return "fine " + paymentReference;
    }
}
