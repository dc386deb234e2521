package nl.verhuurtoezicht.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.identity.mail.Mailer;
import nl.verhuurtoezicht.identity.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The decision term of a report passed while it was still being handled: the report is marked overdue (it heads the
 * triage list) and the team mailbox is told. For a handhavingsverzoek this is the 8-week term of Awb 4:13, after which
 * the reporter may give notice of default (Awb 4:17) and appeal against the lack of a decision (Awb 6:12).
 */
@Component
public class DeadlinePassedWorker {

    static final String TYPE = "meldpunt-deadline-passed";

    public record Input(long reportId) {
    }

    private final MeldpuntReports reports;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final String teamMailbox;

    DeadlinePassedWorker(MeldpuntReports reports, AuditTrail audit, Mailer mailer,
                         @Value("${verhuurtoezicht.letters.meldpunt.email}") String teamMailbox) {
        this.reports = reports;
        this.audit = audit;
        this.mailer = mailer;
        this.teamMailbox = teamMailbox;
    }

    @JobWorker(type = TYPE)
    public void escalate(@VariablesAsType Input input) {
        MeldpuntReport report = reports.find(input.reportId()).orElseThrow();
        if (reports.markOverdue(report.id())) {
            audit.record(Actor.worker(TYPE), "meldpunt.deadline-passed", report.caseNumber(), "decideBefore=" + report.decideBefore(),
                    report.handhavingsverzoek() ? "handhavingsverzoek overdue" : "triage overdue");
        }
        String what = report.handhavingsverzoek() ? "Handhavingsverzoek" : "Melding";
        mailer.send(OutgoingMail.once("meldpunt-deadline:" + report.caseNumber(), teamMailbox,
                what + " " + report.caseNumber() + " over de termijn",
                what + " " + report.caseNumber() + " moest uiterlijk " + report.decideBefore() + " zijn beslist. "
                        + "Neem het vandaag op."));
    }
}
