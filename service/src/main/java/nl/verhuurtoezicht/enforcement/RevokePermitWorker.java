package nl.verhuurtoezicht.enforcement;

import java.util.Map;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.cases.SanctionHistory;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.permit.Permit;
import nl.verhuurtoezicht.permit.PermitRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Revokes the permit as decided: the permit register ends it (which ends its lifecycle process), the besluit tot
 * intrekking goes out, REVOCATION enters the sanction history and the case closes.
 */
@Component
public class RevokePermitWorker {

    static final String TYPE = "enforcement-revoke-permit";

    record Variables(long enforcementCaseId) {
    }

    private final EnforcementRepository repository;
    private final RevocationRepository revocations;
    private final PermitRegister permits;
    private final RevocationLetters letters;
    private final SanctionHistory history;
    private final CaseRegister cases;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    RevokePermitWorker(EnforcementRepository repository, RevocationRepository revocations, PermitRegister permits,
                       RevocationLetters letters, SanctionHistory history, CaseRegister cases, AuditTrail audit,
                       TransactionTemplate tx) {
        this.repository = repository;
        this.revocations = revocations;
        this.permits = permits;
        this.letters = letters;
        this.history = history;
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public void revoke(@VariablesAsType Variables v) {
        tx.executeWithoutResult(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            Revocation revocation = revocations.ofCase(c.caseId()).orElseThrow();
            if (revocation.outcome() != Revocation.Outcome.REVOKE) {
                throw new IllegalStateException("Case " + c.caseNumber() + " has no decision to revoke");
            }
            Permit permit = permits.find(revocation.permitId()).orElseThrow();
            if (permit.status() == Permit.Status.CURRENT) {
                permits.revoke(permit.id(), "Handhavingszaak " + c.caseNumber() + ": " + revocation.reasons(),
                        revocation.effectiveOn());
            }
            Map<String, Object> values = letters.values(c, permit);
            values.put("ingangsdatum", revocation.effectiveOn());
            values.put("voornemen_datum", revocation.intentionDate());
            letters.letters().putZienswijze(values, c, revocation.zienswijzeReply());
            StoredLetter letter = letters.letters().issue(c, LetterKind.INTREKKING_VERGUNNING, values, "revocation-decision");
            if (c.open()) {
                history.record(c.caseId(), c.landlordId(), c.addressId(), SanctionHistory.Kind.REVOCATION, c.violationDate(),
                        revocation.decidedOn(), null);
                cases.close(c.caseId(), "VERGUNNING_INGETROKKEN");
                audit.record(Actor.worker(TYPE), "enforcement.revocation.decided", c.caseNumber(), null,
                        "permit " + permit.permitNumber() + " revoked from " + revocation.effectiveOn() + ", letter="
                                + letter.kenmerk());
            }
        });
    }
}
