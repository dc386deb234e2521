package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Small helpers for the Engine II conformance tests; everything goes through the Camunda client. */
final class Flows {
  private Flows() {}

  static long deploy(CamundaClient client, BpmnModelInstance model, String processId) {
    return client.newDeployResourceCommand().addProcessModel(model, processId + ".bpmn").send().join()
        .getProcesses().get(0).getProcessDefinitionKey();
  }

  static long start(CamundaClient client, String processId, Object variables) {
    return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables)
        .send().join().getProcessInstanceKey();
  }

  /** Activates up to ten jobs of the type, waiting at most a short while for them. */
  static List<ActivatedJob> jobs(CamundaClient client, String type) {
    return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10).timeout(Duration.ofMinutes(5))
        .requestTimeout(Duration.ofMillis(300)).send().join().getJobs();
  }

  static ActivatedJob oneJob(CamundaClient client, String type) {
    List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10)
        .timeout(Duration.ofMinutes(5)).requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
    assertThat(jobs).as("jobs of type " + type).hasSize(1);
    return jobs.get(0);
  }

  /** Moves the engine clock (Camunda's pin-clock API); the call returns after due timers fired. */
  static void pinClock(CamundaClient client, Instant at) {
    client.newPinClockCommand().time(at).send().join();
  }

  static void resetClock(CamundaClient client) {
    client.newResetClockCommand().send().join();
  }
}
