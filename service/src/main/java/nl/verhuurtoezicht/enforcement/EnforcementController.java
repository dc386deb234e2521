package nl.verhuurtoezicht.enforcement;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.SanctionHistory;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.identity.NotFoundException;
import nl.verhuurtoezicht.letters.LetterLanguage;
import nl.verhuurtoezicht.letters.RenderedLetter;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.platform.InvalidInputException;
import nl.verhuurtoezicht.property.PropertyRegister;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Legal staff pages: worklist, case (timeline, violations, advice, fine calculation, letters, the open task), payments. */
@Controller
class EnforcementController {

    private static final String BASE = "/juridisch/handhaving";

    private final EnforcementRepository repository;
    private final EnforcementTasks tasks;
    private final EnforcementRequests requests;
    private final Payments payments;
    private final ProcessTimes times;
    private final PaymentRepository paymentRecords;
    private final ObjectionRepository objections;
    private final TakeoverRepository takeovers;
    private final RemedialOrderRepository remedialOrders;
    private final RevocationRepository revocations;
    private final EnforcementProperties settings;
    private final EnforcementLetters letters;
    private final FineDecisionLetter decisionLetter;
    private final SanctionHistory history;
    private final PropertyRegister properties;
    private final AuditTrail audit;

    EnforcementController(EnforcementRepository repository, EnforcementTasks tasks, EnforcementRequests requests,
                          Payments payments, PaymentRepository paymentRecords, ObjectionRepository objections,
                          TakeoverRepository takeovers, RemedialOrderRepository remedialOrders,
                          RevocationRepository revocations, EnforcementProperties settings, EnforcementLetters letters,
                          FineDecisionLetter decisionLetter, SanctionHistory history, PropertyRegister properties,
                          AuditTrail audit, ProcessTimes times) {
        this.times = times;
        this.remedialOrders = remedialOrders;
        this.revocations = revocations;
        this.settings = settings;
        this.repository = repository;
        this.tasks = tasks;
        this.requests = requests;
        this.payments = payments;
        this.paymentRecords = paymentRecords;
        this.objections = objections;
        this.takeovers = takeovers;
        this.letters = letters;
        this.decisionLetter = decisionLetter;
        this.history = history;
        this.properties = properties;
        this.audit = audit;
    }

    /** @param forfeitureOverdue a forfeited dwangsom sum of the case is past its due date and not paid in full */
    record WorklistRow(EnforcementCase c, String address, String task, boolean forfeitureOverdue) {
    }

    @GetMapping(BASE)
    String worklist(@RequestParam(defaultValue = "false") boolean all, Model model) {
        Set<Long> overdue = remedialOrders.casesWithOverdueForfeitures(times.today());
        // A closed case stays on the worklist while a forfeited sum of it is overdue: that claim still needs action.
        List<WorklistRow> rows = repository.all(false).stream().filter(c -> all || c.open() || overdue.contains(c.caseId()))
                .map(c -> new WorklistRow(c, letters.addressLine(c),
                        c.open() ? tasks.openTask(c).map(t -> t.getElementId()).orElse(null) : null,
                        overdue.contains(c.caseId())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("all", all);
        return "enforcement/worklist";
    }

    @GetMapping(BASE + "/{caseNumber}")
    String casePage(@PathVariable String caseNumber, Model model) {
        return render(caseNumber, model, null);
    }

    @GetMapping(BASE + "/{caseNumber}/brieven/{letterId}")
    ResponseEntity<byte[]> letter(@PathVariable String caseNumber, @PathVariable UUID letterId) {
        EnforcementCase c = repository.byCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException("case"));
        List<String> ownCases = objections.ofEnforcementCase(c.caseId())
                .map(o -> List.of(c.caseNumber(), o.caseNumber())).orElse(List.of(c.caseNumber()));
        StoredLetter letter = letters.letters().find(letterId).filter(l -> ownCases.contains(l.caseReference()))
                .orElseThrow(() -> new NotFoundException("letter"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + letter.kenmerk() + ".pdf\"")
                .body(letter.pdf());
    }

    /** The fine decision as it would be sent now, for checking before it is proposed or approved. */
    @GetMapping(BASE + "/{caseNumber}/voorbeeld-besluit")
    ResponseEntity<byte[]> decisionPreview(@PathVariable String caseNumber) {
        EnforcementCase c = repository.byCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException("case"));
        Fine fine = repository.fineOfCase(c.caseId()).filter(f -> f.intentionDate() != null)
                .orElseThrow(() -> new NotFoundException("fine"));
        RenderedLetter preview = decisionLetter.preview(c, fine);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + preview.kenmerk() + ".pdf\"")
                .body(preview.pdf());
    }

    @PostMapping(BASE + "/{caseNumber}/gedrag")
    String behaviour(@PathVariable String caseNumber, @RequestParam(required = false) String behaviour,
                     @RequestParam(required = false) String reason, CurrentUser user, Model model) {
        return act(caseNumber, model, () -> tasks.assessBehaviour(caseNumber, parse(Behaviour.class, behaviour, "behaviour"),
                reason, user));
    }

    @PostMapping(BASE + "/{caseNumber}/sanctie")
    String sanction(@PathVariable String caseNumber, @RequestParam(required = false) String sanction,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) String remedyTerm,
                    @RequestParam(required = false) String dwangsomAmount, @RequestParam(required = false) String dwangsomMaximum,
                    @RequestParam(required = false) String begunstigingstermijn, CurrentUser user, Model model) {
        return act(caseNumber, model, () -> tasks.chooseSanction(caseNumber, parse(Sanction.class, sanction, "sanction"),
                reason, remedyTerm, dwangsom(dwangsomAmount, dwangsomMaximum, begunstigingstermijn), user));
    }

    @PostMapping(BASE + "/{caseNumber}/escalatie")
    String escalation(@PathVariable String caseNumber, @RequestParam(required = false) String sanction,
                      @RequestParam(required = false) String reason, @RequestParam(required = false) String dwangsomAmount,
                      @RequestParam(required = false) String dwangsomMaximum,
                      @RequestParam(required = false) String begunstigingstermijn, CurrentUser user, Model model) {
        return act(caseNumber, model, () -> tasks.chooseEscalation(caseNumber, parse(Sanction.class, sanction, "sanction"),
                reason, dwangsom(dwangsomAmount, dwangsomMaximum, begunstigingstermijn), user));
    }

    @PostMapping(BASE + "/{caseNumber}/last-besluit")
    String decideDwangsom(@PathVariable String caseNumber, @RequestParam(required = false) String outcome,
                          @RequestParam(required = false) String dwangsomAmount,
                          @RequestParam(required = false) String dwangsomMaximum,
                          @RequestParam(required = false) String begunstigingstermijn,
                          @RequestParam(required = false) String reasons, @RequestParam(required = false) String reply,
                          CurrentUser user, Model model) {
        return act(caseNumber, model, () -> tasks.decideDwangsom(caseNumber, parse(RemedialOrder.Outcome.class, outcome, "outcome"),
                dwangsom(dwangsomAmount, dwangsomMaximum, begunstigingstermijn), reasons, reply, user));
    }

    @PostMapping(BASE + "/{caseNumber}/intrekking")
    String decideRevocation(@PathVariable String caseNumber, @RequestParam(required = false) String outcome,
                            @RequestParam(required = false) String effectiveOn, @RequestParam(required = false) String reasons,
                            @RequestParam(required = false) String reply, CurrentUser user, Model model) {
        return act(caseNumber, model, () -> tasks.decideRevocation(caseNumber, parse(Revocation.Outcome.class, outcome, "outcome"),
                date(effectiveOn, "effectiveOn"), reasons, reply, user));
    }

    @PostMapping(BASE + "/{caseNumber}/zienswijze")
    String zienswijze(@PathVariable String caseNumber, @RequestParam(required = false) String zienswijze,
                      @RequestParam(required = false) String receivedOn, CurrentUser user, Model model) {
        return act(caseNumber, model, () -> requests.registerZienswijze(caseNumber, zienswijze, date(receivedOn, "receivedOn"), user));
    }

    @PostMapping(BASE + "/{caseNumber}/zienswijze-wegen")
    String weigh(@PathVariable String caseNumber, @RequestParam(required = false) String outcome,
                 @RequestParam(required = false) String amount, @RequestParam(required = false) String reply,
                 CurrentUser user, Model model) {
        return act(caseNumber, model, () -> tasks.weighZienswijze(caseNumber,
                parse(EnforcementTasks.ZienswijzeOutcome.class, outcome, "outcome"), amount(amount, false), reply, user));
    }

    @PostMapping(BASE + "/{caseNumber}/voorstel")
    String propose(@PathVariable String caseNumber, @RequestParam(required = false) String amount,
                   @RequestParam(required = false) String reason, CurrentUser user, Model model) {
        return act(caseNumber, model, () -> tasks.proposeFine(caseNumber, amount(amount, true), reason, user));
    }

    @PostMapping(BASE + "/{caseNumber}/goedkeuring")
    String approve(@PathVariable String caseNumber, @RequestParam(required = false) String decision, CurrentUser user,
                   Model model) {
        return act(caseNumber, model, () -> tasks.approveFine(caseNumber, "approve".equals(decision), user));
    }

    @PostMapping(BASE + "/{caseNumber}/bezwaar")
    String objection(@PathVariable String caseNumber, @RequestParam(required = false) String grounds,
                     @RequestParam(required = false) String receivedOn, CurrentUser user, Model model) {
        return act(caseNumber, model, () -> requests.registerObjection(caseNumber, grounds, date(receivedOn, "receivedOn"), user));
    }

    @PostMapping(BASE + "/{caseNumber}/bezwaar-beslissing")
    String decideObjection(@PathVariable String caseNumber, @RequestParam(required = false) String outcome,
                           @RequestParam(required = false) String amount, @RequestParam(required = false) String reasons,
                           CurrentUser user, Model model) {
        return act(caseNumber, model, () -> tasks.decideObjection(caseNumber,
                parse(ObjectionRepository.Outcome.class, outcome, "outcome"), amount(amount, false), reasons, user));
    }

    @PostMapping(BASE + "/{caseNumber}/beheerovername")
    String takeover(@PathVariable String caseNumber, @RequestParam(required = false) String manager,
                    @RequestParam(required = false) String managerContact, @RequestParam(required = false) String startDate,
                    @RequestParam(required = false) String scope, @RequestParam(required = false) String reply,
                    @RequestParam(required = false) List<String> tenantLanguages, CurrentUser user, Model model) {
        return act(caseNumber, model, () -> tasks.decideTakeover(caseNumber, manager, managerContact,
                date(startDate, "startDate"), scope, reply, languages(tenantLanguages), user));
    }

    @PostMapping(BASE + "/{caseNumber}/betaling")
    String payment(@PathVariable String caseNumber, @RequestParam(required = false) String paymentReference,
                   @RequestParam(required = false) String amount, @RequestParam(required = false) String bookedOn,
                   CurrentUser user, Model model) {
        EnforcementCase c = repository.byCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException("case"));
        // Without a choice the payment is on the fine, as before forfeitures could be paid here.
        String reference = paymentReference != null && !paymentReference.isBlank() ? paymentReference
                : repository.fineOfCase(c.caseId()).map(Fine::paymentReference).orElse(null);
        return act(caseNumber, model, () -> payments.register(c.caseId(), reference, amount(amount, true),
                date(bookedOn, "bookedOn"), user));
    }

    @GetMapping(BASE + "/betalingen")
    String paymentsPage() {
        return "enforcement/payments";
    }

    @PostMapping(BASE + "/betalingen")
    String importStatement(@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user, Model model) {
        try {
            model.addAttribute("report", payments.importStatement(file == null ? null : file.getBytes(), user));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
        } catch (IOException e) {
            model.addAttribute("error", new InvalidInputException("file", "enforcement.camt.empty", "Upload failed"));
        }
        return "enforcement/payments";
    }

    private String act(String caseNumber, Model model, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return render(caseNumber, model, e);
        }
        return "redirect:" + BASE + "/" + caseNumber;
    }

    private String render(String caseNumber, Model model, InvalidInputException error) {
        EnforcementCase c = repository.byCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException("case"));
        model.addAttribute("c", c);
        model.addAttribute("address", letters.addressLine(c));
        model.addAttribute("landlord", properties.landlord(c.landlordId()).orElse(null));
        model.addAttribute("violations", repository.violations(c.caseId()));
        model.addAttribute("fine", repository.fineOfCase(c.caseId()).orElse(null));
        model.addAttribute("payments", repository.fineOfCase(c.caseId()).map(f -> paymentRecords.ofFine(f.id())).orElse(List.of()));
        model.addAttribute("objection", objections.ofEnforcementCase(c.caseId()).orElse(null));
        model.addAttribute("takeover", takeovers.ofCase(c.caseId()).orElse(null));
        model.addAttribute("history", history.of(c.landlordId()));
        model.addAttribute("letters", letters.lettersOf(c.caseNumber()));
        model.addAttribute("objectionLetters", objections.ofEnforcementCase(c.caseId())
                .map(o -> letters.lettersOf(o.caseNumber())).orElse(List.of()));
        model.addAttribute("timeline", audit.timeline(c.caseNumber()));
        model.addAttribute("task", c.open() ? tasks.openTask(c).map(t -> t.getElementId()).orElse(null) : null);
        model.addAttribute("behaviours", Behaviour.values());
        boolean revocable = tasks.revocablePermit(c).isPresent();
        model.addAttribute("sanctions", Arrays.stream(Sanction.values())
                .filter(s -> s != Sanction.TAKEOVER || c.takeoverGround())
                .filter(s -> s != Sanction.REVOCATION || revocable).toList());
        RemedialOrder remedialOrder = remedialOrders.ofCase(c.caseId()).orElse(null);
        model.addAttribute("remedialOrder", remedialOrder);
        model.addAttribute("today", times.today());
        Fine fine = repository.fineOfCase(c.caseId()).orElse(null);
        List<Payable> payable = new ArrayList<>();
        if (fine != null && fine.openForPayment() && fine.outstanding().signum() > 0) {
            payable.add(fine);
        }
        if (remedialOrder != null) {
            remedialOrder.forfeitures().stream().filter(f -> f.outstanding().signum() > 0).forEach(payable::add);
        }
        model.addAttribute("payable", payable);
        model.addAttribute("revocation", revocations.ofCase(c.caseId()).orElse(null));
        model.addAttribute("dwangsomPolicy", settings.dwangsom());
        model.addAttribute("takeoverPolicy", settings.takeover());
        model.addAttribute("awaitingZienswijze", c.open() && c.zienswijze() == null && tasks.awaitingZienswijze(c));
        model.addAttribute("tenantLanguages", LetterLanguage.values());
        model.addAttribute("error", error);
        return "enforcement/case";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "enforcement.choice.invalid", "Unknown choice " + value, value);
        }
    }

    private static EnforcementTasks.DwangsomInput dwangsom(String amount, String maximum, String term) {
        return new EnforcementTasks.DwangsomInput(amount(amount, false, "dwangsomAmount"), amount(maximum, false, "dwangsomMaximum"),
                term);
    }

    private static Set<LetterLanguage> languages(List<String> values) {
        Set<LetterLanguage> languages = EnumSet.of(LetterLanguage.NL);
        if (values != null) {
            values.forEach(v -> languages.add(parse(LetterLanguage.class, v, "tenantLanguages")));
        }
        return languages;
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "enforcement.date.invalid", "Not a date: " + value, value);
        }
    }

    private static BigDecimal amount(String value, boolean required) {
        return amount(value, required, "amount");
    }

    /** Accepts 1234,56 or 1.234,56 (Dutch) and 1234.56. */
    private static BigDecimal amount(String value, boolean required, String field) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, "enforcement.amount.required", "Enter an amount above zero");
            }
            return null;
        }
        String normalised = value.trim().replace("€", "").replace(" ", "");
        if (normalised.contains(",")) {
            normalised = normalised.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(normalised);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "enforcement.amount.invalid", "Not an amount: " + value, value);
        }
    }

}
