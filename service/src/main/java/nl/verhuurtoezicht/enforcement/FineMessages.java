package nl.verhuurtoezicht.enforcement;

import java.time.Duration;
import java.util.Map;

import io.camunda.client.CamundaClient;
import org.springframework.stereotype.Component;

/**
 * Messages to running enforcement processes. Each carries a message id, so a repeated publish (a job or an import
 * delivered twice) is buffered once; the time to live lets a message wait for a process that is between steps.
 */
@Component
class FineMessages {

    static final String ENFORCEMENT_REQUESTED = "enforcement-requested";
    static final String ZIENSWIJZE_RECEIVED = "zienswijze-received";
    static final String OBJECTION_RECEIVED = "objection-received";
    static final String FINE_PAID = "fine-paid";
    static final String FINE_CANCELLED = "fine-cancelled";
    private static final Duration TIME_TO_LIVE = Duration.ofDays(7);

    private final CamundaClient client;

    FineMessages(CamundaClient client) {
        this.client = client;
    }

    void finePaid(String paymentReference) {
        publish(FINE_PAID, paymentReference, FINE_PAID + ":" + paymentReference, Map.of());
    }

    void fineCancelled(String paymentReference) {
        publish(FINE_CANCELLED, paymentReference, FINE_CANCELLED + ":" + paymentReference, Map.of());
    }

    void zienswijzeReceived(String caseNumber) {
        publish(ZIENSWIJZE_RECEIVED, caseNumber, ZIENSWIJZE_RECEIVED + ":" + caseNumber, Map.of());
    }

    void objectionReceived(String caseNumber, String grounds, String receivedOn) {
        publish(OBJECTION_RECEIVED, caseNumber, OBJECTION_RECEIVED + ":" + caseNumber,
                Map.of("objectionGrounds", grounds, "objectionReceivedOn", receivedOn));
    }

    void enforcementRequested(String correlationKey, Map<String, Object> variables) {
        publish(ENFORCEMENT_REQUESTED, correlationKey, ENFORCEMENT_REQUESTED + ":" + correlationKey, variables);
    }

    private void publish(String name, String correlationKey, String messageId, Map<String, Object> variables) {
        try {
            client.newPublishMessageCommand().messageName(name).correlationKey(correlationKey).messageId(messageId)
                    .timeToLive(TIME_TO_LIVE).variables(variables).send().join();
        } catch (io.camunda.client.api.command.ClientStatusException e) {
            if (e.getStatusCode() != io.grpc.Status.Code.ALREADY_EXISTS) {
                throw e;
            }
        }
    }
}
