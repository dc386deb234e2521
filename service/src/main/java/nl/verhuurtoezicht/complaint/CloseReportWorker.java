package nl.verhuurtoezicht.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Closes the report and its MP case once triage (and any inspection) is done; repeatable. */
@Component
public class CloseReportWorker {

    static final String TYPE = "meldpunt-close";

    public record Input(long reportId, String triageOutcome, String inspectionVerdict) {
    }

    private final MeldpuntReports reports;
    private final CaseRegister cases;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    CloseReportWorker(MeldpuntReports reports, CaseRegister cases, AuditTrail audit, TransactionTemplate transaction) {
        this.reports = reports;
        this.cases = cases;
        this.audit = audit;
        this.transaction = transaction;
    }

    @JobWorker(type = TYPE)
    public void close(@VariablesAsType Input input) {
        MeldpuntReport report = reports.find(input.reportId()).orElseThrow();
        String finalStatus = input.inspectionVerdict() == null ? input.triageOutcome() : "INSPECTED_" + input.inspectionVerdict();
        transaction.executeWithoutResult(status -> {
            if (reports.close(report.id())) {
                cases.close(report.caseId(), finalStatus);
                audit.record(Actor.worker(TYPE), "meldpunt.closed", report.caseNumber(), report.status(), finalStatus);
            }
        });
    }
}
