package nl.verhuurtoezicht.permit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import nl.verhuurtoezicht.identity.AccountRepository;
import nl.verhuurtoezicht.identity.Role;
import nl.verhuurtoezicht.identity.mail.Mailer;
import nl.verhuurtoezicht.identity.mail.OutgoingMail;
import org.springframework.stereotype.Component;

/** One week before the decision due date: the coordinators hear that a decision is still open. */
@Component
public class EscalateDecisionWorker {

    private final ApplicationSteps steps;
    private final PermitApplications applications;
    private final AccountRepository accounts;
    private final Mailer mailer;

    EscalateDecisionWorker(ApplicationSteps steps, PermitApplications applications, AccountRepository accounts, Mailer mailer) {
        this.steps = steps;
        this.applications = applications;
        this.accounts = accounts;
        this.mailer = mailer;
    }

    @JobWorker(type = "permit-escalate-decision")
    public void escalate(ActivatedJob job, @VariablesAsType ApplicationVariables variables) {
        steps.escalate(variables.applicationId(), String.valueOf(job.getKey()));
        Application application = applications.find(variables.applicationId()).orElseThrow();
        accounts.all().stream().filter(a -> a.roles().contains(Role.COORDINATOR) && a.enabled() && a.email() != null)
                .forEach(a -> mailer.send(OutgoingMail.once("permit-escalation:" + job.getKey() + ":" + a.id(), a.email(),
                        "Besluit " + application.caseNumber() + " nog niet genomen",
                        "Op aanvraag " + application.caseNumber() + " moet uiterlijk " + application.decisionDue()
                                + " worden beslist. Het besluit is nog niet vastgesteld.")));
    }
}
