package nl.verhuurtoezicht.enforcement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.platform.InvalidInputException;
import nl.verhuurtoezicht.rules.RuleCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What reaches legal staff from outside the process: a request to enforce, a zienswijze, a bezwaarschrift. */
@Service
class EnforcementRequests {

    private final CaseRegister cases;
    private final EnforcementRepository repository;
    private final RuleCatalogue rules;
    private final EnforcementProperties settings;
    private final FineMessages messages;
    private final ProcessTimes times;
    private final AuditTrail audit;

    EnforcementRequests(CaseRegister cases, EnforcementRepository repository, RuleCatalogue rules,
                        EnforcementProperties settings, FineMessages messages, ProcessTimes times, AuditTrail audit) {
        this.cases = cases;
        this.repository = repository;
        this.rules = rules;
        this.settings = settings;
        this.messages = messages;
        this.times = times;
        this.audit = audit;
    }

    /**
     * Legal staff start enforcement for violations found otherwise than by an inspection verdict: under an existing
     * inspection or meldpunt case, with the date of the report (rapport) that records the facts.
     */
    @Transactional
    public void start(String sourceCaseNumber, List<String> violations, LocalDate reportDate, CurrentUser user) {
        CaseFile source = cases.findByNumber(sourceCaseNumber == null ? "" : sourceCaseNumber.trim())
                .orElseThrow(() -> new InvalidInputException("sourceCase", "enforcement.start.unknownCase",
                        "No case " + sourceCaseNumber, sourceCaseNumber));
        if (source.landlordId() == null || source.addressId() == null) {
            throw new InvalidInputException("sourceCase", "enforcement.start.noLandlord",
                    "Case " + sourceCaseNumber + " has no landlord and address to enforce against", sourceCaseNumber);
        }
        if (violations == null || violations.isEmpty()) {
            throw new InvalidInputException("violations", "enforcement.start.noViolations", "Name at least one violated rule");
        }
        for (String ruleId : violations) {
            if (!rules.ruleIds().contains(ruleId)) {
                throw new InvalidInputException("violations", "enforcement.start.unknownRule", "Unknown rule " + ruleId, ruleId);
            }
        }
        if (reportDate == null || reportDate.isAfter(times.today())) {
            throw new InvalidInputException("reportDate", "enforcement.start.reportDate", "The report date cannot be in the future");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", source.id());
        variables.put("addressId", source.addressId());
        variables.put("landlordId", source.landlordId());
        variables.put("violations", List.copyOf(violations));
        variables.put("reportDate", reportDate.toString());
        audit.record(user.actor(), "enforcement.requested", source.caseNumber(), null, "violations=" + violations);
        AfterCommit.run(() -> messages.enforcementRequested(source.caseNumber() + ":" + String.join(",", violations), variables));
    }

    @Transactional
    public void registerZienswijze(String caseNumber, String text, LocalDate receivedOn, CurrentUser user) {
        EnforcementCase c = repository.byCaseNumber(caseNumber).orElseThrow(() -> new InvalidInputException("caseNumber",
                "enforcement.case.unknown", "No enforcement case " + caseNumber, caseNumber));
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("zienswijze", "enforcement.zienswijze.required", "Enter the zienswijze");
        }
        if (text.length() > 4000) {
            throw new InvalidInputException("zienswijze", "enforcement.reason.tooLong", "At most 4000 characters", 4000);
        }
        LocalDate on = receivedOn == null ? times.today() : receivedOn;
        repository.setZienswijze(c.caseId(), text.trim(), on);
        audit.record(user.actor(), "enforcement.zienswijze.received", c.caseNumber(), null, "received " + on);
        AfterCommit.run(() -> messages.zienswijzeReceived(c.caseNumber()));
    }

    /** A bezwaarschrift against the fine decision, within the objection term (Awb 6:7) after the decision. */
    @Transactional
    public void registerObjection(String caseNumber, String grounds, LocalDate receivedOn, CurrentUser user) {
        EnforcementCase c = repository.byCaseNumber(caseNumber).orElseThrow(() -> new InvalidInputException("caseNumber",
                "enforcement.case.unknown", "No enforcement case " + caseNumber, caseNumber));
        Fine fine = repository.fineOfCase(c.caseId()).filter(f -> f.decidedOn() != null).orElseThrow(() ->
                new InvalidInputException("caseNumber", "enforcement.objection.noDecision",
                        "Case " + caseNumber + " has no fine decision to object to", caseNumber));
        if (grounds == null || grounds.isBlank()) {
            throw new InvalidInputException("grounds", "enforcement.objection.grounds", "Enter the grounds of the objection");
        }
        LocalDate on = receivedOn == null ? times.today() : receivedOn;
        LocalDate last = fine.decidedOn().plus(settings.terms().objection());
        if (on.isAfter(last)) {
            throw new InvalidInputException("receivedOn", "enforcement.objection.late",
                    "The objection term ended on " + last, last);
        }
        audit.record(user.actor(), "enforcement.objection.received", c.caseNumber(), null, "received " + on);
        AfterCommit.run(() -> messages.objectionReceived(c.caseNumber(), grounds.trim(), on.toString()));
    }
}
