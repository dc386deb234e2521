package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments on fines and forfeited dwangsom sums, typed by hand or imported from a CAMT.053 bank statement and matched
 * on the payment reference. A statement is imported once (message id and content hash), a bank entry booked once (its
 * reference), whichever claim it pays; a claim paid in full is settled by its {@link PaymentLedger}.
 */
@Service
class Payments {

    record Booked(int entry, String paymentReference, String caseNumber, BigDecimal amount) {
    }

    record Unmatched(int entry, String bankReference, BigDecimal amount, String remittance, String reason) {
    }

    record ImportReport(String messageId, int entries, List<Booked> booked, List<Unmatched> unmatched,
                        List<String> alreadyBooked, int ignored) {
    }

    /** A claim found under a payment reference, with the ledger that books on it. */
    private record Claim<P extends Payable>(PaymentLedger<P> ledger, P payable) {
    }

    private final List<PaymentLedger<?>> ledgers;
    private final PaymentRepository payments;
    private final CaseRegister cases;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    Payments(List<PaymentLedger<?>> ledgers, PaymentRepository payments, CaseRegister cases, AuditTrail audit,
             Clock clock, TransactionTemplate tx) {
        this.ledgers = ledgers;
        this.payments = payments;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    /** A payment legal staff register by hand (e.g. at the desk) on one claim of the case. */
    void register(long caseId, String paymentReference, BigDecimal amount, LocalDate bookedOn, CurrentUser user) {
        String reference = paymentReference == null ? "" : paymentReference.trim().toUpperCase(Locale.ROOT);
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException("amount", "enforcement.amount.required", "Enter an amount above zero");
        }
        Optional<Runnable> settled = tx.execute(status -> {
            Claim<?> claim = claim(reference).filter(c -> c.payable().caseId() == caseId)
                    .orElseThrow(() -> new InvalidInputException("paymentReference", "enforcement.payment.unknownClaim",
                            "No fine or forfeited sum of this case has payment reference " + reference, reference));
            return book(claim, amount, bookedOn == null ? LocalDate.now(clock) : bookedOn, "HAND-" + UUID.randomUUID(),
                    null, user);
        });
        settled.ifPresent(Runnable::run);
    }

    ImportReport importStatement(byte[] xml, CurrentUser user) {
        if (xml == null || xml.length == 0) {
            throw new InvalidInputException("file", "enforcement.camt.empty", "Choose a CAMT.053 file");
        }
        CamtStatement statement;
        try {
            statement = CamtStatement.parse(xml);
        } catch (CamtStatement.MalformedStatementException e) {
            throw new InvalidInputException("file", "enforcement.camt.malformed", "Not a readable CAMT.053 statement: "
                    + e.getMessage(), e.getMessage());
        }
        String hash = sha256(xml);
        List<Runnable> settlements = new ArrayList<>();
        ImportReport report = tx.execute(status -> {
            if (payments.statementKnown(statement.messageId(), hash)) {
                throw new InvalidInputException("file", "enforcement.camt.duplicate",
                        "Statement " + statement.messageId() + " was imported before; nothing booked", statement.messageId());
            }
            long importId = payments.insertImport(statement.messageId(), hash, user.username(), OffsetDateTime.now(clock),
                    statement.entries().size());
            List<Booked> booked = new ArrayList<>();
            List<Unmatched> unmatched = new ArrayList<>();
            List<String> already = new ArrayList<>();
            int ignored = 0;
            for (CamtStatement.Entry entry : statement.entries()) {
                if (!entry.credit() || !entry.booked()) {
                    ignored++;
                    continue;
                }
                if (payments.entryKnown(entry.reference())) {
                    already.add(entry.reference());
                    continue;
                }
                Optional<String> reference = PaymentReference.find(entry.remittance());
                Optional<Claim<?>> claim = reference.flatMap(this::claim);
                Optional<String> refusal = refusal(entry, reference, claim);
                if (refusal.isPresent()) {
                    unmatched.add(new Unmatched(entry.index(), entry.reference(), entry.amount(), entry.remittance(),
                            refusal.get()));
                    continue;
                }
                Payable payable = claim.get().payable();
                book(claim.get(), entry.amount(), entry.bookingDate() == null ? LocalDate.now(clock) : entry.bookingDate(),
                        entry.reference(), importId, user).ifPresent(settlements::add);
                booked.add(new Booked(entry.index(), payable.paymentReference(),
                        cases.find(payable.caseId()).orElseThrow().caseNumber(), entry.amount()));
            }
            payments.setBooked(importId, booked.size());
            audit.record(user.actor(), "enforcement.camt.imported", null, null, "statement " + statement.messageId()
                    + ": " + booked.size() + " booked, " + unmatched.size() + " unmatched, " + already.size() + " already booked");
            return new ImportReport(statement.messageId(), statement.entries().size(), booked, unmatched, already, ignored);
        });
        settlements.forEach(Runnable::run);
        return report;
    }

    /** Why an entry cannot be booked, or empty when it can. */
    private static Optional<String> refusal(CamtStatement.Entry entry, Optional<String> reference, Optional<Claim<?>> claim) {
        if (reference.isEmpty()) {
            return Optional.of("no payment reference");
        }
        if (claim.isEmpty()) {
            return Optional.of("unknown payment reference " + reference.get());
        }
        if (!claim.get().payable().openForPayment()) {
            return Optional.of(claim.get().payable().describe() + " is not open for payment");
        }
        return "EUR".equals(entry.currency()) ? Optional.empty() : Optional.of("currency " + entry.currency());
    }

    /** Books one payment; when it completes the claim, returns what to announce after commit. */
    private <P extends Payable> Optional<Runnable> book(Claim<P> claim, BigDecimal amount, LocalDate bookedOn,
                                                        String entryReference, Long importId, CurrentUser user) {
        PaymentLedger<P> ledger = claim.ledger();
        P locked = ledger.lock(claim.payable());
        if (!locked.openForPayment()) {
            throw new InvalidInputException("paymentReference", "enforcement.payment.notPayable",
                    locked.describe() + " is not open for payment", locked.paymentReference());
        }
        ledger.book(locked, amount, bookedOn, entryReference, importId, user.username());
        BigDecimal outstanding = locked.outstanding().subtract(amount);
        String caseNumber = cases.find(locked.caseId()).orElseThrow().caseNumber();
        audit.record(user.actor(), "enforcement.payment.booked", caseNumber, "outstanding " + locked.outstanding(),
                "paid " + amount + " on " + locked.paymentReference() + " (" + entryReference + "), outstanding "
                        + outstanding.max(BigDecimal.ZERO));
        if (outstanding.signum() <= 0 && !locked.settled()) {
            ledger.settle(locked, bookedOn);
            return Optional.of(() -> ledger.announceSettled(locked));
        }
        return Optional.empty();
    }

    private Optional<Claim<?>> claim(String reference) {
        return ledgers.stream().filter(l -> l.recognises(reference)).findFirst().flatMap(l -> claim(l, reference));
    }

    private static <P extends Payable> Optional<Claim<?>> claim(PaymentLedger<P> ledger, String reference) {
        return ledger.byReference(reference).map(p -> new Claim<>(ledger, p));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
