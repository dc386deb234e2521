package nl.verhuurtoezicht.enforcement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.StoredLetter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payment term has passed unpaid: the aanmaning (Awb 4:112) goes out with a new term before collection (Awb 4:114).
 */
@Component
public class SendReminderWorker {

    static final String TYPE = "enforcement-send-reminder";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final CaseRegister cases;
    private final EnforcementLetters letters;
    private final EnforcementProperties settings;
    private final ProcessTimes times;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    SendReminderWorker(EnforcementRepository repository, CaseRegister cases, EnforcementLetters letters,
                       EnforcementProperties settings, ProcessTimes times, AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.letters = letters;
        this.settings = settings;
        this.times = times;
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public void remind(@VariablesAsType Variables v) {
        tx.executeWithoutResult(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            Fine fine = repository.fineOfCase(c.caseId()).orElseThrow();
            LocalDate today = times.today();
            Map<String, Object> values = new HashMap<>();
            values.put("besluit_datum", fine.decidedOn());
            values.put("besluit_kenmerk", fine.decisionLetter());
            values.put("boetebedrag", fine.outstanding());
            values.put("betalingskenmerk", fine.paymentReference());
            values.put("oorspronkelijke_vervaldatum", fine.dueDate());
            values.put("aanmaningstermijn", settings.terms().reminder());
            values.put("uiterste_betaaldatum", today.plus(settings.terms().reminder()));
            StoredLetter letter = letters.issue(c, LetterKind.AANMANING, values, "reminder");
            if (fine.status() == Fine.Status.DECIDED) {
                repository.fineStatus(fine.id(), Fine.Status.REMINDED);
                cases.updateStatus(c.caseId(), "AANMANING");
                audit.record(Actor.worker(TYPE), "enforcement.fine.reminded", c.caseNumber(), "DECIDED",
                        "REMINDED, outstanding " + fine.outstanding() + ", letter=" + letter.kenmerk());
            }
        });
    }
}
