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
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.cases.CaseType;
import nl.verhuurtoezicht.cases.SanctionHistory;
import nl.verhuurtoezicht.permit.PermitRegister;
import nl.verhuurtoezicht.property.PropertyRegister;
import nl.verhuurtoezicht.rules.RuleCatalogue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens the HH- case as a child of the case that asked for enforcement, with its violations, and judges the landlord's
 * history: a repeat offence within the window (5th category), business-like letting, and the takeover ground (two fines,
 * or letting after the permit was refused or revoked).
 */
@Component
public class OpenEnforcementCaseWorker {

    static final String TYPE = "enforcement-open-case";

    record Variables(Long caseId, Long addressId, Long landlordId, List<String> violations, Long reportId, String reportDate) {
    }

    private final CaseRegister cases;
    private final EnforcementRepository repository;
    private final SanctionHistory history;
    private final PropertyRegister properties;
    private final PermitRegister permits;
    private final RuleCatalogue rules;
    private final RepeatOffenceWindow window;
    private final EnforcementProperties settings;
    private final ProcessTimes times;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    OpenEnforcementCaseWorker(CaseRegister cases, EnforcementRepository repository, SanctionHistory history,
                              PropertyRegister properties, PermitRegister permits, RuleCatalogue rules, RepeatOffenceWindow window,
                              EnforcementProperties settings, ProcessTimes times, AuditTrail audit, TransactionTemplate tx) {
        this.cases = cases;
        this.repository = repository;
        this.history = history;
        this.properties = properties;
        this.permits = permits;
        this.rules = rules;
        this.window = window;
        this.settings = settings;
        this.times = times;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public Map<String, Object> open(ActivatedJob job, @VariablesAsType Variables v) {
        if (v.caseId() == null || v.landlordId() == null || v.reportDate() == null || v.violations() == null
                || v.violations().isEmpty()) {
            throw new IllegalArgumentException("enforcement-requested needs caseId, landlordId, reportDate and violations");
        }
        EnforcementCase c = tx.execute(status -> repository.byProcessInstance(job.getProcessInstanceKey())
                .orElseGet(() -> open(job.getProcessInstanceKey(), v)));
        return variables(c);
    }

    private EnforcementCase open(long processInstanceKey, Variables v) {
        LocalDate reportDate = LocalDate.parse(v.reportDate());
        int finesInWindow = history.count(v.landlordId(), SanctionHistory.Kind.FINE, window.firstDay(reportDate), reportDate);
        String takeoverGround = takeoverGround(finesInWindow, v.addressId(), reportDate);
        CaseFile file = cases.open(CaseType.ENFORCEMENT, v.landlordId(), v.addressId(), v.caseId(), "OPEN");
        cases.attachProcessInstance(file.id(), processInstanceKey);
        repository.insert(new EnforcementRepository.NewCase(file.id(), processInstanceKey, v.caseId(), v.reportId(),
                reportDate, reportDate, finesInWindow > 0, properties.lettingIsBusinessLike(v.landlordId()),
                takeoverGround, reportDate.plus(settings.terms().decisionDeadline())));
        for (String ruleId : v.violations()) {
            if (!rules.ruleIds().contains(ruleId)) {
                throw new IllegalArgumentException("Unknown rule " + ruleId + " in the violations of case " + v.caseId());
            }
            repository.insertViolation(file.id(), ruleId, rules.versions(ruleId).get(0).severity().name());
        }
        audit.record(Actor.worker(TYPE), "enforcement.opened", file.caseNumber(), null,
                "violations=" + v.violations() + ", fines in window=" + finesInWindow);
        return repository.byCaseId(file.id()).orElseThrow();
    }

    /**
     * Beheerovername is possible after two fines when a further violation follows within the window, or when the
     * address is let while its permit was refused or revoked (FACTS.md section 1, inbeheername). The reason goes into
     * the takeover letters; null when there is no ground.
     */
    private String takeoverGround(int finesInWindow, Long addressId, LocalDate reportDate) {
        if (finesInWindow >= settings.takeoverFineCount()) {
            return TakeoverGrounds.fines(finesInWindow);
        }
        if (addressId == null) {
            return null;
        }
        return permits.withdrawnBefore(addressId, reportDate).map(TakeoverGrounds::letAfter).orElse(null);
    }

    private Map<String, Object> variables(EnforcementCase c) {
        EnforcementProperties.Terms terms = settings.terms();
        Map<String, Object> out = new HashMap<>();
        out.put("enforcementCaseId", c.caseId());
        out.put("caseNumber", c.caseNumber());
        out.put("repeatOffence", c.repeatOffence());
        out.put("businessLike", c.businessLike());
        out.put("takeoverGround", c.takeoverGround());
        out.put("fineDropped", false);
        out.put("zienswijzeTerm", ProcessTimes.duration(terms.zienswijze()));
        out.put("paymentTerm", ProcessTimes.duration(terms.payment()));
        out.put("reminderTerm", ProcessTimes.duration(terms.reminder()));
        out.put("objectionTerm", ProcessTimes.duration(terms.objection()));
        out.put("decisionDueAt", times.startOf(c.decisionDue()));
        out.put("decisionWarningAt", times.startOf(c.decisionDue().minus(terms.decisionDeadlineWarning())));
        return out;
    }
}
