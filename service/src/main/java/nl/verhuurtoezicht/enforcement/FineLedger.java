package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import nl.verhuurtoezicht.cases.CaseRegister;
import org.springframework.stereotype.Component;

/** Payments on fines: a fine paid in full is PAID, its case BETAALD, and its process gets {@code fine-paid}. */
@Component
class FineLedger implements PaymentLedger<Fine> {

    private final EnforcementRepository fines;
    private final PaymentRepository payments;
    private final CaseRegister cases;
    private final FineMessages messages;

    FineLedger(EnforcementRepository fines, PaymentRepository payments, CaseRegister cases, FineMessages messages) {
        this.fines = fines;
        this.payments = payments;
        this.cases = cases;
        this.messages = messages;
    }

    @Override
    public boolean recognises(String paymentReference) {
        return PaymentReference.isFine(paymentReference);
    }

    @Override
    public Optional<Fine> byReference(String paymentReference) {
        return fines.fineByReference(paymentReference);
    }

    @Override
    public Fine lock(Fine fine) {
        return fines.lockFine(fine.id()).orElseThrow();
    }

    @Override
    public void book(Fine fine, BigDecimal amount, LocalDate bookedOn, String entryReference, Long importId, String by) {
        payments.insertOnFine(fine.id(), amount, bookedOn, entryReference, importId, by);
    }

    @Override
    public void settle(Fine fine, LocalDate paidOn) {
        fines.fineStatus(fine.id(), Fine.Status.PAID);
        cases.updateStatus(fine.caseId(), "BETAALD");
    }

    @Override
    public void announceSettled(Fine fine) {
        messages.finePaid(fine.paymentReference());
    }
}
