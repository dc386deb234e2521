package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JobLifecycleTest extends ConformanceTest {

  private String oneTaskProcess(int retries) {
    String id = TestEngine.unique("job");
    deploy(Bpmn.createExecutableProcess(id).startEvent()
        .serviceTask("task", t -> t.zeebeJobType(id).zeebeJobRetries(String.valueOf(retries))).endEvent().done(), id);
    return id;
  }

  @Test
  void failWithRetriesLeftMakesTheJobActivatableAgainWithFewerRetriesAndTheMessage() {
    String id = oneTaskProcess(3);
    start(id, Map.of());
    ActivatedJob job = activateOne(id);
    client.newFailCommand(job).retries(2).errorMessage("mail server down").send().join();

    ActivatedJob again = activateOne(id);
    assertThat(again.getKey()).isEqualTo(job.getKey());
    assertThat(again.getRetries()).isEqualTo(2);
  }

  @Test
  void retryBackOffDelaysReactivation() {
    String id = oneTaskProcess(3);
    start(id, Map.of());
    client.newFailCommand(activateOne(id)).retries(1).retryBackoff(Duration.ofSeconds(2)).send().join();

    var quick = client.newActivateJobsCommand().jobType(id).maxJobsToActivate(1)
        .requestTimeout(Duration.ofMillis(-1)).send().join().getJobs();
    assertThat(quick).as("still backing off").isEmpty();
    long before = System.nanoTime();
    ActivatedJob after = activateOne(id);
    assertThat(after.getRetries()).isEqualTo(1);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).isGreaterThan(1000);
  }

  @Test
  void failWithoutRetriesRaisesAnIncidentThatResolvesAfterUpdatingRetries() {
    String id = oneTaskProcess(1);
    var result = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion().withResult()
        .requestTimeout(Duration.ofSeconds(30)).send();
    ActivatedJob job = activateOne(id);
    client.newFailCommand(job).retries(0).errorMessage("letter template missing").send().join();

    List<Incident> open = incidents(job.getProcessInstanceKey(), IncidentState.ACTIVE);
    assertThat(open).singleElement().satisfies(i -> {
      assertThat(i.getErrorType()).isEqualTo(IncidentErrorType.JOB_NO_RETRIES);
      assertThat(i.getErrorMessage()).isEqualTo("letter template missing");
      assertThat(i.getJobKey()).isEqualTo(job.getKey());
      assertThat(i.getElementId()).isEqualTo("task");
    });
    assertThat(activateNow(id)).as("a failed job is not activatable").isEmpty();
    assertThat(statusOf(() -> client.newCompleteCommand(job).send().join()))
        .isEqualTo(Status.Code.FAILED_PRECONDITION);

    client.newUpdateRetriesCommand(job).retries(2).send().join();
    client.newResolveIncidentCommand(open.get(0).getIncidentKey()).send().join();

    ActivatedJob again = activateOne(id);
    assertThat(again.getRetries()).isEqualTo(2);
    client.newCompleteCommand(again).send().join();
    assertThat(result.join().getProcessInstanceKey()).isEqualTo(job.getProcessInstanceKey());
    assertThat(incidents(job.getProcessInstanceKey(), IncidentState.RESOLVED)).hasSize(1);
  }

  @Test
  void expiredJobTimeoutMakesTheJobActivatableAgainAndUpdateTimeoutExtendsIt() {
    String id = oneTaskProcess(3);
    start(id, Map.of());
    start(id, Map.of());
    List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(id).maxJobsToActivate(2)
        .timeout(Duration.ofSeconds(1)).requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
    assertThat(jobs).hasSize(2);
    client.newUpdateTimeoutCommand(jobs.get(1)).timeout(Duration.ofMinutes(5)).send().join();

    List<ActivatedJob> again = client.newActivateJobsCommand().jobType(id).maxJobsToActivate(2)
        .timeout(Duration.ofMinutes(1)).requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
    assertThat(again).extracting(ActivatedJob::getKey).containsExactly(jobs.get(0).getKey());
  }

  @Test
  void longPollIsAnsweredAsSoonAsAJobOfItsTypeIsCreated() throws Exception {
    String id = oneTaskProcess(3);
    CompletableFuture<List<ActivatedJob>> poll = client.newActivateJobsCommand().jobType(id).maxJobsToActivate(1)
        .requestTimeout(Duration.ofSeconds(20)).send().toCompletableFuture().thenApply(r -> r.getJobs());
    Thread.sleep(300);
    assertThat(poll).isNotDone();

    long started = System.nanoTime();
    long instance = start(id, Map.of());
    List<ActivatedJob> jobs = poll.get(10, TimeUnit.SECONDS);

    assertThat(jobs).singleElement().satisfies(j -> assertThat(j.getProcessInstanceKey()).isEqualTo(instance));
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(2000);
  }

  @Test
  void unknownJobKeysAreNotFoundAndBadRetriesAreInvalid() {
    long unknown = 4_503_599_627_370_495L;
    assertThat(statusOf(() -> client.newCompleteCommand(unknown).send().join())).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(statusOf(() -> client.newFailCommand(unknown).retries(1).send().join())).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(statusOf(() -> client.newThrowErrorCommand(unknown).errorCode("X").send().join()))
        .isEqualTo(Status.Code.NOT_FOUND);
    assertThat(statusOf(() -> client.newUpdateRetriesCommand(unknown).retries(1).send().join()))
        .isEqualTo(Status.Code.NOT_FOUND);
    assertThat(statusOf(() -> client.newUpdateTimeoutCommand(unknown).timeout(Duration.ofSeconds(1)).send().join()))
        .isEqualTo(Status.Code.NOT_FOUND);
    assertThat(statusOf(() -> client.newResolveIncidentCommand(unknown).send().join()))
        .isEqualTo(Status.Code.NOT_FOUND);
    assertThat(statusOf(() -> client.newCancelInstanceCommand(unknown).send().join()))
        .isEqualTo(Status.Code.NOT_FOUND);

    String id = oneTaskProcess(3);
    start(id, Map.of());
    ActivatedJob job = activateOne(id);
    assertThat(statusOf(() -> client.newUpdateRetriesCommand(job).retries(0).send().join()))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(statusOf(() -> client.newCompleteCommand(job).variables("[]").send().join()))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
    client.newCompleteCommand(job).send().join();
    assertThat(statusOf(() -> client.newCompleteCommand(job).send().join()))
        .as("a job completes once").isEqualTo(Status.Code.NOT_FOUND);
  }

  @Test
  void cancelledInstanceLosesItsJobs() {
    String id = oneTaskProcess(3);
    long instance = start(id, Map.of());
    ActivatedJob job = activateOne(id);

    client.newCancelInstanceCommand(instance).send().join();

    assertThat(statusOf(() -> client.newCompleteCommand(job).send().join())).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(statusOf(() -> client.newCancelInstanceCommand(instance).send().join()))
        .isEqualTo(Status.Code.NOT_FOUND);
  }

  @Test
  void resolvingANoRetriesIncidentWithoutNewRetriesRaisesANewIncident() {
    String id = oneTaskProcess(1);
    long instance = start(id, Map.of());
    client.newFailCommand(activateOne(id)).retries(0).errorMessage("still broken").send().join();
    Incident first = incidents(instance, IncidentState.ACTIVE).get(0);

    client.newResolveIncidentCommand(first.getIncidentKey()).send().join();

    assertThat(incidents(instance, IncidentState.ACTIVE)).singleElement().satisfies(i -> {
      assertThat(i.getIncidentKey()).isNotEqualTo(first.getIncidentKey());
      assertThat(i.getErrorType()).isEqualTo(IncidentErrorType.JOB_NO_RETRIES);
    });
    assertThat(statusOf(() -> client.newResolveIncidentCommand(first.getIncidentKey()).send().join()))
        .as("a resolved incident cannot be resolved again").isEqualTo(Status.Code.NOT_FOUND);
  }

  @Test
  void jobWorkerOfTheClientCompletesJobsEndToEnd() {
    String id = oneTaskProcess(3);
    try (var worker = client.newWorker().jobType(id)
        .handler((jobClient, job) -> jobClient.newCompleteCommand(job)
            .variables(Map.of("handledBy", "worker")).send().join())
        .open()) {
      var result = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion().withResult()
          .requestTimeout(Duration.ofSeconds(20)).send().join();
      assertThat(result.getVariablesAsMap()).containsEntry("handledBy", "worker");
    }
  }

  @Test
  void createWithResultThatDoesNotFinishInTimeIsDeadlineExceeded() {
    String id = oneTaskProcess(3);
    var e = rejection(() -> client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion().withResult()
        .requestTimeout(Duration.ofMillis(500)).send().join());
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
    assertThat(activate(id, 1)).as("the instance itself was created").hasSize(1);
  }

  @Test
  void rpcsOutsideTheScopeAnswerUnimplementedWithAMessage() {
    var e = rejection(() -> client.newModifyProcessInstanceCommand(1L).activateElement("x").send().join());
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNIMPLEMENTED);
    assertThat(e.getStatus().getDescription()).isNotBlank();
  }
}
