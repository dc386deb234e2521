package nl.verhuurtoezicht.engine.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.engine.EngineConfig;
import nl.verhuurtoezicht.engine.LocalEngine;
import org.junit.jupiter.api.Test;

/**
 * Everything an instance can be in the middle of (a waiting join, a nested scope with local
 * variables, an open incident, an activated job) survives a restart of the engine on its database.
 */
class RestartTest {

  @Test
  void aRestartedEngineResumesJoinsNestedScopesIncidentsAndActivatedJobs() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      long instance;
      long activatedJobKey;
      try (LocalEngine first = LocalEngine.start(postgres.getPostgresDatabase(), EngineConfig.defaults());
          CamundaClient client = client(first)) {
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("restart").startEvent()
            .parallelGateway("fork")
            .serviceTask("quick", t -> t.zeebeJobType("restart-quick")).parallelGateway("join")
            .serviceTask("final", t -> t.zeebeJobType("restart-final")).endEvent()
            .moveToNode("fork").subProcess("case").zeebeInputExpression("\"local\"", "scoped")
            .embeddedSubProcess().startEvent()
            .serviceTask("fragile", t -> t.zeebeJobType("restart-fragile").zeebeJobRetries("1"))
            .serviceTask("inner", t -> t.zeebeJobType("restart-inner")).endEvent()
            .subProcessDone().connectTo("join")
            .done(), "restart.bpmn").send().join();

        instance = client.newCreateInstanceCommand().bpmnProcessId("restart").latestVersion()
            .variables(Map.of("caseId", "Z-1")).send().join().getProcessInstanceKey();
        client.newCompleteCommand(activate(client, "restart-quick")).variables(Map.of("quickDone", true))
            .send().join();
        client.newFailCommand(activate(client, "restart-fragile")).retries(0).errorMessage("archive offline")
            .send().join();
        assertThat(incidents(client, instance)).hasSize(1);
      }

      try (LocalEngine second = LocalEngine.start(postgres.getPostgresDatabase(), EngineConfig.defaults());
          CamundaClient client = client(second)) {
        List<Incident> open = incidents(client, instance);
        assertThat(open).singleElement().satisfies(i -> {
          assertThat(i.getElementId()).isEqualTo("fragile");
          assertThat(i.getErrorMessage()).isEqualTo("archive offline");
        });
        client.newUpdateRetriesCommand(open.get(0).getJobKey()).retries(1).send().join();
        client.newResolveIncidentCommand(open.get(0).getIncidentKey()).send().join();
        ActivatedJob fragile = activate(client, "restart-fragile");
        assertThat(fragile.getVariablesAsMap()).containsEntry("scoped", "local").containsEntry("caseId", "Z-1");
        client.newCompleteCommand(fragile).send().join();
        activatedJobKey = activate(client, "restart-inner").getKey();
      }

      try (LocalEngine third = LocalEngine.start(postgres.getPostgresDatabase(), EngineConfig.defaults());
          CamundaClient client = client(third)) {
        client.newCompleteCommand(activatedJobKey).send().join();
        ActivatedJob last = activate(client, "restart-final");
        assertThat(last.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(last.getVariablesAsMap()).containsEntry("quickDone", true).doesNotContainKey("scoped");
        client.newCompleteCommand(last).send().join();
        assertThat(client.newActivateJobsCommand().jobType("restart-final").maxJobsToActivate(1)
            .requestTimeout(Duration.ofMillis(300)).send().join().getJobs()).isEmpty();
      }
    }
  }

  private static CamundaClient client(LocalEngine engine) {
    return CamundaClient.newClientBuilder().grpcAddress(engine.grpcAddress()).restAddress(engine.restAddress())
        .preferRestOverGrpc(false).defaultRequestTimeout(Duration.ofSeconds(20)).build();
  }

  private static ActivatedJob activate(CamundaClient client, String type) {
    List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1)
        .timeout(Duration.ofMinutes(5)).requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
    assertThat(jobs).as("a job of type %s", type).hasSize(1);
    return jobs.get(0);
  }

  private static List<Incident> incidents(CamundaClient client, long instance) {
    return client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance).state(IncidentState.ACTIVE))
        .send().join().items();
  }
}
