package nl.verhuurtoezicht.inspection;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status.Code;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.PropertyRegister;
import org.springframework.stereotype.Component;

/**
 * Starts enforcement for a DEFICIENT or SERIOUS verdict by publishing {@code enforcement-requested} (contract in
 * service/docs/inspections.md). The message id is the inspection case number, so a redelivered job publishes nothing
 * new: the engine answers ALREADY_EXISTS while the first message is buffered.
 */
@Component
public class RequestEnforcementWorker {

    static final String TYPE = "inspection-request-enforcement";
    static final String MESSAGE = "enforcement-requested";
    /** Kept while no enforcement model is deployed yet, so a request is not lost during a rolling upgrade. */
    private static final Duration TIME_TO_LIVE = Duration.ofDays(1);

    public record Input(long inspectionId, List<String> violations, String reportDate) {
    }

    private final InspectionRegister inspections;
    private final PropertyRegister property;
    private final CamundaClient client;
    private final AuditTrail audit;

    RequestEnforcementWorker(InspectionRegister inspections, PropertyRegister property, CamundaClient client,
                             AuditTrail audit) {
        this.inspections = inspections;
        this.property = property;
        this.client = client;
        this.audit = audit;
    }

    @JobWorker(type = TYPE)
    public void request(@VariablesAsType Input input) {
        Inspection inspection = inspections.find(input.inspectionId()).orElseThrow();
        Address address = property.address(inspection.addressId()).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", inspection.caseId());
        variables.put("addressId", inspection.addressId());
        variables.put("landlordId", address.landlordId());
        variables.put("violations", input.violations() == null ? List.of() : input.violations());
        variables.put("reportId", inspection.id());
        variables.put("reportDate", input.reportDate());
        try {
            client.newPublishMessageCommand().messageName(MESSAGE).correlationKey(inspection.caseNumber())
                    .messageId(MESSAGE + ":" + inspection.caseNumber()).timeToLive(TIME_TO_LIVE)
                    .variables(variables).send().join();
            audit.record(Actor.worker(TYPE), "inspection.enforcement-requested", inspection.caseNumber(), null,
                    "violations=" + variables.get("violations"));
        } catch (ClientStatusException e) {
            if (e.getStatusCode() != Code.ALREADY_EXISTS) {
                throw e;
            }
        }
    }
}
