package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;

/**
 * A sum the municipality claims under a payment reference of its own: an imposed fine or a forfeited dwangsom sum.
 * Payments are matched, booked and settled the same way for both (see {@link Payments}).
 */
public interface Payable {

    String paymentReference();

    long caseId();

    /** What is still to be paid; never below zero. */
    BigDecimal outstanding();

    /** False while no payment can be booked on it (a fine not decided, dropped or annulled). */
    boolean openForPayment();

    /** Already marked paid in full, so settling it again must not repeat its consequences. */
    boolean settled();

    /** In words for reports and errors, e.g. "fine HH2026000001B". */
    String describe();
}
