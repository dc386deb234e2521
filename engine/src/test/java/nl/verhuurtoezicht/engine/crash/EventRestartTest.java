package nl.verhuurtoezicht.engine.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.engine.EngineConfig;
import nl.verhuurtoezicht.engine.LocalEngine;
import nl.verhuurtoezicht.engine.ControllableClock;
import org.junit.jupiter.api.Test;

/**
 * Engine II state survives a restart on the same database: a multi-instance call activity half
 * done (call links, collected outputs), an event subprocess subscription and a non-interrupting
 * timer boundary cycle.
 */
class EventRestartTest {

  @Test
  void multiInstanceCallsEventSubprocessesAndBoundaryTimersResumeAfterARestart() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      long escalation;
      long firstVisitKey;
      try (LocalEngine first = start(postgres); CamundaClient client = client(first)) {
        client.newDeployResourceCommand()
            .addProcessModel(Bpmn.createExecutableProcess("r2-child").startEvent()
                .serviceTask("visit", t -> t.zeebeJobType("r2-child")).endEvent().done(), "child.bpmn")
            .addProcessModel(Bpmn.createExecutableProcess("r2-parent").startEvent()
                .callActivity("visitEach", c -> c.zeebeProcessId("r2-child").zeebePropagateAllChildVariables(false)
                    .zeebeOutputExpression("result", "result").multiInstance(m -> m.parallel()
                    .zeebeInputCollectionExpression("addresses").zeebeInputElement("address")
                    .zeebeOutputCollection("results").zeebeOutputElementExpression("result")))
                .serviceTask("report", t -> t.zeebeJobType("r2-report")).endEvent().done(), "parent.bpmn")
            .addProcessModel(Bpmn.createExecutableProcess("r2-escalation")
                .eventSubProcess("stop", esp -> esp.startEvent("stopped").interrupting(true)
                    .message(m -> m.name("r2-stop").zeebeCorrelationKeyExpression("caseId"))
                    .serviceTask("close", t -> t.zeebeJobType("r2-close")).endEvent())
                .startEvent().serviceTask("work", t -> t.zeebeJobType("r2-work"))
                .boundaryEvent("remind", b -> b.cancelActivity(false)).timerWithCycle("R2/PT1H")
                .serviceTask("reminder", t -> t.zeebeJobType("r2-remind")).endEvent()
                .moveToActivity("work").endEvent().done(), "escalation.bpmn")
            .send().join();
        client.newCreateInstanceCommand().bpmnProcessId("r2-parent").latestVersion()
            .variables(Map.of("addresses", List.of("Markt 1", "Markt 2"))).send().join();
        List<ActivatedJob> visits = activate(client, "r2-child", 2);
        ActivatedJob second = visits.stream().filter(j -> "Markt 2".equals(j.getVariablesAsMap().get("address")))
            .findFirst().orElseThrow();
        client.newCompleteCommand(second).variables(Map.of("result", "overcrowded")).send().join();
        firstVisitKey = visits.stream().filter(j -> j != second).findFirst().orElseThrow().getKey();
        escalation = client.newCreateInstanceCommand().bpmnProcessId("r2-escalation").latestVersion()
            .variables(Map.of("caseId", "R-1")).send().join().getProcessInstanceKey();
      }

      try (LocalEngine again = start(postgres); CamundaClient client = client(again)) {
        // The job was activated before the restart and stays activated for its timeout.
        client.newCompleteCommand(firstVisitKey).variables(Map.of("result", "fine")).send().join();
        assertThat(activate(client, "r2-report", 1).get(0).getVariablesAsMap())
            .containsEntry("results", List.of("fine", "overcrowded"));

        ActivatedJob work = activate(client, "r2-work", 1).get(0);
        client.newPinClockCommand().time(Instant.now().plus(Duration.ofMinutes(90))).send().join();
        activate(client, "r2-remind", 1);
        client.newPublishMessageCommand().messageName("r2-stop").correlationKey("R-1").send().join();
        ActivatedJob close = activate(client, "r2-close", 1).get(0);
        assertThat(close.getProcessInstanceKey()).isEqualTo(escalation);
        Throwable gone = org.assertj.core.api.Assertions.catchThrowable(
            () -> client.newCompleteCommand(work).send().join());
        assertThat(((ClientStatusException) gone).getStatusCode()).isEqualTo(Status.Code.NOT_FOUND);
      }
    }
  }

  private static LocalEngine start(EmbeddedPostgres postgres) throws Exception {
    return LocalEngine.start(postgres.getPostgresDatabase(),
        EngineConfig.defaults().withClock(new ControllableClock(Clock.systemUTC())));
  }

  private static CamundaClient client(LocalEngine engine) {
    return CamundaClient.newClientBuilder().grpcAddress(engine.grpcAddress()).restAddress(engine.restAddress())
        .preferRestOverGrpc(false).defaultRequestTimeout(Duration.ofSeconds(20)).build();
  }

  private static List<ActivatedJob> activate(CamundaClient client, String type, int count) {
    List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(count)
        .timeout(Duration.ofMinutes(5)).requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
    assertThat(jobs).as("jobs of type %s", type).hasSize(count);
    return jobs;
  }
}
