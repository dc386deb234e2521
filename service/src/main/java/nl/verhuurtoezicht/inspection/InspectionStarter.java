package nl.verhuurtoezicht.inspection;

import io.camunda.client.CamundaClient;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Starts the {@code inspection} process directly, for risk-based planning; other journeys call it as a call activity. */
@Component
public class InspectionStarter {

    public static final String PROCESS_ID = "inspection";

    private final CamundaClient client;

    InspectionStarter(CamundaClient client) {
        this.client = client;
    }

    /** @return the process instance key */
    public long start(Long requestingCaseId, long addressId, InspectionReason reason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", requestingCaseId);
        variables.put("addressId", addressId);
        variables.put("reason", reason.name());
        return client.newCreateInstanceCommand().bpmnProcessId(PROCESS_ID).latestVersion().variables(variables)
                .send().join().getProcessInstanceKey();
    }
}
