package nl.verhuurtoezicht.enforcement;

import java.time.LocalDate;
import java.util.Map;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.cases.CaseType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Opens the BZ- case for a bezwaar against the fine decision; the decision on it is due in 6 weeks (Awb 7:10). */
@Component
public class OpenObjectionWorker {

    static final String TYPE = "enforcement-open-objection";

    record Variables(long enforcementCaseId, String objectionGrounds, String objectionReceivedOn) {
    }

    private final EnforcementRepository repository;
    private final ObjectionRepository objections;
    private final CaseRegister cases;
    private final EnforcementProperties settings;
    private final ProcessTimes times;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    OpenObjectionWorker(EnforcementRepository repository, ObjectionRepository objections, CaseRegister cases,
                        EnforcementProperties settings, ProcessTimes times, AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.objections = objections;
        this.cases = cases;
        this.settings = settings;
        this.times = times;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public Map<String, Object> open(@VariablesAsType Variables v) {
        return tx.execute(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            ObjectionRepository.Objection objection = objections.ofEnforcementCase(c.caseId()).orElseGet(() -> {
                LocalDate received = LocalDate.parse(v.objectionReceivedOn());
                CaseFile file = cases.open(CaseType.OBJECTION, c.landlordId(), c.addressId(), c.caseId(), "IN_BEHANDELING");
                objections.insert(file.id(), c.caseId(), received, received.plus(settings.terms().objectionDecision()),
                        v.objectionGrounds());
                cases.updateStatus(c.caseId(), "BEZWAAR");
                audit.record(Actor.worker(TYPE), "enforcement.objection.opened", c.caseNumber(), null, file.caseNumber());
                return objections.ofEnforcementCase(c.caseId()).orElseThrow();
            });
            return Map.<String, Object>of("objectionCaseNumber", objection.caseNumber(),
                    "objectionDecisionDueAt", times.startOf(objection.decisionDue()));
        });
    }
}
