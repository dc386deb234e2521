package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments on fines, typed by hand or imported from a CAMT.053 bank statement and matched on the payment reference.
 * A statement is imported once (message id and content hash), a bank entry booked once (its reference); a fine paid in
 * full sends {@code fine-paid} to its process.
 */
@Service
class FinePayments {

    /** The reference printed on the decision: the case number without dashes and a B (see SendFineDecisionWorker). */
    private static final Pattern REFERENCE = Pattern.compile("HH\\d{10}B");

    record Booked(int entry, String paymentReference, String caseNumber, BigDecimal amount) {
    }

    record Unmatched(int entry, String bankReference, BigDecimal amount, String remittance, String reason) {
    }

    record ImportReport(String messageId, int entries, List<Booked> booked, List<Unmatched> unmatched,
                        List<String> alreadyBooked, int ignored) {
    }

    private final EnforcementRepository fines;
    private final PaymentRepository payments;
    private final CaseRegister cases;
    private final FineMessages messages;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    FinePayments(EnforcementRepository fines, PaymentRepository payments, CaseRegister cases, FineMessages messages,
                 AuditTrail audit, Clock clock, TransactionTemplate tx) {
        this.fines = fines;
        this.payments = payments;
        this.cases = cases;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    /** A payment legal or finance staff register by hand (e.g. at the desk). */
    void register(String paymentReference, BigDecimal amount, LocalDate bookedOn, CurrentUser user) {
        String reference = paymentReference == null ? "" : paymentReference.trim().toUpperCase(Locale.ROOT);
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException("amount", "enforcement.amount.required", "Enter an amount above zero");
        }
        Optional<String> paid = tx.execute(status -> {
            Fine fine = fines.fineByReference(reference).orElseThrow(() -> new InvalidInputException("paymentReference",
                    "enforcement.payment.unknownReference", "No fine has payment reference " + reference, reference));
            return book(fine, amount, bookedOn == null ? LocalDate.now(clock) : bookedOn,
                    "HAND-" + UUID.randomUUID(), null, user);
        });
        paid.ifPresent(messages::finePaid);
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
        Set<String> paidReferences = new LinkedHashSet<>();
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
                Optional<String> reference = reference(entry.remittance());
                Optional<Fine> fine = reference.flatMap(fines::fineByReference);
                if (fine.isEmpty()) {
                    unmatched.add(new Unmatched(entry.index(), entry.reference(), entry.amount(), entry.remittance(),
                            reference.isEmpty() ? "no payment reference" : "unknown payment reference " + reference.get()));
                    continue;
                }
                if (!payable(fine.get())) {
                    unmatched.add(new Unmatched(entry.index(), entry.reference(), entry.amount(), entry.remittance(),
                            "fine " + fine.get().paymentReference() + " is not open for payment"));
                    continue;
                }
                if (!"EUR".equals(entry.currency())) {
                    unmatched.add(new Unmatched(entry.index(), entry.reference(), entry.amount(), entry.remittance(),
                            "currency " + entry.currency()));
                    continue;
                }
                book(fine.get(), entry.amount(), entry.bookingDate() == null ? LocalDate.now(clock) : entry.bookingDate(),
                        entry.reference(), importId, user).ifPresent(paidReferences::add);
                booked.add(new Booked(entry.index(), fine.get().paymentReference(),
                        cases.find(fine.get().caseId()).orElseThrow().caseNumber(), entry.amount()));
            }
            payments.setBooked(importId, booked.size());
            audit.record(user.actor(), "enforcement.camt.imported", null, null, "statement " + statement.messageId()
                    + ": " + booked.size() + " booked, " + unmatched.size() + " unmatched, " + already.size() + " already booked");
            return new ImportReport(statement.messageId(), statement.entries().size(), booked, unmatched, already, ignored);
        });
        paidReferences.forEach(messages::finePaid);
        return report;
    }

    /** Books one payment; returns the reference when the fine is now paid in full. */
    private Optional<String> book(Fine found, BigDecimal amount, LocalDate bookedOn, String entryReference, Long importId,
                                  CurrentUser user) {
        Fine fine = fines.lockFine(found.id()).orElseThrow();
        if (!payable(fine)) {
            throw new InvalidInputException("paymentReference", "enforcement.payment.notPayable",
                    "Fine " + fine.paymentReference() + " is not open for payment", fine.paymentReference());
        }
        payments.insert(fine.id(), amount, bookedOn, entryReference, importId, user.username());
        BigDecimal outstanding = fine.outstanding().subtract(amount);
        String caseNumber = cases.find(fine.caseId()).orElseThrow().caseNumber();
        audit.record(user.actor(), "enforcement.payment.booked", caseNumber, "outstanding " + fine.outstanding(),
                "paid " + amount + " (" + entryReference + "), outstanding " + outstanding.max(BigDecimal.ZERO));
        if (outstanding.signum() <= 0 && fine.status() != Fine.Status.PAID) {
            fines.fineStatus(fine.id(), Fine.Status.PAID);
            cases.updateStatus(fine.caseId(), "BETAALD");
            return Optional.of(fine.paymentReference());
        }
        return Optional.empty();
    }

    private static boolean payable(Fine fine) {
        return fine.decidedOn() != null && fine.status() != Fine.Status.ANNULLED && fine.status() != Fine.Status.DROPPED;
    }

    static Optional<String> reference(String remittance) {
        if (remittance == null) {
            return Optional.empty();
        }
        Matcher matcher = REFERENCE.matcher(remittance.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", ""));
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
