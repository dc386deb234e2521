package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.letters.LetterLanguage;
import nl.verhuurtoezicht.permit.Permit;
import nl.verhuurtoezicht.permit.PermitRegister;
import nl.verhuurtoezicht.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What legal staff decide in the enforcement process. Each method checks the input, stores the decision with its
 * reasons (which go into the letters), audits it and completes the open user task; bad input changes nothing.
 */
@Service
class EnforcementTasks {

    enum ZienswijzeOutcome { MAINTAIN, LOWER, DROP }

    private static final int MAX_TEXT = 4000;

    private final CamundaClient client;
    private final EnforcementRepository repository;
    private final ObjectionRepository objections;
    private final TakeoverRepository takeovers;
    private final RemedialOrderRepository remedialOrders;
    private final RevocationRepository revocations;
    private final PermitRegister permits;
    private final FineCalculator calculator;
    private final EnforcementProperties settings;
    private final ProcessTimes times;
    private final AuditTrail audit;

    EnforcementTasks(CamundaClient client, EnforcementRepository repository, ObjectionRepository objections,
                     TakeoverRepository takeovers, RemedialOrderRepository remedialOrders, RevocationRepository revocations,
                     PermitRegister permits, FineCalculator calculator, EnforcementProperties settings,
                     ProcessTimes times, AuditTrail audit) {
        this.remedialOrders = remedialOrders;
        this.revocations = revocations;
        this.permits = permits;
        this.client = client;
        this.repository = repository;
        this.objections = objections;
        this.takeovers = takeovers;
        this.calculator = calculator;
        this.settings = settings;
        this.times = times;
        this.audit = audit;
    }

    /** The user task waiting in the case's process, if any. */
    public Optional<UserTask> openTask(EnforcementCase c) {
        List<UserTask> tasks = client.newUserTaskSearchRequest()
                .filter(f -> f.processInstanceKey(c.processInstanceKey()).state(UserTaskState.CREATED))
                .send().join().items();
        return tasks.stream().findFirst();
    }

    /** True while the process waits for a zienswijze or the end of its term after a voornemen. */
    public boolean awaitingZienswijze(EnforcementCase c) {
        return client.newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(c.processInstanceKey()).state(ElementInstanceState.ACTIVE))
                .send().join().items().stream().anyMatch(i -> ZIENSWIJZE_GATEWAYS.contains(i.getElementId()));
    }

    /** The event-based gateways after a voornemen (enforcement.bpmn). */
    private static final Set<String> ZIENSWIJZE_GATEWAYS = Set.of("zienswijzeEgw", "takeoverEgw", "dwangsomEgw", "revocationEgw");

    @Transactional
    public void assessBehaviour(String caseNumber, Behaviour behaviour, String reason, CurrentUser user) {
        EnforcementCase c = caseFor(caseNumber);
        UserTask task = task(c, "assessBehaviour");
        if (behaviour == null) {
            throw new InvalidInputException("behaviour", "enforcement.behaviour.required", "Choose the offender's behaviour (A-D)");
        }
        String why = reason(reason, "reason");
        repository.setBehaviour(c.caseId(), behaviour, why);
        audit.record(user.actor(), "enforcement.behaviour.assessed", c.caseNumber(), null, behaviour + ": " + why);
        complete(task, Map.of("behaviour", behaviour.name()));
    }

    @Transactional
    public void chooseSanction(String caseNumber, Sanction sanction, String reason, String remedyTerm, CurrentUser user) {
        chooseSanction(caseNumber, sanction, reason, remedyTerm, null, user);
    }

    /**
     * The instrument legal staff choose after the advice. A takeover needs its ground, a revocation a current permit
     * for the address; a last onder dwangsom takes its terms from {@code dwangsom} (policy values where empty).
     */
    @Transactional
    public void chooseSanction(String caseNumber, Sanction sanction, String reason, String remedyTerm, DwangsomInput dwangsom,
                               CurrentUser user) {
        EnforcementCase c = caseFor(caseNumber);
        UserTask task = task(c, "chooseSanction");
        if (sanction == null) {
            throw new InvalidInputException("sanction", "enforcement.sanction.notChoosable",
                    "Choose a warning, a last onder dwangsom, a fine, a revocation, a takeover or a referral to the prosecutor");
        }
        if (sanction == Sanction.TAKEOVER && !c.takeoverGround()) {
            throw new InvalidInputException("sanction", "enforcement.sanction.noTakeoverGround",
                    "A takeover needs two earlier fines within the repeat-offence window, or letting after a refused or revoked permit");
        }
        Long permitId = null;
        if (sanction == Sanction.REVOCATION) {
            permitId = revocablePermit(c).orElseThrow(() -> new InvalidInputException("sanction",
                    "enforcement.sanction.noPermit", "No current permit covers the address of case " + c.caseNumber()));
        }
        String why = reason(reason, "reason");
        String term = sanction == Sanction.WARNING
                ? DwangsomTerms.positivePeriod(remedyTerm, "remedyTerm", settings.terms().remedyDefault()).toString() : null;
        if (sanction == Sanction.DWANGSOM) {
            proposeDwangsom(c, dwangsom);
        }
        if (permitId != null) {
            revocations.choose(c.caseId(), permitId);
        }
        repository.setChosenSanction(c.caseId(), sanction, why, term);
        audit.record(user.actor(), "enforcement.sanction.chosen", c.caseNumber(), "advice=" + c.advisedSanction(),
                sanction + ": " + why);
        complete(task, term == null ? Map.of("sanction", sanction.name())
                : Map.of("sanction", sanction.name(), "remedyTerm", term));
    }

    /** After a warning that was not followed: a fine or a last onder dwangsom, on the re-inspection report. */
    @Transactional
    public void chooseEscalation(String caseNumber, Sanction sanction, String reason, DwangsomInput dwangsom, CurrentUser user) {
        EnforcementCase c = caseFor(caseNumber);
        UserTask task = task(c, "chooseEscalation");
        if (sanction != Sanction.FINE && sanction != Sanction.DWANGSOM) {
            throw new InvalidInputException("sanction", "enforcement.escalation.choice",
                    "After a warning that was not followed, choose a fine or a last onder dwangsom");
        }
        String why = reason(reason, "reason");
        if (sanction == Sanction.DWANGSOM) {
            proposeDwangsom(c, dwangsom);
        }
        repository.setChosenSanction(c.caseId(), sanction, why, c.remedyTerm());
        audit.record(user.actor(), "enforcement.escalation.chosen", c.caseNumber(), "sanction=" + c.chosenSanction(),
                sanction + ": " + why);
        complete(task, Map.of("sanction", sanction.name()));
    }

    /** Sum per unit, maximum and begunstigingstermijn as typed; empty fields take the municipal policy. */
    public record DwangsomInput(BigDecimal amountPerUnit, BigDecimal maximum, String begunstigingstermijn) {
    }

    private void proposeDwangsom(EnforcementCase c, DwangsomInput input) {
        DwangsomTerms terms = DwangsomTerms.of(input, DwangsomTerms.policy(settings.dwangsom()));
        remedialOrders.propose(c.caseId(), terms.amountPerUnit(), settings.dwangsom().unit(), terms.maximum(),
                terms.begunstigingstermijn());
    }

    /** The current permit that covers the case's address, which a revocation would end. */
    Optional<Long> revocablePermit(EnforcementCase c) {
        return c.addressId() == null ? Optional.empty() : permits.currentFor(c.addressId()).map(Permit::id);
    }

    /** After the zienswijze on the voornemen: impose the last (terms may change) or drop it. */
    @Transactional
    public void decideDwangsom(String caseNumber, RemedialOrder.Outcome outcome, DwangsomInput input, String reasons,
                               String reply, CurrentUser user) {
        EnforcementCase c = caseFor(caseNumber);
        UserTask task = task(c, "decideDwangsom");
        RemedialOrder order = remedialOrders.ofCase(c.caseId()).orElseThrow();
        if (outcome == null) {
            throw new InvalidInputException("outcome", "enforcement.dwangsom.outcomeRequired", "Choose to impose or drop the last");
        }
        DwangsomTerms terms = DwangsomTerms.of(input,
                new DwangsomTerms(order.amountPerUnit(), order.maximum(), order.begunstigingstermijn()));
        String why = reason(reasons, "reasons");
        String answer = reply == null || reply.isBlank() ? null : reason(reply, "reply");
        remedialOrders.decide(c.caseId(), outcome, terms.amountPerUnit(), terms.maximum(), terms.begunstigingstermijn(), why,
                answer, user.username(), times.today());
        audit.record(user.actor(), "enforcement.dwangsom.decision", c.caseNumber(), null, outcome + ", "
                + FineBasis.euro(terms.amountPerUnit()) + " " + settings.dwangsom().unitInWords() + ", max "
                + FineBasis.euro(terms.maximum()) + ", term " + terms.begunstigingstermijn() + ": " + why);
        complete(task, Map.of("dwangsomOutcome", outcome.name()));
    }

    /** After the zienswijze on the voornemen: revoke from a day (today or later) or drop the revocation. */
    @Transactional
    public void decideRevocation(String caseNumber, Revocation.Outcome outcome, LocalDate effectiveOn, String reasons,
                                 String reply, CurrentUser user) {
        EnforcementCase c = caseFor(caseNumber);
        UserTask task = task(c, "decideRevocation");
        if (outcome == null) {
            throw new InvalidInputException("outcome", "enforcement.revocation.outcomeRequired",
                    "Choose to revoke the permit or not");
        }
        LocalDate from = null;
        if (outcome == Revocation.Outcome.REVOKE) {
            from = effectiveOn == null ? times.today() : effectiveOn;
            if (from.isBefore(times.today())) {
                throw new InvalidInputException("effectiveOn", "enforcement.revocation.effectiveOn.invalid",
                        "A revocation takes effect today or later");
            }
        }
        String why = reason(reasons, "reasons");
        String answer = reply == null || reply.isBlank() ? null : reason(reply, "reply");
        revocations.decide(c.caseId(), outcome, from, why, answer, user.username(), times.today());
        audit.record(user.actor(), "enforcement.revocation.decision", c.caseNumber(), null,
                outcome + (from == null ? "" : " from " + from) + ": " + why);
        complete(task, Map.of("revocationOutcome", outcome.name()));
    }

    @Transactional
    public void weighZienswijze(String caseNumber, ZienswijzeOutcome outcome, BigDecimal lowerAmount, String reply,
                                CurrentUser user) {
        EnforcementCase c = caseFor(caseNumber);
        UserTask task = task(c, "weighZienswijze");
        Fine fine = repository.fineOfCase(c.caseId()).orElseThrow();
        if (outcome == null) {
            throw new InvalidInputException("outcome", "enforcement.zienswijze.outcomeRequired",
                    "Choose whether to maintain, lower or drop the fine");
        }
        String why = reason(reply, "reply");
        BigDecimal intended = fine.intendedAmount();
        if (outcome == ZienswijzeOutcome.LOWER) {
            if (lowerAmount == null || lowerAmount.signum() <= 0 || lowerAmount.compareTo(fine.intendedAmount()) >= 0) {
                throw new InvalidInputException("amount", "enforcement.amount.notLower",
                        "A lowered amount must be above zero and below " + fine.intendedAmount(), fine.intendedAmount());
            }
            intended = lowerAmount;
        }
        repository.fineZienswijzeWeighed(fine.id(), intended, why);
        audit.record(user.actor(), "enforcement.zienswijze.weighed", c.caseNumber(), "intended=" + fine.intendedAmount(),
                outcome + ", intended=" + intended + ": " + why);
        complete(task, Map.of("zienswijzeOutcome", outcome.name()));
    }

    @Transactional
    public void proposeFine(String caseNumber, BigDecimal amount, String reason, CurrentUser user) {
        EnforcementCase c = caseFor(caseNumber);
        UserTask task = task(c, "proposeDecision");
        Fine fine = repository.fineOfCase(c.caseId()).orElseThrow();
        int violations = repository.violations(c.caseId()).size();
        BigDecimal maximum = calculator.maximumFor(violations, c.violationDate(), c.repeatOffence());
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException("amount", "enforcement.amount.required", "Enter an amount above zero");
        }
        if (amount.compareTo(maximum) > 0) {
            throw new InvalidInputException("amount", "enforcement.amount.aboveMaximum",
                    "The amount " + amount + " is above the legal maximum of " + maximum, FineBasis.euro(maximum));
        }
        String why = reason(reason, "reason");
        repository.fineProposed(fine.id(), amount, why, user.username());
        audit.record(user.actor(), "enforcement.fine.proposed", c.caseNumber(), null, "amount=" + amount + ": " + why);
        complete(task, Map.of());
    }

    /** Four-eyes: the approver must be another person than the one who proposed. */
    @Transactional
    public void approveFine(String caseNumber, boolean approve, CurrentUser user) {
        EnforcementCase c = caseFor(caseNumber);
        UserTask task = task(c, "approveDecision");
        Fine fine = repository.fineOfCase(c.caseId()).orElseThrow();
        if (user.username().equals(fine.proposedBy())) {
            throw new InvalidInputException("approval", "enforcement.fourEyes",
                    "The person who proposed the fine cannot approve it; a second legal staff member must");
        }
        if (approve) {
            repository.fineApproved(fine.id(), user.username());
        } else {
            repository.fineProposalRejected(fine.id());
        }
        audit.record(user.actor(), approve ? "enforcement.fine.approved" : "enforcement.fine.rejected", c.caseNumber(),
                "proposed by " + fine.proposedBy() + ": " + fine.proposedAmount(), approve ? "approved" : "sent back");
        complete(task, Map.of("approved", approve));
    }

    @Transactional
    public void decideObjection(String caseNumber, ObjectionRepository.Outcome outcome, BigDecimal newAmount, String reasons,
                                CurrentUser user) {
        EnforcementCase c = caseFor(caseNumber);
        UserTask task = task(c, "decideObjection");
        ObjectionRepository.Objection objection = objections.ofEnforcementCase(c.caseId()).orElseThrow();
        Fine fine = repository.fineOfCase(c.caseId()).orElseThrow();
        if (outcome == null) {
            throw new InvalidInputException("outcome", "enforcement.objection.outcomeRequired",
                    "Choose unfounded, well-founded or partly well-founded");
        }
        BigDecimal amount = null;
        if (outcome == ObjectionRepository.Outcome.PARTLY) {
            if (newAmount == null || newAmount.signum() <= 0 || newAmount.compareTo(fine.amount()) >= 0) {
                throw new InvalidInputException("amount", "enforcement.amount.notLower",
                        "A lowered amount must be above zero and below " + fine.amount(), fine.amount());
            }
            amount = newAmount;
        }
        String why = reason(reasons, "reasons");
        objections.decide(objection.caseId(), outcome, amount, why, user.username(), times.today());
        audit.record(user.actor(), "enforcement.objection.decision", objection.caseNumber(), null,
                outcome + (amount == null ? "" : ", amount=" + amount) + ": " + why);
        complete(task, Map.of("objectionOutcome", outcome.name()));
    }

    @Transactional
    public void decideTakeover(String caseNumber, String manager, LocalDate startDate, String scope, String reply,
                               CurrentUser user) {
        decideTakeover(caseNumber, manager, null, startDate, scope, reply, Set.of(LetterLanguage.NL), user);
    }

    /**
     * The besluit beheerovername: manager, how tenants reach them, start date, scope, and the languages in which the
     * tenants are told (Dutch always).
     */
    @Transactional
    public void decideTakeover(String caseNumber, String manager, String managerContact, LocalDate startDate, String scope,
                               String reply, Set<LetterLanguage> tenantLanguages, CurrentUser user) {
        EnforcementCase c = caseFor(caseNumber);
        UserTask task = task(c, "decideTakeover");
        String who = reason(manager, "manager");
        String what = reason(scope, "scope");
        String contact = managerContact == null || managerContact.isBlank() ? null : reason(managerContact, "managerContact");
        if (startDate == null || startDate.isBefore(times.today())) {
            throw new InvalidInputException("startDate", "enforcement.takeover.startDate.invalid",
                    "The takeover starts today or later");
        }
        Set<LetterLanguage> languages = EnumSet.of(LetterLanguage.NL);
        if (tenantLanguages != null) {
            languages.addAll(tenantLanguages);
        }
        takeovers.insert(new TakeoverRepository.Takeover(c.caseId(), who, contact, startDate, what,
                reply == null || reply.isBlank() ? null : reply.trim(), languages, user.username(), times.today()));
        audit.record(user.actor(), "enforcement.takeover.decision", c.caseNumber(), null,
                "manager=" + who + " from " + startDate + ", scope=" + what + ", tenant letters in " + languages);
        complete(task, Map.of());
    }

    EnforcementCase caseFor(String caseNumber) {
        return repository.byCaseNumber(caseNumber).orElseThrow(() -> new InvalidInputException("caseNumber",
                "enforcement.case.unknown", "No enforcement case " + caseNumber, caseNumber));
    }

    private UserTask task(EnforcementCase c, String elementId) {
        return openTask(c).filter(t -> elementId.equals(t.getElementId())).orElseThrow(() -> new InvalidInputException(
                "task", "enforcement.task.notOpen", "Case " + c.caseNumber() + " is not waiting for " + elementId, elementId));
    }

    private void complete(UserTask task, Map<String, Object> variables) {
        AfterCommit.run(() -> client.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(variables).send().join());
    }

    private static String reason(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "enforcement.reason.required", "Give the reasons; they go into the letters");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "enforcement.reason.tooLong", "At most " + MAX_TEXT + " characters", MAX_TEXT);
        }
        return text.trim();
    }
}
