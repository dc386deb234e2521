package nl.verhuurtoezicht.enforcement;

import java.util.Map;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.permit.Permit;
import nl.verhuurtoezicht.permit.PermitRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Sends the voornemen tot intrekking van de vergunning (Awb 4:8), proposing the end of the permit from a day. */
@Component
public class SendRevocationIntentionWorker {

    static final String TYPE = "enforcement-send-revocation-intention";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final RevocationRepository revocations;
    private final PermitRegister permits;
    private final RevocationLetters letters;
    private final EnforcementProperties settings;
    private final CaseRegister cases;
    private final ProcessTimes times;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    SendRevocationIntentionWorker(EnforcementRepository repository, RevocationRepository revocations, PermitRegister permits,
                                  RevocationLetters letters, EnforcementProperties settings, CaseRegister cases,
                                  ProcessTimes times, AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.revocations = revocations;
        this.permits = permits;
        this.letters = letters;
        this.settings = settings;
        this.cases = cases;
        this.times = times;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public void send(@VariablesAsType Variables v) {
        tx.executeWithoutResult(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            Revocation revocation = revocations.ofCase(c.caseId()).orElseThrow();
            Permit permit = permits.find(revocation.permitId()).orElseThrow();
            Map<String, Object> values = letters.values(c, permit);
            values.put("beoogde_ingangsdatum", times.today().plus(settings.terms().revocationStartAfter()));
            StoredLetter letter = letters.letters().issue(c, LetterKind.VOORNEMEN_INTREKKING_VERGUNNING, values,
                    "revocation-intention");
            if (revocation.intentionDate() == null) {
                revocations.intended(c.caseId(), times.today());
                cases.updateStatus(c.caseId(), "VOORNEMEN_INTREKKING");
                audit.record(Actor.worker(TYPE), "enforcement.revocation.intended", c.caseNumber(), null,
                        "permit " + permit.permitNumber() + ", letter=" + letter.kenmerk());
            }
        });
    }
}
