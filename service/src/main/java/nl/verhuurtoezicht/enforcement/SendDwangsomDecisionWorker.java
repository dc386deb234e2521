package nl.verhuurtoezicht.enforcement;

import java.time.LocalDate;
import java.util.Map;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.cases.SanctionHistory;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.StoredLetter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the besluit last onder dwangsom: the remedy deadline is the besluit's date plus the begunstigingstermijn; the
 * process waits that long before the re-inspection.
 */
@Component
public class SendDwangsomDecisionWorker {

    static final String TYPE = "enforcement-send-dwangsom-decision";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final RemedialOrderRepository orders;
    private final DwangsomLetters letters;
    private final EnforcementProperties settings;
    private final SanctionHistory history;
    private final CaseRegister cases;
    private final ProcessTimes times;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    SendDwangsomDecisionWorker(EnforcementRepository repository, RemedialOrderRepository orders, DwangsomLetters letters,
                               EnforcementProperties settings, SanctionHistory history, CaseRegister cases, ProcessTimes times,
                               AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.orders = orders;
        this.letters = letters;
        this.settings = settings;
        this.history = history;
        this.cases = cases;
        this.times = times;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public Map<String, Object> send(@VariablesAsType Variables v) {
        return tx.execute(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            RemedialOrder order = orders.ofCase(c.caseId()).orElseThrow();
            if (order.outcome() != RemedialOrder.Outcome.IMPOSE) {
                throw new IllegalStateException("The last onder dwangsom of case " + c.caseNumber() + " was not decided");
            }
            LocalDate deadline = order.remedyDeadline() != null ? order.remedyDeadline()
                    : times.today().plus(order.begunstigingstermijn());
            Map<String, Object> values = letters.values(c, order);
            values.put("hersteldatum", deadline);
            values.put("voornemen_datum", order.intentionDate());
            letters.letters().putZienswijze(values, c, order.zienswijzeReply());
            values.put("motivering", order.decisionReasons());
            StoredLetter letter = letters.letters().issue(c, LetterKind.BESLUIT_LAST_ONDER_DWANGSOM, values, "dwangsom-decision");
            if (order.status() != RemedialOrder.Status.IMPOSED) {
                orders.imposed(c.caseId(), deadline, letter.kenmerk());
                history.record(c.caseId(), c.landlordId(), c.addressId(), SanctionHistory.Kind.DWANGSOM, c.violationDate(),
                        times.today(), null);
                cases.updateStatus(c.caseId(), "LAST_OPGELEGD");
                audit.record(Actor.worker(TYPE), "enforcement.dwangsom.imposed", c.caseNumber(), null,
                        "letter=" + letter.kenmerk() + ", remedy by " + deadline);
            }
            return Map.<String, Object>of("dwangsomTerm", ProcessTimes.duration(order.begunstigingstermijn()),
                    "dwangsomCheckInterval", ProcessTimes.duration(settings.dwangsom().checkInterval()));
        });
    }
}
