package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A last onder dwangsom (Awb 5:32) of an enforcement case: the sum per unit of time the violation continues, its
 * maximum and the begunstigingstermijn; the voornemen and besluit; the sums forfeited at failed re-inspections.
 */
public record RemedialOrder(long caseId, BigDecimal amountPerUnit, Period unit, BigDecimal maximum,
                            Period begunstigingstermijn, LocalDate intentionDate, Outcome outcome, String decisionReasons,
                            String zienswijzeReply, String decidedBy, LocalDate decidedOn, LocalDate remedyDeadline,
                            String decisionLetter, Status status, List<Forfeiture> forfeitures) {

    public enum Outcome { IMPOSE, DROP }

    public enum Status { PROPOSED, INTENDED, DROPPED, IMPOSED, REMEDIED, EXHAUSTED }

    /** A sum forfeited at a re-inspection and claimed by an invorderingsbesluit (Awb 5:37). */
    public record Forfeiture(long id, long caseId, LocalDate checkedOn, int units, BigDecimal amount,
                             String paymentReference, LocalDate dueDate, String letter, BigDecimal paid, LocalDate paidOn)
            implements Payable {

        public enum Standing { OPEN, OVERDUE, PAID }

        @Override
        public BigDecimal outstanding() {
            return amount.subtract(paid).max(BigDecimal.ZERO);
        }

        /** Awb 5:33: a forfeited sum is payable from forfeiture; a claim still open after its due date is late. */
        public Standing standing(LocalDate today) {
            if (outstanding().signum() <= 0) {
                return Standing.PAID;
            }
            return today.isAfter(dueDate) ? Standing.OVERDUE : Standing.OPEN;
        }

        @Override
        public boolean openForPayment() {
            return true;
        }

        @Override
        public boolean settled() {
            return paidOn != null;
        }

        @Override
        public String describe() {
            return "forfeited dwangsom " + paymentReference;
        }
    }

    public BigDecimal forfeited() {
        return forfeitures.stream().map(Forfeiture::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The day from which the next forfeiture counts: the remedy deadline, or the last failed re-inspection. */
    public LocalDate countingFrom() {
        return forfeitures.isEmpty() ? remedyDeadline : forfeitures.get(forfeitures.size() - 1).checkedOn();
    }
}
