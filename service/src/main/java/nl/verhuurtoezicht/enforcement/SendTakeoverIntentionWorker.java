package nl.verhuurtoezicht.enforcement;

import java.time.LocalDate;
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

/** Sends the voornemen beheerovername, naming the ground that makes the takeover possible and the earlier fines. */
@Component
public class SendTakeoverIntentionWorker {

    static final String TYPE = "enforcement-send-takeover-intention";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final EnforcementLetters letters;
    private final EnforcementProperties settings;
    private final SanctionHistory history;
    private final RepeatOffenceWindow window;
    private final CaseRegister cases;
    private final ProcessTimes times;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    SendTakeoverIntentionWorker(EnforcementRepository repository, EnforcementLetters letters, EnforcementProperties settings,
                                SanctionHistory history, RepeatOffenceWindow window, CaseRegister cases, ProcessTimes times,
                                AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.letters = letters;
        this.settings = settings;
        this.history = history;
        this.window = window;
        this.cases = cases;
        this.times = times;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public void send(@VariablesAsType Variables v) {
        tx.executeWithoutResult(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            LocalDate today = times.today();
            Map<String, Object> values = new HashMap<>();
            values.put("aanleiding", "Op " + FineBasis.date(c.violationDate()) + " is een overtreding vastgesteld: "
                    + String.join(" ", letters.violationLines(c, repository.violations(c.caseId()))));
            values.put("gronden_beheerovername", TakeoverGrounds.letterLines(c, history, window));
            values.put("grondslag_beheerovername", settings.legalBasis().takeover());
            values.put("beheerder", settings.takeover().manager());
            values.put("beoogde_ingangsdatum", today.plus(settings.takeover().startAfter()));
            values.put("beheerduur", settings.takeover().duration());
            StoredLetter letter = letters.issue(c, LetterKind.VOORNEMEN_BEHEEROVERNAME, values, "takeover-intention");
            if (c.takeoverIntentionDate() == null) {
                repository.setTakeoverIntentionDate(c.caseId(), today);
                cases.updateStatus(c.caseId(), "VOORNEMEN_BEHEEROVERNAME");
                audit.record(Actor.worker(TYPE), "enforcement.takeover.intended", c.caseNumber(), null, "letter=" + letter.kenmerk());
            }
        });
    }
}
