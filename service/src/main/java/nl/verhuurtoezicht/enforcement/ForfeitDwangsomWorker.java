package nl.verhuurtoezicht.enforcement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.StoredLetter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A re-inspection after the remedy deadline found the violation still there: the sums for the units since the deadline
 * (or the previous check) are forfeited, up to the maximum, and claimed by an invorderingsbesluit (Awb 5:37) payable
 * within the term of Awb 5:33. When the maximum is reached no further sum can be forfeited.
 */
@Component
public class ForfeitDwangsomWorker {

    static final String TYPE = "enforcement-forfeit-dwangsom";

    record Variables(long enforcementCaseId, String reinspectionVerdict) {
    }

    private final EnforcementRepository repository;
    private final RemedialOrderRepository orders;
    private final EnforcementLetters letters;
    private final EnforcementProperties settings;
    private final CaseRegister cases;
    private final ProcessTimes times;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    ForfeitDwangsomWorker(EnforcementRepository repository, RemedialOrderRepository orders, EnforcementLetters letters,
                          EnforcementProperties settings, CaseRegister cases, ProcessTimes times, AuditTrail audit,
                          TransactionTemplate tx) {
        this.repository = repository;
        this.orders = orders;
        this.letters = letters;
        this.settings = settings;
        this.cases = cases;
        this.times = times;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public Map<String, Object> forfeit(ActivatedJob job, @VariablesAsType Variables v) {
        String step = "dwangsom-forfeit-" + job.getKey();
        return tx.execute(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            RemedialOrder before = orders.ofCase(c.caseId()).orElseThrow();
            LocalDate today = times.today();
            RemedialOrder.Forfeiture forfeiture = orders.forfeitureOfStep(step).orElse(null);
            if (forfeiture == null) {
                DwangsomForfeiture due = DwangsomForfeiture.at(before, today);
                String reference = PaymentReference.ofForfeiture(c.caseNumber(), before.forfeitures().size() + 1);
                orders.insertForfeiture(c.caseId(), step, today, due, reference, today.plus(settings.terms().dwangsomPayment()));
                forfeiture = orders.forfeitureOfStep(step).orElseThrow();
                audit.record(Actor.worker(TYPE), "enforcement.dwangsom.forfeited", c.caseNumber(),
                        "forfeited=" + before.forfeited(), due.units() + " x " + FineBasis.euro(before.amountPerUnit())
                                + " -> " + FineBasis.euro(due.amount()) + ", verdict " + v.reinspectionVerdict());
            }
            RemedialOrder order = orders.ofCase(c.caseId()).orElseThrow();
            boolean exhausted = order.forfeited().compareTo(order.maximum()) >= 0;
            StoredLetter letter = letters.issue(c, LetterKind.INVORDERINGSBESLUIT_DWANGSOM, values(c, order, forfeiture), step);
            orders.forfeitureLetter(step, letter.kenmerk());
            if (exhausted && order.status() != RemedialOrder.Status.EXHAUSTED) {
                orders.status(c.caseId(), RemedialOrder.Status.EXHAUSTED);
            }
            cases.updateStatus(c.caseId(), "DWANGSOM_VERBEURD");
            return Map.<String, Object>of("dwangsomExhausted", exhausted);
        });
    }

    private Map<String, Object> values(EnforcementCase c, RemedialOrder order, RemedialOrder.Forfeiture forfeiture) {
        List<Violation> violations = repository.violations(c.caseId());
        Map<String, Object> values = new HashMap<>();
        values.put("last_datum", order.decidedOn());
        values.put("last_kenmerk", order.decisionLetter());
        values.put("hercontrole_datum", forfeiture.checkedOn());
        values.put("overtredingen", letters.violationLines(c, violations));
        values.put("verbeurd_bedrag", forfeiture.amount());
        String perUnit = forfeiture.units() + " x " + FineBasis.euro(order.amountPerUnit()) + " ("
                + settings.dwangsom().unitInWords() + ")";
        values.put("verbeurd_berekening", forfeiture.amount().compareTo(order.amountPerUnit().multiply(
                java.math.BigDecimal.valueOf(forfeiture.units()))) < 0
                ? perUnit + ", beperkt tot wat over was van het maximum van " + FineBasis.euro(order.maximum()) + ": "
                        + FineBasis.euro(forfeiture.amount())
                : perUnit + " = " + FineBasis.euro(forfeiture.amount()));
        values.put("betalingskenmerk", forfeiture.paymentReference());
        values.put("uiterste_betaaldatum", forfeiture.dueDate());
        return values;
    }
}
