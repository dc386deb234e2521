package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceTaskTest {
  private CamundaClient client;

  @BeforeEach
  void connect() {
    client = TestEngine.client();
  }

  @AfterEach
  void disconnect() {
    client.close();
  }

  @Test
  void topologyShowsOneHealthyLeaderPartition() {
    var topology = client.newTopologyRequest().send().join();
    assertThat(topology.getClusterSize()).isEqualTo(1);
    assertThat(topology.getPartitionsCount()).isEqualTo(1);
    assertThat(topology.getBrokers()).hasSize(1);
    assertThat(topology.getBrokers().get(0).getPartitions().get(0).isLeader()).isTrue();
  }

  @Test
  void serviceTaskJobCarriesHeadersAndVariablesAndItsResultReachesTheProcess() {
    String processId = TestEngine.unique("svc");
    String type = TestEngine.unique("check-completeness");
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId)
        .startEvent("start")
        .serviceTask("check", t -> t.zeebeJobType(type).zeebeJobRetries("5").zeebeTaskHeader("letter", "L-01"))
        .endEvent("end")
        .done();
    DeploymentEvent deployment = client.newDeployResourceCommand()
        .addProcessModel(model, processId + ".bpmn").send().join();
    assertThat(deployment.getProcesses()).singleElement()
        .satisfies(p -> {
          assertThat(p.getBpmnProcessId()).isEqualTo(processId);
          assertThat(p.getVersion()).isEqualTo(1);
        });

    var result = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(Map.of("applicationId", 42)).withResult().requestTimeout(Duration.ofSeconds(20)).send();

    List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(5)
        .workerName("test-worker").timeout(Duration.ofMinutes(1)).requestTimeout(Duration.ofSeconds(10))
        .send().join().getJobs();
    assertThat(jobs).hasSize(1);
    ActivatedJob job = jobs.get(0);
    assertThat(job.getType()).isEqualTo(type);
    assertThat(job.getElementId()).isEqualTo("check");
    assertThat(job.getBpmnProcessId()).isEqualTo(processId);
    assertThat(job.getRetries()).isEqualTo(5);
    assertThat(job.getWorker()).isEqualTo("test-worker");
    assertThat(job.getCustomHeaders()).containsEntry("letter", "L-01");
    assertThat(job.getVariablesAsMap()).containsEntry("applicationId", 42);

    client.newCompleteCommand(job.getKey()).variables(Map.of("complete", true)).send().join();

    ProcessInstanceResult finished = result.join();
    assertThat(finished.getVariablesAsMap()).containsEntry("applicationId", 42).containsEntry("complete", true);
    assertThat(finished.getProcessInstanceKey()).isEqualTo(job.getProcessInstanceKey());
  }
}
