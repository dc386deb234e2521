package nl.verhuurtoezicht.permit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.identity.NotFoundException;
import nl.verhuurtoezicht.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal staff record the Bibob advice of an undecided application. The decision table {@code permit-decision} weighs
 * it: recorded before the decision facts are collected, the process reads it from the application; recorded after the
 * table already advised, the table is consulted again here with the same facts and the new Bibob advice, and the case
 * page and the process variables show the new advice.
 */
@Service
public class BibobAdvices {

    /** The degrees of risk of the Wet Bibob, as the decision table names them. */
    public enum Advice { NONE, MINOR_RISK, SERIOUS_RISK }

    /** Where the advice comes from. */
    public enum Source { LANDELIJK_BUREAU_BIBOB, EIGEN_ONDERZOEK }

    /** What legal staff enter; {@code adviceDate} as yyyy-MM-dd. */
    public record BibobForm(String advice, String source, String adviceDate, String reason) {

        static BibobForm empty() {
            return new BibobForm("", "", "", "");
        }
    }

    /** {@code reassessed}: the decision table was consulted again; {@code advice}: its advice then. */
    public record Recorded(boolean reassessed, String advice) {
    }

    private final PermitApplications applications;
    private final ApplicationSteps steps;
    private final PermitProcesses processes;
    private final AuditTrail audit;
    private final Clock clock;

    BibobAdvices(PermitApplications applications, ApplicationSteps steps, PermitProcesses processes, AuditTrail audit,
                 Clock clock) {
        this.applications = applications;
        this.steps = steps;
        this.processes = processes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the advice; bad input, or an application that is decided, changes nothing. */
    @Transactional
    public Recorded record(CurrentUser user, String caseNumber, BibobForm form) {
        long id = applications.findByCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException("Application")).id();
        // The lock orders this with the worker that stores the table's advice (see ApplicationSteps#recordAdvice).
        var row = applications.lockRow(id);
        Application application = applications.find(id).orElseThrow();
        if (application.isDecided()) {
            throw new InvalidInputException("bibobAdvice", "permit.validation.bibobDecided",
                    "The application is decided; its Bibob advice can no longer change");
        }
        Advice advice = parse(Advice.class, form.advice(), "bibobAdvice", "permit.validation.bibobAdvice");
        Source source = parse(Source.class, form.source(), "bibobSource", "permit.validation.bibobSource");
        LocalDate date = adviceDate(form.adviceDate());
        if (form.reason() == null || form.reason().isBlank()) {
            throw new InvalidInputException("bibobReason", "permit.validation.bibobReason", "The Bibob advice needs a reason");
        }
        String reason = form.reason().strip();

        row.setBibobAdvice(advice.name());
        row.setBibobAdviceSource(source.name());
        row.setBibobAdviceDate(date);
        row.setBibobAdviceReason(reason);
        row.setBibobRecordedBy(user.username());
        row.store();
        audit.record(user.actor(), "permit.bibob.recorded", caseNumber, application.bibob().advice(),
                advice + " (" + source + ", " + date + "): " + reason);
        if (application.advice() == null) {
            return new Recorded(false, null);
        }
        String reassessed = processes.evaluateAdvice(steps.decisionFacts(id));
        row.setAdvice(reassessed);
        row.setAdviceBibob(advice.name());
        row.store();
        audit.record(user.actor(), "permit.application.re-advised", caseNumber, "advice " + application.advice(),
                "advice " + reassessed + " (Bibob " + advice + ")");
        applications.processInstanceKey(application.caseId()).ifPresent(process -> processes.setVariables(process,
                Map.of("bibobAdvice", advice.name(), "advice", reassessed)));
        return new Recorded(true, reassessed);
    }

    private LocalDate adviceDate(String text) {
        try {
            LocalDate date = LocalDate.parse(text == null ? "" : text.strip());
            if (date.isAfter(LocalDate.now(clock))) {
                throw new InvalidInputException("bibobDate", "permit.validation.bibobDate", "The advice date is in the future");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("bibobDate", "permit.validation.bibobDate", "Not a date: " + text);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String messageKey) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, messageKey, "Unknown " + type.getSimpleName() + " '" + value + "'");
        }
    }
}
