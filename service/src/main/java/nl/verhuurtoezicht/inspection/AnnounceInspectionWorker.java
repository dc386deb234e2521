package nl.verhuurtoezicht.inspection;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.identity.mail.Mailer;
import nl.verhuurtoezicht.identity.mail.OutgoingMail;
import nl.verhuurtoezicht.letters.LetterData;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.LetterLanguage;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.Landlord;
import nl.verhuurtoezicht.property.PropertyRegister;
import org.springframework.stereotype.Component;

/**
 * Announces an inspection to the landlord with the letter {@code aankondiging-inspectie} (Awb 5:15, 5:20), filed under
 * the TZ case, one letter per inspection and date. The letter's PDF goes by e-mail, with a short text naming its
 * kenmerk, when the landlord has an address; otherwise the letter waits in the archive to be posted and the audit
 * trail says so. Redelivered jobs find the letter and the mail already there.
 */
@Component
public class AnnounceInspectionWorker {

    static final String TYPE = "inspection-announce";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'uur'");

    public record Input(long inspectionId) {
    }

    private final InspectionRegister inspections;
    private final PropertyRegister property;
    private final InspectionLetters inspectionLetters;
    private final LetterService letters;
    private final InspectionProperties properties;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final Clock clock;

    AnnounceInspectionWorker(InspectionRegister inspections, PropertyRegister property, InspectionLetters inspectionLetters,
                             LetterService letters, InspectionProperties properties, Mailer mailer, AuditTrail audit,
                             Clock clock) {
        this.inspections = inspections;
        this.property = property;
        this.inspectionLetters = inspectionLetters;
        this.letters = letters;
        this.properties = properties;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    @JobWorker(type = TYPE)
    public void announce(@VariablesAsType Input input) {
        Inspection inspection = inspections.find(input.inspectionId()).orElseThrow();
        Address address = property.address(inspection.addressId()).orElseThrow();
        String key = "aankondiging:" + inspection.id() + ":" + inspection.scheduledOn();
        boolean issuedBefore = letters.lettersOfCase(inspection.caseNumber()).stream()
                .anyMatch(l -> l.kind() == LetterKind.AANKONDIGING_INSPECTIE && key.equals(l.idempotencyKey()));
        StoredLetter letter = letters.issue(LetterKind.AANKONDIGING_INSPECTIE, letterData(inspection, address), key);
        String email = address.landlordId() == null ? null
                : property.landlord(address.landlordId()).map(Landlord::email).orElse(null);
        if (email == null || email.isBlank()) {
            if (!issuedBefore) {
                audit.record(Actor.worker(TYPE), "inspection.announcement-not-mailed", inspection.caseNumber(), null,
                        "letter=" + letter.kenmerk() + " waits in the archive to be posted: no e-mail address known for the landlord");
            }
            return;
        }
        String body = "Geachte heer, mevrouw,\n\nIn de bijlage vindt u onze brief met kenmerk " + letter.kenmerk()
                + ": wij kondigen daarin een inspectie aan. Wij bewaren de brief in het dossier van zaak "
                + inspection.caseNumber() + ".\n";
        String mailKey = "inspection-announce:" + inspection.id() + ":" + inspection.scheduledOn();
        OutgoingMail mail = OutgoingMail.once(mailKey, email, "Aankondiging inspectie " + inspection.caseNumber(), body)
                .withLetter(letter.id());
        if (mailer.send(mail)) {
            audit.record(Actor.worker(TYPE), "inspection.announced", inspection.caseNumber(), null,
                    "letter=" + letter.kenmerk() + " mailed for " + inspection.scheduledOn());
        }
    }

    private LetterData letterData(Inspection inspection, Address address) {
        LocalTime start = inspection.scheduledTime() == null ? properties.defaultVisitTime() : inspection.scheduledTime();
        return new LetterData(inspectionLetters.landlordOf(address), inspection.caseNumber(), LocalDate.now(clock),
                LetterLanguage.NL, Map.of(
                        "adres_verblijfsruimte", address.oneLine(),
                        "inspectie_datum", inspection.scheduledOn(),
                        "inspectie_tijd", TIME.format(start),
                        "aanleiding", ReportTexts.occasion(inspection) + ".",
                        "toezichthouders", inspectionLetters.announcedInspectors(inspection.inspector())));
    }
}
