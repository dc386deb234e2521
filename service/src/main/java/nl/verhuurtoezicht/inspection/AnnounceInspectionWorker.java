package nl.verhuurtoezicht.inspection;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.identity.mail.Mailer;
import nl.verhuurtoezicht.identity.mail.OutgoingMail;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.Landlord;
import nl.verhuurtoezicht.property.PropertyRegister;
import org.springframework.stereotype.Component;

/**
 * Tells the landlord the date of an announced inspection by e-mail (the mail outbox keeps one mail per idempotency
 * key, so a redelivered job sends nothing twice). A landlord without an e-mail address is told by the inspector.
 */
@Component
public class AnnounceInspectionWorker {

    static final String TYPE = "inspection-announce";
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    public record Input(long inspectionId) {
    }

    private final InspectionRegister inspections;
    private final PropertyRegister property;
    private final Mailer mailer;
    private final AuditTrail audit;

    AnnounceInspectionWorker(InspectionRegister inspections, PropertyRegister property, Mailer mailer, AuditTrail audit) {
        this.inspections = inspections;
        this.property = property;
        this.mailer = mailer;
        this.audit = audit;
    }

    @JobWorker(type = TYPE)
    public void announce(@VariablesAsType Input input) {
        Inspection inspection = inspections.find(input.inspectionId()).orElseThrow();
        Address address = property.address(inspection.addressId()).orElseThrow();
        String email = address.landlordId() == null ? null
                : property.landlord(address.landlordId()).map(Landlord::email).orElse(null);
        if (email == null || email.isBlank()) {
            audit.record(Actor.worker(TYPE), "inspection.announcement-not-mailed", inspection.caseNumber(), null,
                    "no e-mail address known for the landlord");
            return;
        }
        String body = """
                Geachte verhuurder,

                Op %s inspecteren toezichthouders van de gemeente de verblijfsruimte aan %s (zaak %s).
                Wij vragen u ervoor te zorgen dat zij toegang krijgen tot alle ruimten. U bent verplicht mee te werken
                aan toezicht (artikel 5:20 Algemene wet bestuursrecht).
                """.formatted(DUTCH_DATE.format(inspection.scheduledOn()), address.oneLine(), inspection.caseNumber());
        String key = "inspection-announce:" + inspection.id() + ":" + inspection.scheduledOn();
        if (mailer.send(OutgoingMail.once(key, email, "Aankondiging inspectie " + inspection.caseNumber(), body))) {
            audit.record(Actor.worker(TYPE), "inspection.announced", inspection.caseNumber(), null,
                    "mailed for " + inspection.scheduledOn());
        }
    }
}
