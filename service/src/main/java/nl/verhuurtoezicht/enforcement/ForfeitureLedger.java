package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Payments on forfeited dwangsom sums. No process waits for them (the last runs on from re-inspection to
 * re-inspection), so paying in full only records the day; the case page and worklist show what is late.
 */
@Component
class ForfeitureLedger implements PaymentLedger<RemedialOrder.Forfeiture> {

    private final RemedialOrderRepository orders;
    private final PaymentRepository payments;

    ForfeitureLedger(RemedialOrderRepository orders, PaymentRepository payments) {
        this.orders = orders;
        this.payments = payments;
    }

    @Override
    public boolean recognises(String paymentReference) {
        return PaymentReference.isForfeiture(paymentReference);
    }

    @Override
    public Optional<RemedialOrder.Forfeiture> byReference(String paymentReference) {
        return orders.forfeitureByReference(paymentReference);
    }

    @Override
    public RemedialOrder.Forfeiture lock(RemedialOrder.Forfeiture forfeiture) {
        return orders.lockForfeiture(forfeiture.id()).orElseThrow();
    }

    @Override
    public void book(RemedialOrder.Forfeiture forfeiture, BigDecimal amount, LocalDate bookedOn, String entryReference,
                     Long importId, String by) {
        payments.insertOnForfeiture(forfeiture.id(), amount, bookedOn, entryReference, importId, by);
    }

    @Override
    public void settle(RemedialOrder.Forfeiture forfeiture, LocalDate paidOn) {
        orders.forfeiturePaid(forfeiture.id(), paidOn);
    }
}
