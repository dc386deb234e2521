package nl.verhuurtoezicht.inspection;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.cases.CaseType;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.PropertyRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Opens the TZ case and the inspection row for a started {@code inspection} process; once per process instance. */
@Component
public class OpenInspectionWorker {

    static final String TYPE = "inspection-open";

    public record Input(Long caseId, Long addressId, String reason) {
    }

    private final InspectionRegister inspections;
    private final CaseRegister cases;
    private final PropertyRegister property;
    private final AuditTrail audit;
    private final InspectionProperties properties;
    private final TransactionTemplate transaction;

    OpenInspectionWorker(InspectionRegister inspections, CaseRegister cases, PropertyRegister property, AuditTrail audit,
                         InspectionProperties properties, TransactionTemplate transaction) {
        this.inspections = inspections;
        this.cases = cases;
        this.property = property;
        this.audit = audit;
        this.properties = properties;
        this.transaction = transaction;
    }

    @JobWorker(type = TYPE)
    public Map<String, Object> open(ActivatedJob job, @VariablesAsType Input input) {
        long processInstanceKey = job.getProcessInstanceKey();
        Inspection inspection = inspections.byProcessInstance(processInstanceKey)
                .orElseGet(() -> transaction.execute(status -> openNew(input, processInstanceKey)));
        return Map.of("inspectionId", inspection.id(), "inspectionCaseId", inspection.caseId(),
                "reportId", inspection.id(), "maxFailedVisits", properties.maxFailedVisits(), "failedVisits", 0);
    }

    private Inspection openNew(Input input, long processInstanceKey) {
        if (input.addressId() == null || input.reason() == null) {
            throw new IllegalArgumentException("inspection needs addressId and reason, got " + input);
        }
        InspectionReason reason = InspectionReason.valueOf(input.reason());
        Address address = property.address(input.addressId())
                .orElseThrow(() -> new IllegalArgumentException("no address " + input.addressId()));
        CaseFile tz = cases.open(CaseType.INSPECTION, address.landlordId(), address.id(), input.caseId(), "TO_SCHEDULE");
        cases.attachProcessInstance(tz.id(), processInstanceKey);
        long id = inspections.open(tz.id(), input.caseId(), address.id(), reason, processInstanceKey);
        audit.record(Actor.worker(TYPE), "inspection.opened", tz.caseNumber(), null,
                "reason=" + reason + ", address=" + address.oneLine());
        return inspections.find(id).orElseThrow();
    }
}
