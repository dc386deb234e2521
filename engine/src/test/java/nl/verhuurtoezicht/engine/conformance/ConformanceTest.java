package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/** Shared helpers: every call goes through the genuine Camunda client. */
abstract class ConformanceTest {
  protected CamundaClient client;

  @BeforeEach
  void connect() {
    client = TestEngine.client();
  }

  @AfterEach
  void disconnect() {
    client.close();
  }

  protected void deploy(BpmnModelInstance model, String processId) {
    client.newDeployResourceCommand().addProcessModel(model, processId + ".bpmn").send().join();
  }

  protected long start(String processId, Map<String, Object> variables) {
    return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables)
        .send().join().getProcessInstanceKey();
  }

  protected List<ActivatedJob> activate(String type, int max) {
    return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(max).workerName("conformance")
        .timeout(Duration.ofMinutes(5)).requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
  }

  /** Jobs activatable right now; for asserting that none is there (no long poll to wait out). */
  protected List<ActivatedJob> activateNow(String type) {
    return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10).workerName("conformance")
        .timeout(Duration.ofMinutes(5)).requestTimeout(Duration.ofMillis(300)).send().join().getJobs();
  }

  protected ActivatedJob activateOne(String type) {
    List<ActivatedJob> jobs = activate(type, 1);
    assertThat(jobs).as("one job of type %s", type).hasSize(1);
    return jobs.get(0);
  }

  protected List<Incident> incidents(long processInstanceKey, IncidentState state) {
    return client.newIncidentSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey).state(state))
        .send().join().items();
  }

  protected static Status.Code statusOf(Executable call) {
    ClientStatusException e = catchThrowableOfType(ClientStatusException.class, call::execute);
    assertThat(e).as("expected the call to be rejected").isNotNull();
    return e.getStatus().getCode();
  }

  protected static ClientStatusException rejection(Executable call) {
    ClientStatusException e = catchThrowableOfType(ClientStatusException.class, call::execute);
    assertThat(e).as("expected the call to be rejected").isNotNull();
    return e;
  }
}
