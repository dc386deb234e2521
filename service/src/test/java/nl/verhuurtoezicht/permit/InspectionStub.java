package nl.verhuurtoezicht.permit;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for process {@code inspection} until the inspection feature is on main: deploys a stub with the same id
 * and contract, and answers its job with the verdict a test set for the address (COMPLIANT otherwise).
 */
@TestConfiguration(proxyBeanMethods = false)
public class InspectionStub {

    public record Call(long caseId, long addressId, String reason) {
    }

    public static final class Verdicts {
        private final Map<Long, String> byAddress = new ConcurrentHashMap<>();
        final List<Call> calls = new CopyOnWriteArrayList<>();

        void set(long addressId, String verdict) {
            byAddress.put(addressId, verdict);
        }

        @JobWorker(type = "permit-test-inspection")
        public Map<String, Object> inspect(@VariablesAsType Call call) {
            calls.add(call);
            return Map.of("verdict", byAddress.getOrDefault(call.addressId(), "COMPLIANT"),
                    "reportId", 9_000_000L + call.addressId(), "inspectionCaseId", 8_000_000L + call.addressId());
        }
    }

    @Bean
    Verdicts stubVerdicts() {
        return new Verdicts();
    }

    @Bean
    SmartInitializingSingleton deployInspectionStub(CamundaClient client) {
        return () -> {
            try (InputStream in = InspectionStub.class.getResourceAsStream("/permit/inspection-stub.bpmn")) {
                client.newDeployResourceCommand().addResourceBytes(in.readAllBytes(), "inspection-stub.bpmn").send().join();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
