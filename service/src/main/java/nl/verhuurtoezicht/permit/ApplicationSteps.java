package nl.verhuurtoezicht.permit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.cases.SanctionHistory;
import nl.verhuurtoezicht.property.PropertyRegister;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the permit-application workers do, each step in one transaction and at most once per job key: a job
 * delivered twice finds its step recorded and changes nothing more (letters are idempotent on the same key).
 */
@Service
class ApplicationSteps {

    /** Verdicts from best to worst; the worst one of all addresses goes into the decision. */
    private static final List<String> VERDICT_ORDER = List.of("COMPLIANT", "DEFICIENT", "NO_ACCESS", "SERIOUS");

    private final PermitApplications applications;
    private final CaseRegister cases;
    private final PermitLetters letters;
    private final AuditTrail audit;
    private final SanctionHistory sanctions;
    private final PermitRegister register;
    private final PropertyRegister properties;
    private final PermitProperties permit;
    private final PermitProcesses processes;
    private final Clock clock;

    ApplicationSteps(PermitApplications applications, CaseRegister cases, PermitLetters letters, AuditTrail audit,
                     SanctionHistory sanctions, PermitRegister register, PropertyRegister properties,
                     PermitProperties permit, PermitProcesses processes, Clock clock) {
        this.applications = applications;
        this.cases = cases;
        this.letters = letters;
        this.audit = audit;
        this.sanctions = sanctions;
        this.register = register;
        this.properties = properties;
        this.permit = permit;
        this.processes = processes;
        this.clock = clock;
    }

    /** What is missing from the application, in the words of the letter; empty when it is complete. */
    List<String> missing(Application application) {
        Set<DocumentKind> present = applications.documentKinds(application.id());
        List<String> missing = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            if (!present.contains(kind)) {
                missing.add(kind.dutchName());
            }
        }
        if (application.finesStatement() == null) {
            missing.add("verklaring over bestuurlijke boetes en sancties in de acht jaar vóór de aanvraag");
        }
        return missing;
    }

    @Transactional
    boolean checkCompleteness(long applicationId, String jobKey) {
        Application application = applications.find(applicationId).orElseThrow();
        boolean complete = missing(application).isEmpty();
        if (complete && applications.recordStep(applicationId, ApplicationStep.COMPLETE, "complete:" + jobKey)) {
            setStatus(application, ApplicationStatus.IN_INSPECTION, "worker:permit-check-completeness");
        }
        return complete;
    }

    @Transactional
    void requestSupplement(long applicationId, String jobKey) {
        if (!applications.recordStep(applicationId, ApplicationStep.SUPPLEMENT_REQUESTED, "supplement-request:" + jobKey)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        var row = applications.lockRow(applicationId);
        if (row.getSuspendedSince() == null) {
            row.setSuspendedSince(today);
        }
        row.setSupplementDue(today.plus(permit.supplementTerm()));
        row.setStatus(ApplicationStatus.INCOMPLETE.name());
        row.store();
        Application application = applications.find(applicationId).orElseThrow();
        cases.updateStatus(application.caseId(), ApplicationStatus.INCOMPLETE.name());
        letters.supplementRequest(application, missing(application), application.supplementDue(), "job:" + jobKey);
        audit.record(Actor.worker("permit-request-supplement"), "permit.application.incomplete", application.caseNumber(),
                ApplicationStatus.SUBMITTED.name(), "supplement due " + application.supplementDue());
    }

    @Transactional
    void declareNotProcessed(long applicationId, String jobKey) {
        if (!applications.recordStep(applicationId, ApplicationStep.NOT_PROCESSED, "not-processed:" + jobKey)) {
            return;
        }
        Application application = applications.find(applicationId).orElseThrow();
        LocalDate requestDate = application.supplementDue().minus(permit.supplementTerm());
        letters.notProcessed(application, requestDate, missing(application), "job:" + jobKey);
        var row = applications.lockRow(applicationId);
        row.setStatus(ApplicationStatus.NOT_PROCESSED.name());
        row.setDecision(ApplicationStatus.NOT_PROCESSED.name());
        row.setDecidedOn(LocalDate.now(clock));
        row.store();
        cases.close(application.caseId(), ApplicationStatus.NOT_PROCESSED.name());
        audit.record(Actor.worker("permit-declare-not-processed"), "permit.application.not-processed",
                application.caseNumber(), ApplicationStatus.INCOMPLETE.name(), ApplicationStatus.NOT_PROCESSED.name());
    }

    /** The address ids the multi-instance call activity inspects, one called {@code inspection} per address. */
    List<Long> addressIds(long applicationId) {
        return applications.find(applicationId).orElseThrow().addresses().stream()
                .map(Application.ApplicationAddress::addressId).toList();
    }

    /**
     * Stores the verdict of every address and the worst of them, once all inspections (run in parallel) are done;
     * answers the worst verdict. A repeated job writes the same values again and audits nothing more.
     */
    @Transactional
    String recordInspections(long applicationId, List<RecordInspectionsWorker.Inspection> inspections, String jobKey) {
        Application application = applications.find(applicationId).orElseThrow();
        Set<Long> expected = Set.copyOf(addressIds(applicationId));
        Set<Long> inspected = inspections.stream().map(RecordInspectionsWorker.Inspection::addressId)
                .collect(Collectors.toSet());
        if (!inspected.equals(expected) || inspections.size() != expected.size()) {
            throw new IllegalArgumentException("Application " + applicationId + " has addresses " + expected
                    + " but the inspections are of " + inspections.stream().map(RecordInspectionsWorker.Inspection::addressId).toList());
        }
        for (RecordInspectionsWorker.Inspection inspection : inspections) {
            if (!VERDICT_ORDER.contains(inspection.verdict())) {
                throw new IllegalArgumentException("Unknown inspection verdict '" + inspection.verdict() + "' for address "
                        + inspection.addressId() + " of application " + applicationId);
            }
        }
        String worst = inspections.stream().map(RecordInspectionsWorker.Inspection::verdict)
                .max(Comparator.comparingInt(VERDICT_ORDER::indexOf)).orElseThrow();
        inspections.forEach(i -> applications.recordVerdict(applicationId, i.addressId(), i.verdict(), i.reportId(),
                i.inspectionCaseId()));
        var row = applications.lockRow(applicationId);
        row.setWorstVerdict(worst);
        row.store();
        if (applications.recordStep(applicationId, ApplicationStep.INSPECTED, "inspected:" + jobKey)) {
            for (RecordInspectionsWorker.Inspection i : inspections) {
                audit.record(Actor.worker("permit-record-inspections"), "permit.application.inspected",
                        application.caseNumber(), null,
                        "address " + i.addressId() + ": " + i.verdict() + (i.reportId() == null ? "" : ", report " + i.reportId()));
            }
            audit.record(Actor.worker("permit-record-inspections"), "permit.application.worst-verdict",
                    application.caseNumber(), null, worst);
        }
        return worst;
    }

    /** The facts the DMN permit-decision weighs (FACTS.md: 8-year statement, 4-year recidive window, Bibob). */
    Map<String, Object> decisionFacts(long applicationId) {
        Application application = applications.find(applicationId).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        if (application.worstVerdict() == null) {
            throw new IllegalStateException("Application " + applicationId + " has no recorded inspection verdicts yet");
        }
        int finesInLookback = sanctions.count(application.landlordId(), SanctionHistory.Kind.FINE,
                today.minus(permit.finesLookback()), today);
        int finesInRecidiveWindow = sanctions.count(application.landlordId(), SanctionHistory.Kind.FINE,
                today.minus(permit.repeatOffenceWindow()), today);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("worstVerdict", application.worstVerdict());
        facts.put("finesInPast8Years", finesInLookback);
        facts.put("repeatOffence", finesInRecidiveWindow >= 2);
        facts.put("bibobAdvice", application.bibob().advice());
        return facts;
    }

    /**
     * Stores the DMN advice and answers the due moments of the decision task (due date, escalation) and the advice.
     * When legal staff recorded a Bibob advice after the facts were collected ({@code bibobSeen} is what the table
     * saw), the table is consulted again with the recorded one, so the advice never rests on a superseded Bibob advice.
     */
    @Transactional
    Map<String, Object> recordAdvice(long applicationId, String advice, String bibobSeen, String jobKey) {
        var row = applications.lockRow(applicationId);
        if (applications.recordStep(applicationId, ApplicationStep.ADVISED, "advised:" + jobKey)) {
            String bibob = row.getBibobAdvice();
            String stored = bibob.equals(bibobSeen) ? advice : processes.evaluateAdvice(decisionFacts(applicationId));
            row.setAdvice(stored);
            row.setAdviceBibob(bibob);
            row.setStatus(ApplicationStatus.AWAITING_DECISION.name());
            row.store();
            Application application = applications.find(applicationId).orElseThrow();
            cases.updateStatus(application.caseId(), ApplicationStatus.AWAITING_DECISION.name());
            audit.record(Actor.worker("permit-record-advice"), "permit.application.advised", application.caseNumber(),
                    ApplicationStatus.IN_INSPECTION.name(), "advice " + stored + " (Bibob " + bibob + ")");
        }
        Application application = applications.find(applicationId).orElseThrow();
        Map<String, Object> result = dueMoments(application);
        result.put("advice", application.advice());
        result.put("bibobAdvice", application.bibob().advice());
        return result;
    }

    @Transactional
    Map<String, Object> extendTerm(long applicationId, String reason, String jobKey) {
        if (applications.recordStep(applicationId, ApplicationStep.EXTENDED, "extended:" + jobKey)) {
            Application before = applications.find(applicationId).orElseThrow();
            var row = applications.lockRow(applicationId);
            row.setExtended(true);
            row.store();
            Application after = applications.find(applicationId).orElseThrow();
            letters.extension(before, after, reason, "job:" + jobKey);
            audit.record(Actor.worker("permit-extend-term"), "permit.application.extended", after.caseNumber(),
                    "due " + before.decisionDue(), "due " + after.decisionDue());
        }
        return dueMoments(applications.find(applicationId).orElseThrow());
    }

    @Transactional
    void escalate(long applicationId, String jobKey) {
        if (applications.recordStep(applicationId, ApplicationStep.ESCALATED, "escalated:" + jobKey)) {
            Application application = applications.find(applicationId).orElseThrow();
            audit.record(Actor.worker("permit-escalate-decision"), "permit.application.escalated",
                    application.caseNumber(), null, "decision due " + application.decisionDue());
        }
    }

    /** Grants: registers the permit and sends the letter; returns the permit. */
    @Transactional
    Permit grant(long applicationId, String jobKey) {
        Application application = applications.find(applicationId).orElseThrow();
        String holder = properties.landlord(application.landlordId()).orElseThrow().name();
        var row = applications.lockRow(applicationId);
        LocalDate validUntil = row.getValidUntil() != null ? row.getValidUntil()
                : LocalDate.now(clock).plus(permit.validity()).minusDays(1);
        Permit granted = register.register(application, holder, validUntil);
        if (applications.recordStep(applicationId, ApplicationStep.GRANTED, "granted:" + jobKey)) {
            letters.granted(application, granted, "job:" + jobKey);
            finish(application, ApplicationStatus.GRANTED, "worker:permit-grant", "permit " + granted.permitNumber());
        }
        return granted;
    }

    @Transactional
    void refuse(long applicationId, String jobKey) {
        if (applications.recordStep(applicationId, ApplicationStep.REFUSED, "refused:" + jobKey)) {
            Application application = applications.find(applicationId).orElseThrow();
            letters.refused(application, application.leges(), "job:" + jobKey);
            finish(application, ApplicationStatus.REFUSED, "worker:permit-refuse", String.join("; ", application.grounds()));
        }
    }

    BigDecimal leges(Application application) {
        return permit.legesPerAddress().multiply(BigDecimal.valueOf(application.addresses().size()));
    }

    private Map<String, Object> dueMoments(Application application) {
        ZoneId zone = clock.getZone();
        OffsetDateTime due = application.decisionDue().atStartOfDay(zone).toOffsetDateTime();
        Map<String, Object> moments = new LinkedHashMap<>();
        moments.put("decisionDueAt", due.toString());
        moments.put("escalateAt", due.minus(permit.escalationBefore()).toString());
        return moments;
    }

    private void finish(Application application, ApplicationStatus status, String actor, String after) {
        cases.close(application.caseId(), status.name());
        var row = applications.lockRow(application.id());
        row.setStatus(status.name());
        row.store();
        audit.record(Actor.worker(actor.substring("worker:".length())), "permit.application." + status.name().toLowerCase(),
                application.caseNumber(), ApplicationStatus.AWAITING_DECISION.name(), after);
    }

    private void setStatus(Application application, ApplicationStatus status, String actor) {
        var row = applications.lockRow(application.id());
        String before = row.getStatus();
        row.setStatus(status.name());
        row.store();
        cases.updateStatus(application.caseId(), status.name());
        audit.record(Actor.worker(actor.substring("worker:".length())), "permit.application.status",
                application.caseNumber(), before, status.name());
    }
}
