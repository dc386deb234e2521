package nl.verhuurtoezicht.enforcement;

import java.util.HashMap;
import java.util.Map;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.cases.SanctionHistory;
import nl.verhuurtoezicht.letters.LetterData;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.LetterLanguage;
import nl.verhuurtoezicht.letters.StoredLetter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the besluit beheerovername and a letter to the tenants in each language chosen (Wgv: information in a language
 * they understand), records the takeover in the sanction history and closes the case.
 */
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
            values.put("aanleiding", "Op " + FineBasis.date(c.violationDate()) + " is een overtreding vastgesteld: "
                    + String.join(" ", letters.violationLines(c, repository.violations(c.caseId()))));
            values.put("gronden_beheerovername", TakeoverGrounds.letterLines(c, history, window));
            letters.putZienswijze(values, c, takeover.zienswijzeReply());
            values.put("evenredigheid", c.sanctionReason());
            StoredLetter letter = letters.issue(c, LetterKind.BESLUIT_BEHEEROVERNAME, values, "takeover-decision");
            for (LetterLanguage language : takeover.tenantLanguages()) {
                tenantLetter(c, takeover, language);
            }
            if (c.open()) {
                history.record(c.caseId(), c.landlordId(), c.addressId(), SanctionHistory.Kind.TAKEOVER, c.violationDate(),
                        takeover.decidedOn(), null);
                cases.close(c.caseId(), "BEHEER_OVERGENOMEN");
                audit.record(Actor.worker(TYPE), "enforcement.takeover.decided", c.caseNumber(), null,
                        "manager=" + takeover.manager() + " from " + takeover.startDate() + ", letter=" + letter.kenmerk());
            }
        });
    }

    private void tenantLetter(EnforcementCase c, TakeoverRepository.Takeover takeover, LetterLanguage language) {
        Map<String, Object> values = new HashMap<>();
        values.put("adres_verblijfsruimte", letters.addressLine(c));
        values.put("beheerder", takeover.manager());
        values.put("beheerder_contact", takeover.managerContact() == null ? settings.takeover().managerContact()
                : takeover.managerContact());
        values.put("ingangsdatum", takeover.startDate());
        values.put("einddatum", takeover.startDate().plus(settings.takeover().maximumDuration()).minusDays(1));
        letters.letters().issue(LetterKind.BEHEEROVERNAME_HUURDERS, new LetterData(letters.occupants(c),
                c.caseNumber(), takeover.decidedOn(), language, values), "takeover-tenants-" + language.name());
    }
}
