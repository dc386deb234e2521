package nl.verhuurtoezicht.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTest extends ConformanceTest {

  private void publish(String name, String correlationKey, Duration ttl, String messageId, Map<String, Object> vars) {
    var command = client.newPublishMessageCommand().messageName(name).correlationKey(correlationKey)
        .timeToLive(ttl).variables(vars);
    if (messageId != null) {
      command = command.messageId(messageId);
    }
    command.send().join();
  }

  private List<ActivatedJob> poll(String type) {
    return Flows.jobs(client, type);
  }

  /** start → message catch (name, key = applicationId) → service task of the given type. */
  private void deployCatch(String processId, String message, String type) {
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .intermediateCatchEvent("supplementReceived").message(m -> m.name(message).zeebeCorrelationKeyExpression("applicationId"))
        .serviceTask("assess", t -> t.zeebeJobType(type)).endEvent().done(), processId);
  }

  @Test
  void messageCorrelatesByKeyAndItsVariablesReachTheProcess() {
    String processId = TestEngine.unique("supplement");
    String message = TestEngine.unique("supplement-received");
    String type = TestEngine.unique("assess");
    deployCatch(processId, message, type);
    start(processId, Map.of("applicationId", "A-1"));
    start(processId, Map.of("applicationId", "A-2"));

    publish(message, "A-2", Duration.ZERO, null, Map.of("documents", 3));

    ActivatedJob job = activateOne(type);
    assertThat(job.getVariablesAsMap()).containsEntry("applicationId", "A-2").containsEntry("documents", 3);
    assertThat(poll(type)).as("A-1 still waits").isEmpty();
  }

  @Test
  void numericCorrelationKeyMatchesItsTextForm() {
    String processId = TestEngine.unique("numeric-key");
    String message = TestEngine.unique("paid");
    String type = TestEngine.unique("after-payment");
    deployCatch(processId, message, type);
    start(processId, Map.of("applicationId", 4711));
    publish(message, "4711", Duration.ZERO, null, Map.of());
    activateOne(type);
  }

  @Test
  void bufferedMessageCorrelatesToASubscriptionOpenedLaterWithinItsTimeToLive() {
    String processId = TestEngine.unique("buffered");
    String message = TestEngine.unique("zienswijze-received");
    String type = TestEngine.unique("weigh-zienswijze");
    deployCatch(processId, message, type);

    publish(message, "B-1", Duration.ofHours(1), null, Map.of("zienswijze", "bezwaar"));
    start(processId, Map.of("applicationId", "B-1"));

    assertThat(activateOne(type).getVariablesAsMap()).containsEntry("zienswijze", "bezwaar");
  }

  @Test
  void messageWithoutTimeToLiveIsDroppedWhenNobodyWaits() {
    String processId = TestEngine.unique("unbuffered");
    String message = TestEngine.unique("too-early");
    String type = TestEngine.unique("t");
    deployCatch(processId, message, type);
    publish(message, "C-1", Duration.ZERO, null, Map.of());
    start(processId, Map.of("applicationId", "C-1"));
    assertThat(poll(type)).isEmpty();
  }

  @Test
  void bufferedMessageExpiresAfterItsTimeToLive() {
    String processId = TestEngine.unique("expired");
    String message = TestEngine.unique("late-payment");
    String type = TestEngine.unique("t");
    deployCatch(processId, message, type);
    publish(message, "D-1", Duration.ofMinutes(10), null, Map.of());
    try {
      Flows.pinClock(client, Instant.now().plus(Duration.ofMinutes(11)));
      start(processId, Map.of("applicationId", "D-1"));
      assertThat(poll(type)).as("the message expired before the subscription opened").isEmpty();
    } finally {
      Flows.resetClock(client);
    }
  }

  @Test
  void duplicateMessageIdIsRejectedWhileTheFirstIsBuffered() {
    String message = TestEngine.unique("fine-paid");
    publish(message, "E-1", Duration.ofHours(1), "payment-1", Map.of());
    assertThat(statusOf(() -> publish(message, "E-1", Duration.ofHours(1), "payment-1", Map.of())))
        .isEqualTo(Status.Code.ALREADY_EXISTS);
    publish(message, "E-1", Duration.ofHours(1), "payment-2", Map.of());
    publish(message, "E-2", Duration.ofHours(1), "payment-1", Map.of());
  }

  @Test
  void oneMessageCorrelatesToOneSubscriptionPerProcess() {
    String processId = TestEngine.unique("once-per-process");
    String message = TestEngine.unique("broadcast-like");
    String type = TestEngine.unique("t");
    deployCatch(processId, message, type);
    start(processId, Map.of("applicationId", "F-1"));
    start(processId, Map.of("applicationId", "F-1"));

    publish(message, "F-1", Duration.ZERO, null, Map.of());
    assertThat(poll(type)).hasSize(1);
    publish(message, "F-1", Duration.ZERO, null, Map.of());
    assertThat(poll(type)).hasSize(1);
  }

  @Test
  void correlateMessageAnswersWithTheInstanceItReachedAndNotFoundWhenNobodyWaits() {
    String processId = TestEngine.unique("correlate");
    String message = TestEngine.unique("supplement");
    String type = TestEngine.unique("t");
    deployCatch(processId, message, type);
    long instance = start(processId, Map.of("applicationId", "S-1"));

    var response = client.newCorrelateMessageCommand().messageName(message).correlationKey("S-1")
        .variables(Map.of("pages", 4)).send().join();

    assertThat(response.getProcessInstanceKey()).isEqualTo(instance);
    assertThat(activateOne(type).getVariablesAsMap()).containsEntry("pages", 4);
    Throwable none = org.assertj.core.api.Assertions.catchThrowable(() -> client.newCorrelateMessageCommand()
        .messageName(message).correlationKey("S-1").send().join());
    assertThat(none).isInstanceOf(io.camunda.client.api.command.ProblemException.class);
    assertThat(((io.camunda.client.api.command.ProblemException) none).code()).isEqualTo(404);
    start(processId, Map.of("applicationId", "S-1"));
    assertThat(poll(type)).as("a correlated message is not buffered").isEmpty();
  }

  @Test
  void receiveTaskWaitsForItsMessage() {
    String processId = TestEngine.unique("receive");
    String message = TestEngine.unique("documents");
    String type = TestEngine.unique("t");
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .receiveTask("awaitDocuments").message(m -> m.name(message).zeebeCorrelationKeyExpression("caseId"))
        .serviceTask("next", t -> t.zeebeJobType(type)).endEvent().done(), processId);
    start(processId, Map.of("caseId", "G-1"));
    assertThat(poll(type)).isEmpty();
    publish(message, "G-1", Duration.ZERO, null, Map.of("count", 2));
    assertThat(activateOne(type).getVariablesAsMap()).containsEntry("count", 2);
  }

  @Test
  void interruptingMessageBoundaryEndsTheTaskNonInterruptingKeepsIt() {
    String processId = TestEngine.unique("boundaries");
    String withdraw = TestEngine.unique("withdrawn");
    String note = TestEngine.unique("note-added");
    String work = TestEngine.unique("review");
    String noted = TestEngine.unique("file-note");
    String closed = TestEngine.unique("close-withdrawn");
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("review", t -> t.zeebeJobType(work))
        .boundaryEvent("noteAdded", b -> b.cancelActivity(false)).message(m -> m.name(note).zeebeCorrelationKeyExpression("caseId"))
        .serviceTask("fileNote", t -> t.zeebeJobType(noted)).endEvent()
        .moveToActivity("review")
        .boundaryEvent("withdrawn", b -> b.cancelActivity(true)).message(m -> m.name(withdraw).zeebeCorrelationKeyExpression("caseId"))
        .serviceTask("closeWithdrawn", t -> t.zeebeJobType(closed)).endEvent()
        .moveToActivity("review").endEvent().done();
    deploy(model, processId);
    start(processId, Map.of("caseId", "H-1"));
    ActivatedJob review = activateOne(work);

    publish(note, "H-1", Duration.ZERO, null, Map.of("note", "first"));
    publish(note, "H-1", Duration.ZERO, null, Map.of("note", "second"));
    assertThat(poll(noted)).as("a non-interrupting boundary fires every time").hasSize(2);

    publish(withdraw, "H-1", Duration.ZERO, null, Map.of());
    activateOne(closed);
    assertThat(statusOf(() -> client.newCompleteCommand(review).send().join())).isEqualTo(Status.Code.NOT_FOUND);
  }

  @Test
  void messageStartEventStartsAnInstanceWithTheMessageVariables() {
    String processId = TestEngine.unique("complaint");
    String message = TestEngine.unique("complaint-received");
    String type = TestEngine.unique("triage");
    deploy(Bpmn.createExecutableProcess(processId).startEvent("received").message(message)
        .serviceTask("triage", t -> t.zeebeJobType(type)).endEvent().done(), processId);
    publish(message, "", Duration.ZERO, null, Map.of("address", "Dorpsstraat 1"));
    assertThat(activateOne(type).getVariablesAsMap()).containsEntry("address", "Dorpsstraat 1");
    assertThat(statusOf(() -> start(processId, Map.of()))).as("no none start event")
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
  }

  @Test
  void messageStartWithACorrelationKeyStartsNoSecondInstanceWhileTheFirstIsActive() {
    String processId = TestEngine.unique("application");
    String message = TestEngine.unique("application-received");
    String type = TestEngine.unique("check-application");
    deploy(Bpmn.createExecutableProcess(processId).startEvent("received").message(message)
        .serviceTask("check", t -> t.zeebeJobType(type)).endEvent().done(), processId);

    publish(message, "APP-1", Duration.ZERO, null, Map.of("attempt", 1));
    publish(message, "APP-2", Duration.ZERO, null, Map.of("attempt", 1));
    publish(message, "APP-1", Duration.ofHours(1), null, Map.of("attempt", 2));
    List<ActivatedJob> first = poll(type);
    assertThat(first).hasSize(2).allSatisfy(job -> assertThat(job.getVariablesAsMap()).containsEntry("attempt", 1));

    first.forEach(job -> client.newCompleteCommand(job).send().join());
    assertThat(activateOne(type).getVariablesAsMap()).as("the buffered message starts the next instance")
        .containsEntry("attempt", 2);
  }

  /** start → event-based gateway → (message "paid" → paid task) | (timer P6W → reminder task). */
  private String deployPaymentRace(String message, String paid, String overdue) {
    String processId = TestEngine.unique("payment-race");
    deploy(Bpmn.createExecutableProcess(processId).startEvent().eventBasedGateway("waitForPayment")
        .intermediateCatchEvent("paid").message(m -> m.name(message).zeebeCorrelationKeyExpression("fineId"))
        .serviceTask("registerPayment", t -> t.zeebeJobType(paid)).endEvent()
        .moveToLastGateway()
        .intermediateCatchEvent("sixWeeks").timerWithDuration("P6W")
        .serviceTask("collect", t -> t.zeebeJobType(overdue)).endEvent().done(), processId);
    return processId;
  }

  @Test
  void eventBasedGatewayTakesTheMessagePathWhenTheMessageComesFirst() {
    String message = TestEngine.unique("fine-paid");
    String paid = TestEngine.unique("register-payment");
    String overdue = TestEngine.unique("collect");
    String processId = deployPaymentRace(message, paid, overdue);
    start(processId, Map.of("fineId", "J-1"));
    publish(message, "J-1", Duration.ZERO, null, Map.of("amount", 500));
    assertThat(activateOne(paid).getVariablesAsMap()).containsEntry("amount", 500);
    try {
      Flows.pinClock(client, Instant.now().plus(Duration.ofDays(43)));
      assertThat(poll(overdue)).as("the timer was closed").isEmpty();
    } finally {
      Flows.resetClock(client);
    }
  }

  @Test
  void eventBasedGatewayTakesTheTimerPathWhenTheTimeRunsOut() {
    String message = TestEngine.unique("fine-paid");
    String paid = TestEngine.unique("register-payment");
    String overdue = TestEngine.unique("collect");
    String processId = deployPaymentRace(message, paid, overdue);
    start(processId, Map.of("fineId", "K-1"));
    try {
      Flows.pinClock(client, Instant.now().plus(Duration.ofDays(43)));
      activateOne(overdue);
    } finally {
      Flows.resetClock(client);
    }
    publish(message, "K-1", Duration.ZERO, null, Map.of());
    assertThat(poll(paid)).as("the message subscription was closed").isEmpty();
  }

  @Test
  void missingCorrelationKeyIsRejectedAtDeploy() {
    String processId = TestEngine.unique("no-key");
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId).startEvent()
        .intermediateCatchEvent("wait").message("nameOnly").endEvent().done();
    var e = rejection(() -> deploy(model, processId));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(e.getMessage()).contains("'wait'").contains("correlationKey");
  }
}
