package nl.verhuurtoezicht.enforcement;

import java.util.HashMap;
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

/** Sends the besluit beheerovername, records the takeover in the sanction history and closes the case. */
@Component
public class SendTakeoverDecisionWorker {

    static final String TYPE = "enforcement-send-takeover-decision";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final TakeoverRepository takeovers;
    private final EnforcementLetters letters;
    private final EnforcementProperties settings;
    private final SanctionHistory history;
    private final RepeatOffenceWindow window;
    private final CaseRegister cases;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    SendTakeoverDecisionWorker(EnforcementRepository repository, TakeoverRepository takeovers, EnforcementLetters letters,
                               EnforcementProperties settings, SanctionHistory history, RepeatOffenceWindow window,
                               CaseRegister cases, AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.takeovers = takeovers;
        this.letters = letters;
        this.settings = settings;
        this.history = history;
        this.window = window;
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public void send(@VariablesAsType Variables v) {
        tx.executeWithoutResult(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            TakeoverRepository.Takeover takeover = takeovers.ofCase(c.caseId()).orElseThrow();
            Map<String, Object> values = new HashMap<>();
            values.put("voornemen_datum", c.takeoverIntentionDate());
            values.put("beheerder", takeover.manager());
            values.put("ingangsdatum", takeover.startDate());
            values.put("beheerduur", settings.takeover().duration());
            values.put("grondslag_beheerovername", settings.legalBasis().takeover());
            values.put("aanleiding", "Op " + c.violationDate() + " is opnieuw een overtreding vastgesteld: "
                    + String.join(" ", letters.violationLines(c, repository.violations(c.caseId()))));
            values.put("eerdere_boetes", SendTakeoverIntentionWorker.earlierFines(history, window, c));
            values.put("zienswijze", c.zienswijze() == null ? "U heeft geen zienswijze gegeven."
                    : "U heeft op " + c.zienswijzeOn() + " uw zienswijze gegeven: " + c.zienswijze());
            values.put("reactie_zienswijze", takeover.zienswijzeReply() == null
                    ? "Wij hebben daarom beslist op grond van de feiten in het rapport." : takeover.zienswijzeReply());
            values.put("evenredigheid", c.sanctionReason());
            StoredLetter letter = letters.issue(c, LetterKind.BESLUIT_BEHEEROVERNAME, values, "takeover-decision");
            if (c.open()) {
                history.record(c.caseId(), c.landlordId(), c.addressId(), SanctionHistory.Kind.TAKEOVER, c.violationDate(),
                        takeover.decidedOn(), null);
                cases.close(c.caseId(), "BEHEER_OVERGENOMEN");
                audit.record(Actor.worker(TYPE), "enforcement.takeover.decided", c.caseNumber(), null,
                        "manager=" + takeover.manager() + " from " + takeover.startDate() + ", letter=" + letter.kenmerk());
            }
        });
    }
}
