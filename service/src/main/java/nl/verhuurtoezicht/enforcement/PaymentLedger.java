package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the payments on one kind of {@link Payable} are found, booked and settled. {@link Payments} matches and books
 * for every kind the same way; a ledger only knows its own table and what paying in full means for its claim.
 */
interface PaymentLedger<P extends Payable> {

    /** Whether a payment reference has the form of this ledger's claims. */
    boolean recognises(String paymentReference);

    Optional<P> byReference(String paymentReference);

    /** The claim re-read under a row lock, so that concurrent payments on it are booked one after the other. */
    P lock(P payable);

    void book(P payable, BigDecimal amount, LocalDate bookedOn, String entryReference, Long importId, String by);

    /** Marks the claim paid in full, in the transaction of the payment that completed it. */
    void settle(P payable, LocalDate paidOn);

    /** What follows once the settlement is committed; nothing unless a process waits for the payment. */
    default void announceSettled(P payable) {
    }
}
