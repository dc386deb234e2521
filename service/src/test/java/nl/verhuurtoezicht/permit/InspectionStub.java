package nl.verhuurtoezicht.permit;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for process {@code inspection} in the permit tests' own context: deploys a stub with the same id and
 * contract, and answers its job with the verdict a test set for the address (COMPLIANT otherwise). A test may hold an
 * address: its inspection then stays active, its job unanswered, until the test releases it with a verdict.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InspectionStub {

    public record Call(long caseId, long addressId, String reason) {
    }

    public static final class Verdicts {
        private final Map<Long, String> byAddress = new ConcurrentHashMap<>();
        private final Set<Long> held = ConcurrentHashMap.newKeySet();
        /** The unanswered job of each held address. */
        final Map<Long, ActivatedJob> waiting = new ConcurrentHashMap<>();
        final List<Call> calls = new CopyOnWriteArrayList<>();

        void set(long addressId, String verdict) {
            byAddress.put(addressId, verdict);
        }

        void hold(long addressId) {
            held.add(addressId);
        }

        /** Answers the held address's inspection with this verdict. */
        void release(JobClient jobs, long addressId, String verdict) {
            set(addressId, verdict);
            held.remove(addressId);
            ActivatedJob job = waiting.remove(addressId);
            if (job == null) {
                throw new IllegalStateException("No inspection of address " + addressId + " is waiting");
            }
            answer(jobs, job, addressId);
        }

        @JobWorker(type = "permit-test-inspection", autoComplete = false)
        public void inspect(JobClient jobs, ActivatedJob job, @VariablesAsType Call call) {
            calls.add(call);
            if (held.contains(call.addressId())) {
                waiting.put(call.addressId(), job);
            } else {
                answer(jobs, job, call.addressId());
            }
        }

        private void answer(JobClient jobs, ActivatedJob job, long addressId) {
            jobs.newCompleteCommand(job.getKey()).variables(Map.of("verdict", byAddress.getOrDefault(addressId, "COMPLIANT"),
                    "reportId", 9_000_000L + addressId, "inspectionCaseId", 8_000_000L + addressId)).send().join();
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
