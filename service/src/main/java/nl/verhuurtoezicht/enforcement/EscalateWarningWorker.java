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
 * The re-inspection found the violation not remedied: the case goes on to a fine, with the re-inspection report as the
 * report of the fine (Awb 5:48) and its date as the start of the 13-week term (Awb 5:51).
 */
@Component
public class EscalateWarningWorker {

    static final String TYPE = "enforcement-escalate-warning";

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
            LocalDate reportDate = c.chosenSanction() == Sanction.FINE ? c.reportDate() : times.today();
            LocalDate due = reportDate.plus(settings.terms().decisionDeadline());
            if (c.chosenSanction() != Sanction.FINE) {
                repository.restartAfterWarning(c.caseId(), v.reinspectionReportId(), reportDate, due,
                        "Niet hersteld na de waarschuwing (hercontrole: " + v.reinspectionVerdict() + ").");
                cases.updateStatus(c.caseId(), "NIET_HERSTELD");
                audit.record(Actor.worker(TYPE), "enforcement.warning.notRemedied", c.caseNumber(), "sanction=WARNING",
                        "sanction=FINE, verdict=" + v.reinspectionVerdict());
            }
            return Map.<String, Object>of("sanction", Sanction.FINE.name(),
                    "decisionDueAt", times.startOf(due),
                    "decisionWarningAt", times.startOf(due.minus(settings.terms().decisionDeadlineWarning())));
        });
    }
}
