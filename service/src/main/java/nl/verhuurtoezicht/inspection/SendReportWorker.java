package nl.verhuurtoezicht.inspection;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.letters.LetterData;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.LetterLanguage;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.letters.LetterTable;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.PropertyRegister;
import nl.verhuurtoezicht.rules.Evaluation;
import nl.verhuurtoezicht.rules.EvaluationJson;
import nl.verhuurtoezicht.rules.FactsJson;
import nl.verhuurtoezicht.rules.Finding;
import nl.verhuurtoezicht.rules.InspectionFacts;
import nl.verhuurtoezicht.rules.Language;
import nl.verhuurtoezicht.rules.Status;
import org.springframework.stereotype.Component;

/**
 * Sends the rapport van bevindingen (Awb 5:48) to the landlord: one letter per inspection, whatever the number of
 * deliveries of this job (the letter service is idempotent on the key).
 */
@Component
public class SendReportWorker {

    static final String TYPE = "inspection-report";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'uur'");

    public record Input(long inspectionId) {
    }

    private final InspectionRegister inspections;
    private final PropertyRegister property;
    private final LetterService letters;
    private final InspectionLetters inspectionLetters;
    private final CaseRegister cases;
    private final AuditTrail audit;
    private final Clock clock;

    SendReportWorker(InspectionRegister inspections, PropertyRegister property, LetterService letters,
                     InspectionLetters inspectionLetters, CaseRegister cases, AuditTrail audit, Clock clock) {
        this.inspections = inspections;
        this.property = property;
        this.letters = letters;
        this.inspectionLetters = inspectionLetters;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    @JobWorker(type = TYPE)
    public Map<String, Object> send(@VariablesAsType Input input) {
        Inspection inspection = inspections.find(input.inspectionId()).orElseThrow();
        Address address = property.address(inspection.addressId()).orElseThrow();
        InspectionFacts facts = FactsJson.parse(inspection.factsJson());
        Evaluation evaluation = EvaluationJson.parse(inspection.evaluationJson());
        OffsetDateTime visitedAt = inspection.submittedAt();
        Map<String, Object> values = new HashMap<>();
        values.put("adres_verblijfsruimte", address.oneLine());
        values.put("inspectie_datum", facts.inspectionDate());
        values.put("inspectie_tijd", TIME.format(visitedAt.atZoneSameInstant(ZoneId.of("Europe/Amsterdam"))));
        values.put("toezichthouders", inspectionLetters.inspectors(inspection.inspector()));
        Integer present = facts.occupants().present();
        values.put("aantal_bewoners", present == null ? "niet vastgesteld" : present);
        values.put("aanleiding", ReportTexts.occasion(inspection));
        values.put("bevindingen", findingsTable(evaluation));
        values.put("conclusie", ReportTexts.conclusion(evaluation.verdict()));
        LetterData data = new LetterData(inspectionLetters.landlordOf(address), inspection.caseNumber(), LocalDate.now(clock),
                LetterLanguage.NL, values);
        StoredLetter letter = letters.issue(LetterKind.INSPECTIERAPPORT, data, "inspectierapport:" + inspection.caseNumber());
        if (inspections.storeReport(inspection.id(), letter.id())) {
            audit.record(Actor.worker(TYPE), "inspection.report-sent", inspection.caseNumber(), null,
                    "letter=" + letter.kenmerk());
        }
        // The inspection's own work ends with its report; enforcement goes on in a case of its own (a child of this one).
        cases.close(inspection.caseId(), "REPORTED_" + evaluation.verdict().name());
        return Map.of("reportDate", letter.letterDate().toString());
    }

    private static LetterTable findingsTable(Evaluation evaluation) {
        List<List<Object>> rows = new ArrayList<>();
        evaluation.findings().stream()
                .filter(f -> f.status() != Status.NOT_ASSESSED)
                .sorted(Comparator.comparing((Finding f) -> f.status() != Status.FAIL))
                .forEach(f -> rows.add(List.of(f.message(), display(f.measured() == null ? null : f.measured().display(Language.NL)),
                        display(f.threshold() == null ? null : f.threshold().display(Language.NL)),
                        display(f.legalBasis()), f.status() == Status.FAIL ? "voldoet niet" : "voldoet")));
        if (rows.isEmpty()) {
            rows.add(List.of("Geen norm beoordeeld", "-", "-", "-", "-"));
        }
        return new LetterTable(List.of("Norm", "Gemeten", "Grenswaarde", "Wettelijke grondslag", "Oordeel"),
                List.of(30, 18, 18, 34, 14), rows);
    }

    private static String display(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
