package nl.verhuurtoezicht.enforcement;

import java.time.LocalDate;
import java.util.Map;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The re-inspection found the violation not remedied: the re-inspection report becomes the report of what follows (Awb
 * 5:48) and its date the start of the 13-week term of a fine (Awb 5:51); legal staff then choose a fine or a last onder
 * dwangsom.
 */
@Component
public class EscalateWarningWorker {

    static final String TYPE = "enforcement-escalate-warning";
    static final String NOT_REMEDIED = "NIET_HERSTELD";

    record Variables(long enforcementCaseId, String reinspectionVerdict, Long reinspectionReportId) {
    }

    private final EnforcementRepository repository;
    private final EnforcementProperties settings;
    private final CaseRegister cases;
    private final ProcessTimes times;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    EscalateWarningWorker(EnforcementRepository repository, EnforcementProperties settings, CaseRegister cases,
                          ProcessTimes times, AuditTrail audit, TransactionTemplate tx) {
        this.repository = repository;
        this.settings = settings;
        this.cases = cases;
        this.times = times;
        this.audit = audit;
        this.tx = tx;
    }

    @JobWorker(type = TYPE)
    public Map<String, Object> escalate(@VariablesAsType Variables v) {
        return tx.execute(status -> {
            EnforcementCase c = repository.byCaseId(v.enforcementCaseId()).orElseThrow();
            boolean firstDelivery = !NOT_REMEDIED.equals(c.status());
            LocalDate reportDate = firstDelivery ? times.today() : c.reportDate();
            LocalDate due = reportDate.plus(settings.terms().decisionDeadline());
            if (firstDelivery) {
                repository.restartAfterWarning(c.caseId(), v.reinspectionReportId(), reportDate, due);
                cases.updateStatus(c.caseId(), NOT_REMEDIED);
                audit.record(Actor.worker(TYPE), "enforcement.warning.notRemedied", c.caseNumber(), "sanction=WARNING",
                        "verdict=" + v.reinspectionVerdict() + ", new report date " + reportDate);
            }
            return Map.<String, Object>of("decisionDueAt", times.startOf(due),
                    "decisionWarningAt", times.startOf(due.minus(settings.terms().decisionDeadlineWarning())));
        });
    }
}
