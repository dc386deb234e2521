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

/**
 * Sends the beslissing op bezwaar and carries it out: unfounded keeps the fine; well-founded annuls it (and ends the
 * wait for payment); partly founded lowers it, and a fine already paid up to the new amount counts as paid.
 */
@Component
public class SendObjectionDecisionWorker {

    static final String TYPE = "enforcement-send-objection-decision";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final ObjectionRepository objections;
    private final EnforcementLetters letters;
    private final SanctionHistory history;
    private final CaseRegister cases;
    private final FineMessages messages;
    private final ProcessTimes times;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    SendObjectionDecisionWorker(EnforcementRepository repository, ObjectionRepository objections, EnforcementLetters letters,
                                SanctionHistory history, CaseRegister cases, FineMessages messages, ProcessTimes times,
                                AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.objections = objections;
        this.letters = letters;
        this.history = history;
        this.cases = cases;
        this.messages = messages;
        this.times = times;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public void send(@VariablesAsType Variables v) {
        Fine after = tx.execute(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            ObjectionRepository.Objection objection = objections.ofEnforcementCase(c.caseId()).orElseThrow();
            Fine fine = repository.lockFine(repository.fineOfCase(c.caseId()).orElseThrow().id()).orElseThrow();
            boolean first = letters.lettersOf(objection.caseNumber()).stream()
                    .noneMatch(l -> l.kind() == LetterKind.BESLISSING_OP_BEZWAAR);
            StoredLetter letter = letters.letters().issue(LetterKind.BESLISSING_OP_BEZWAAR,
                    letters.dataFor(c, objection.caseNumber(), values(c, objection, fine)), "objection-decision");
            if (first) {
                apply(c, objection, fine);
                cases.close(objection.caseId(), objection.outcome().name());
                audit.record(Actor.worker(TYPE), "enforcement.objection.decided", objection.caseNumber(), null,
                        objection.outcome() + ", letter=" + letter.kenmerk());
            }
            return repository.fineOfCase(c.caseId()).orElseThrow();
        });
        if (after.status() == Fine.Status.ANNULLED) {
            messages.fineCancelled(after.paymentReference());
        } else if (after.outstanding().signum() == 0) {
            messages.finePaid(after.paymentReference());
        }
    }

    private void apply(EnforcementCase c, ObjectionRepository.Objection objection, Fine fine) {
        switch (objection.outcome()) {
            case UNFOUNDED -> cases.updateStatus(c.caseId(), "BEZWAAR_ONGEGROND");
            case WELL_FOUNDED -> {
                history.annul(fine.sanctionId(), times.today());
                repository.fineStatus(fine.id(), Fine.Status.ANNULLED);
                cases.updateStatus(c.caseId(), "BOETE_HERROEPEN");
            }
            case PARTLY -> {
                history.annul(fine.sanctionId(), times.today());
                long sanctionId = history.record(c.caseId(), c.landlordId(), c.addressId(), SanctionHistory.Kind.FINE,
                        c.violationDate(), fine.decidedOn(), objection.newAmount());
                repository.fineAmountChanged(fine.id(), objection.newAmount(), sanctionId);
                cases.updateStatus(c.caseId(), "BOETE_VERLAAGD");
            }
        }
    }

    private Map<String, Object> values(EnforcementCase c, ObjectionRepository.Objection objection, Fine fine) {
        Map<String, Object> values = new HashMap<>();
        values.put("bezwaar_datum", objection.receivedOn());
        values.put("bestreden_besluit_datum", fine.decidedOn());
        values.put("bestreden_besluit_kenmerk", fine.decisionLetter());
        values.put("bestreden_besluit_onderwerp", "bestuurlijke boete van " + FineBasis.euro(fine.amount()));
        values.put("uitkomst", switch (objection.outcome()) {
            case UNFOUNDED -> "ongegrond";
            case WELL_FOUNDED -> "gegrond";
            case PARTLY -> "gedeeltelijk gegrond";
        });
        values.put("dictum", switch (objection.outcome()) {
            case UNFOUNDED -> "Het besluit van " + FineBasis.date(fine.decidedOn()) + " blijft in stand.";
            case WELL_FOUNDED -> "Wij herroepen het besluit van " + FineBasis.date(fine.decidedOn()) + ". U hoeft de boete niet te betalen.";
            case PARTLY -> "Wij verlagen de boete tot " + FineBasis.euro(objection.newAmount()) + ". Voor het overige blijft het besluit in stand.";
        });
        values.put("horen", "Wij hebben uw bezwaarschrift van " + FineBasis.date(objection.receivedOn()) + " betrokken bij de heroverweging: "
                + objection.grounds());
        values.put("overwegingen", objection.reasons());
        return values;
    }

}
