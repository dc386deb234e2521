package nl.verhuurtoezicht.permit;

import io.camunda.client.api.search.response.UserTask;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.identity.NotFoundException;
import nl.verhuurtoezicht.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The "Besluit vaststellen" task of legal staff: worklist, assignment, and the decision itself. */
@Service
public class LegalDecisions {

    public enum Decision { GRANT, REFUSE, EXTEND }

    /** One open decision on the worklist. */
    public record OpenDecision(long userTaskKey, String assignee, Application application, boolean overdue,
                               boolean escalated) {
    }

    /**
     * What legal staff enter; conditions and grounds one per line; {@code maxOccupants} by address id (when granting,
     * blank means the number applied for).
     */
    public record DecisionForm(String decision, String conditions, String validUntil, String grounds, String extensionReason,
                               Map<String, String> maxOccupants) {

        static DecisionForm empty() {
            return new DecisionForm("", "", "", "", "", Map.of());
        }
    }

    private final PermitProcesses processes;
    private final PermitApplications applications;
    private final ApplicationSteps steps;
    private final AuditTrail audit;
    private final MaxOccupantsInput maxOccupants;
    private final SnfOccupancyLimit occupancyLimit;
    private final Clock clock;

    LegalDecisions(PermitProcesses processes, PermitApplications applications, ApplicationSteps steps, AuditTrail audit,
                   MaxOccupantsInput maxOccupants, SnfOccupancyLimit occupancyLimit, Clock clock) {
        this.processes = processes;
        this.applications = applications;
        this.steps = steps;
        this.audit = audit;
        this.maxOccupants = maxOccupants;
        this.occupancyLimit = occupancyLimit;
        this.clock = clock;
    }

    /** Open decisions, overdue first, then by due date. */
    public List<OpenDecision> worklist() {
        LocalDate today = LocalDate.now(clock);
        return processes.openDecisionTasks().stream()
                .map(task -> applications.findByProcessInstance(task.getProcessInstanceKey())
                        .map(a -> new OpenDecision(task.getUserTaskKey(), task.getAssignee(), a,
                                a.decisionDue().isBefore(today),
                                applications.steps(a.id()).stream().anyMatch(s -> s.step() == ApplicationStep.ESCALATED))))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(OpenDecision::overdue).reversed()
                        .thenComparing(d -> d.application().decisionDue()))
                .toList();
    }

    public Application application(String caseNumber) {
        return applications.findByCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException("Application"));
    }

    public List<Application.DocumentInfo> documents(Application application) {
        return applications.documents(application.id());
    }

    public Optional<UploadedDocument> document(Application application, long documentId) {
        return applications.document(application.id(), documentId);
    }

    /** The highest maximum of occupants legal staff may set per address id, as of today. */
    public Map<Long, Integer> occupancyBounds(Application application) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Integer> bounds = new java.util.LinkedHashMap<>();
        application.addresses().forEach(a -> bounds.put(a.addressId(), occupancyLimit.upperBound(a, today)));
        return bounds;
    }

    public List<Application.Step> steps(Application application) {
        return applications.steps(application.id());
    }

    public Optional<Long> openTask(Application application) {
        return processKey(application).flatMap(processes::decisionTask).map(UserTask::getUserTaskKey);
    }

    public void assignToMe(CurrentUser user, String caseNumber) {
        long task = openTask(application(caseNumber)).orElseThrow(() -> noOpenDecision());
        processes.assign(task, user.username());
    }

    /**
     * Records the decision; {@link #completeTask} then lets the process send the letter. Bad input changes nothing.
     */
    @Transactional
    public Decision decide(CurrentUser user, String caseNumber, DecisionForm form) {
        Application application = application(caseNumber);
        if (application.status() != ApplicationStatus.AWAITING_DECISION || openTask(application).isEmpty()) {
            throw noOpenDecision();
        }
        Decision decision;
        try {
            decision = Decision.valueOf(form.decision() == null ? "" : form.decision());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("decision", "permit.validation.decision", "Choose grant, refuse or extend");
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, Integer> decidedOccupants = decision == Decision.GRANT
                ? maxOccupants.read(application, form.maxOccupants(), today) : Map.of();
        var row = applications.lockRow(application.id());
        switch (decision) {
            case EXTEND -> {
                if (application.extended()) {
                    throw new InvalidInputException("decision", "permit.validation.extendedOnce",
                            "The decision term can be extended only once (Awb 4:14)");
                }
                if (blank(form.extensionReason())) {
                    throw new InvalidInputException("extensionReason", "permit.validation.extensionReason",
                            "An extension needs a reason");
                }
                audit.record(user.actor(), "permit.decision.extension-requested", caseNumber, null, form.extensionReason().strip());
                return decision;
            }
            case REFUSE -> {
                if (blank(form.grounds())) {
                    throw new InvalidInputException("grounds", "permit.validation.grounds", "A refusal needs grounds");
                }
                row.setDecisionGrounds(form.grounds().strip());
            }
            case GRANT -> {
                row.setDecisionConditions(blank(form.conditions()) ? null : form.conditions().strip());
                row.setValidUntil(validUntil(form.validUntil(), today));
                decidedOccupants.forEach((addressId, number) ->
                        applications.setDecidedMaxOccupants(application.id(), addressId, number));
            }
        }
        row.setDecision(decision.name());
        row.setDecidedBy(user.username());
        row.setDecidedOn(today);
        row.setLegesEur(steps.leges(application));
        row.store();
        audit.record(user.actor(), "permit.decision." + decision.name().toLowerCase(), caseNumber,
                "advice " + application.advice(), decision + switch (decision) {
                    case REFUSE -> ": " + form.grounds().strip();
                    case GRANT -> ": " + occupantsSummary(application, decidedOccupants);
                    case EXTEND -> "";
                });
        return decision;
    }

    /** Completes the decision task after the decision committed; the process then issues the letter. */
    public void completeTask(String caseNumber, Decision decision, String extensionReason) {
        long task = openTask(application(caseNumber)).orElseThrow(() -> noOpenDecision());
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", decision.name());
        if (decision == Decision.EXTEND) {
            variables.put("extensionReason", extensionReason.strip());
        }
        processes.complete(task, variables);
    }

    /** "max occupants Groenestraat 214, ...: 4 (applied for 4); ..." for the audit trail. */
    private static String occupantsSummary(Application application, Map<Long, Integer> decided) {
        return "max occupants " + String.join("; ", application.addresses().stream()
                .map(a -> a.oneLine() + ": " + decided.get(a.addressId()) + " (applied for " + a.plannedOccupants() + ")")
                .toList());
    }

    private Optional<Long> processKey(Application application) {
        return applications.processInstanceKey(application.caseId());
    }

    private static LocalDate validUntil(String text, LocalDate today) {
        if (blank(text)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (!date.isAfter(today)) {
                throw new InvalidInputException("validUntil", "permit.validation.validUntil", "Valid until must be in the future");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("validUntil", "permit.validation.validUntil", "Not a date: " + text);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static InvalidInputException noOpenDecision() {
        return new InvalidInputException("decision", "permit.validation.noOpenDecision", "This application has no open decision");
    }
}
