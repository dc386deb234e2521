package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.verhuurtoezicht.engine.EngineConfig;
import nl.verhuurtoezicht.engine.LocalEngine;
import org.junit.jupiter.api.Test;

/** Back-pressure: an engine with a one-command queue refuses a burst with RESOURCE_EXHAUSTED. */
class OverloadTest {

  @Test
  void aFullCommandQueueAnswersResourceExhaustedAndARefusedCommandChangesNothing() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        LocalEngine engine = LocalEngine.start(postgres.getPostgresDatabase(),
            EngineConfig.defaults().withCommandQueueCapacity(1));
        CamundaClient client = CamundaClient.newClientBuilder().grpcAddress(engine.grpcAddress())
            .restAddress(engine.restAddress()).preferRestOverGrpc(false).build()) {
      client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("burst").startEvent()
          .serviceTask("t", t -> t.zeebeJobType("burst")).endEvent().done(), "burst.bpmn").send().join();

      List<CamundaFuture<ProcessInstanceEvent>> burst = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        burst.add(client.newCreateInstanceCommand().bpmnProcessId("burst").latestVersion().send());
      }
      int accepted = 0;
      int exhausted = 0;
      for (CamundaFuture<ProcessInstanceEvent> call : burst) {
        try {
          call.join();
          accepted++;
        } catch (ClientStatusException refused) {
          assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
          assertThat(refused.getMessage()).contains("overloaded");
          exhausted++;
        }
      }

      assertThat(exhausted).as("refused creations").isPositive();
      int jobs = 0;
      List<?> batch;
      do {
        batch = client.newActivateJobsCommand().jobType("burst").maxJobsToActivate(100)
            .requestTimeout(Duration.ofMillis(300)).send().join().getJobs();
        jobs += batch.size();
      } while (!batch.isEmpty());
      assertThat(jobs).as("instances that exist").isEqualTo(accepted);
    }
  }
}
