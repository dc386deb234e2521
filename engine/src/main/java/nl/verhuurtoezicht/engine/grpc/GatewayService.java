package nl.verhuurtoezicht.engine.grpc;

import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.*;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.IntSupplier;
import nl.verhuurtoezicht.engine.command.CommandProcessor;
import nl.verhuurtoezicht.engine.command.JobPoll;
import nl.verhuurtoezicht.engine.exec.EngineException;
import nl.verhuurtoezicht.engine.exec.Json;
import nl.verhuurtoezicht.engine.exec.Views;

/** The Zeebe gateway gRPC API. RPCs not overridden here answer UNIMPLEMENTED. */
public final class GatewayService extends GatewayGrpc.GatewayImplBase {
  /** Zeebe's gateway uses this long-polling timeout when a request asks for the default (0). */
  private static final long DEFAULT_LONG_POLL_MILLIS = 10_000;
  private static final String TENANT = "<default>";

  private final CommandProcessor processor;
  private final String host;
  private final IntSupplier port;
  private final String version;

  public GatewayService(CommandProcessor processor, String host, IntSupplier port, String version) {
    this.processor = processor;
    this.host = host;
    this.port = port;
    this.version = version;
  }

  @Override
  public void topology(TopologyRequest request, StreamObserver<TopologyResponse> response) {
    Partition partition = Partition.newBuilder()
        .setPartitionId(1)
        .setRole(Partition.PartitionBrokerRole.LEADER)
        .setHealth(Partition.PartitionBrokerHealth.HEALTHY)
        .build();
    BrokerInfo broker = BrokerInfo.newBuilder()
        .setNodeId(0).setHost(host).setPort(port.getAsInt()).setVersion(version).addPartitions(partition).build();
    response.onNext(TopologyResponse.newBuilder()
        .addBrokers(broker).setClusterSize(1).setPartitionsCount(1).setReplicationFactor(1)
        .setGatewayVersion(version).build());
    response.onCompleted();
  }

  @Override
  public void deployResource(DeployResourceRequest request, StreamObserver<DeployResourceResponse> response) {
    List<Views.Resource> resources = new ArrayList<>();
    for (Resource resource : request.getResourcesList()) {
      resources.add(new Views.Resource(resource.getName(), resource.getContent().toByteArray()));
    }
    reply(processor.submit(engine -> engine.deploy(resources)), response, deployment -> {
      DeployResourceResponse.Builder builder =
          DeployResourceResponse.newBuilder().setKey(deployment.key()).setTenantId(TENANT);
      for (Views.DeployedProcess process : deployment.processes()) {
        builder.addDeployments(Deployment.newBuilder().setProcess(ProcessMetadata.newBuilder()
            .setBpmnProcessId(process.bpmnProcessId()).setVersion(process.version())
            .setProcessDefinitionKey(process.processDefinitionKey()).setResourceName(process.resourceName())
            .setTenantId(TENANT)));
      }
      DecisionReplies.addDecisions(builder, deployment.decisions());
      return builder.build();
    });
  }

  @Override
  public void createProcessInstance(
      CreateProcessInstanceRequest request, StreamObserver<CreateProcessInstanceResponse> response) {
    if (rejectStartInstructions(request, response)) {
      return;
    }
    reply(create(request), response, created -> CreateProcessInstanceResponse.newBuilder()
        .setProcessDefinitionKey(created.processDefinitionKey()).setBpmnProcessId(created.bpmnProcessId())
        .setVersion(created.version()).setProcessInstanceKey(created.processInstanceKey()).setTenantId(TENANT)
        .build());
  }

  private CompletableFuture<Views.CreatedInstance> create(CreateProcessInstanceRequest request) {
    return processor.submit(engine -> engine.createProcessInstance(request.getProcessDefinitionKey(),
        request.getBpmnProcessId(), request.getVersion(), request.getVariables()));
  }

  private static boolean rejectStartInstructions(CreateProcessInstanceRequest request, StreamObserver<?> response) {
    if (request.getStartInstructionsCount() > 0 || request.getRuntimeInstructionsCount() > 0) {
      response.onError(Status.INVALID_ARGUMENT
          .withDescription("Start and runtime instructions are not supported by this engine").asRuntimeException());
      return true;
    }
    return false;
  }

  @Override
  public void createProcessInstanceWithResult(
      CreateProcessInstanceWithResultRequest request,
      StreamObserver<CreateProcessInstanceWithResultResponse> response) {
    if (rejectStartInstructions(request.getRequest(), response)) {
      return;
    }
    long timeout = request.getRequestTimeout() > 0 ? request.getRequestTimeout() : DEFAULT_LONG_POLL_MILLIS;
    List<String> fetch = request.getFetchVariablesList();
    CompletableFuture<CreateProcessInstanceWithResultResponse> result = new CompletableFuture<>();
    // The waiter is registered on the writer thread inside the same command, before any completion can be seen.
    processor.submit(engine -> {
          Views.CreatedInstance created = engine.createProcessInstance(request.getRequest().getProcessDefinitionKey(),
              request.getRequest().getBpmnProcessId(), request.getRequest().getVersion(),
              request.getRequest().getVariables());
          processor.awaitCompletion(created.processInstanceKey(), timeout).whenComplete((variables, failure) -> {
            if (failure != null) {
              result.completeExceptionally(failure);
              return;
            }
            Map<String, String> selected = new LinkedHashMap<>();
            variables.forEach((name, value) -> {
              if (fetch.isEmpty() || fetch.contains(name)) {
                selected.put(name, value);
              }
            });
            result.complete(CreateProcessInstanceWithResultResponse.newBuilder()
                .setProcessDefinitionKey(created.processDefinitionKey()).setBpmnProcessId(created.bpmnProcessId())
                .setVersion(created.version()).setProcessInstanceKey(created.processInstanceKey())
                .setVariables(Json.document(selected)).setTenantId(TENANT).build());
          });
          return created;
        })
        .whenComplete((created, failure) -> {
          if (failure != null) {
            result.completeExceptionally(failure);
          }
        });
    reply(result, response, Function.identity());
  }

  @Override
  public void cancelProcessInstance(
      CancelProcessInstanceRequest request, StreamObserver<CancelProcessInstanceResponse> response) {
    reply(processor.submit(engine -> {
      engine.cancelProcessInstance(request.getProcessInstanceKey());
      return Boolean.TRUE;
    }), response, done -> CancelProcessInstanceResponse.getDefaultInstance());
  }

  @Override
  public void activateJobs(ActivateJobsRequest request, StreamObserver<ActivateJobsResponse> response) {
    if (request.getType().isBlank() || request.getMaxJobsToActivate() < 1) {
      response.onError(Status.INVALID_ARGUMENT.withDescription(
          "Expected a job type and maxJobsToActivate greater than zero").asRuntimeException());
      return;
    }
    long requestTimeout = request.getRequestTimeout() == 0 ? DEFAULT_LONG_POLL_MILLIS : request.getRequestTimeout();
    JobPoll poll = new JobPoll(request.getType(), request.getWorker(), request.getTimeout(),
        request.getMaxJobsToActivate(), request.getFetchVariableList(),
        jobs -> {
          ActivateJobsResponse.Builder builder = ActivateJobsResponse.newBuilder();
          jobs.forEach(job -> builder.addJobs(toProto(job)));
          send(response, builder.build());
        },
        () -> complete(response));
    if (response instanceof ServerCallStreamObserver<ActivateJobsResponse> call) {
      call.setOnCancelHandler(poll::cancel);
    }
    processor.activateJobs(poll, requestTimeout);
  }

  private static void send(StreamObserver<ActivateJobsResponse> response, ActivateJobsResponse message) {
    try {
      response.onNext(message);
      response.onCompleted();
    } catch (RuntimeException cancelled) {
      // The client went away; its jobs time out and become activatable again.
    }
  }

  private static void complete(StreamObserver<ActivateJobsResponse> response) {
    try {
      response.onCompleted();
    } catch (RuntimeException cancelled) {
      // The client went away before the poll expired.
    }
  }

  private static ActivatedJob toProto(Views.ActivatedJob job) {
    return ActivatedJob.newBuilder()
        .setKey(job.key()).setType(job.type()).setProcessInstanceKey(job.processInstanceKey())
        .setBpmnProcessId(job.bpmnProcessId()).setProcessDefinitionVersion(job.processDefinitionVersion())
        .setProcessDefinitionKey(job.processDefinitionKey()).setElementId(job.elementId())
        .setElementInstanceKey(job.elementInstanceKey()).setCustomHeaders(job.customHeaders())
        .setWorker(job.worker()).setRetries(job.retries()).setDeadline(job.deadline())
        .setVariables(job.variables()).setTenantId(TENANT).setKind(ActivatedJob.JobKind.BPMN_ELEMENT)
        .setListenerEventType(ActivatedJob.ListenerEventType.UNSPECIFIED)
        .build();
  }

  @Override
  public void completeJob(CompleteJobRequest request, StreamObserver<CompleteJobResponse> response) {
    reply(processor.submit(engine -> {
      engine.completeJob(request.getJobKey(), request.getVariables());
      return Boolean.TRUE;
    }), response, done -> CompleteJobResponse.getDefaultInstance());
  }

  @Override
  public void failJob(FailJobRequest request, StreamObserver<FailJobResponse> response) {
    reply(processor.submit(engine -> {
      engine.failJob(request.getJobKey(), request.getRetries(), request.getErrorMessage(), request.getRetryBackOff(),
          request.getVariables());
      return Boolean.TRUE;
    }), response, done -> FailJobResponse.getDefaultInstance());
  }

  @Override
  public void throwError(ThrowErrorRequest request, StreamObserver<ThrowErrorResponse> response) {
    reply(processor.submit(engine -> {
      engine.throwError(request.getJobKey(), request.getErrorCode(), request.getErrorMessage(),
          request.getVariables());
      return Boolean.TRUE;
    }), response, done -> ThrowErrorResponse.getDefaultInstance());
  }

  @Override
  public void updateJobRetries(UpdateJobRetriesRequest request, StreamObserver<UpdateJobRetriesResponse> response) {
    reply(processor.submit(engine -> {
      engine.updateJobRetries(request.getJobKey(), request.getRetries());
      return Boolean.TRUE;
    }), response, done -> UpdateJobRetriesResponse.getDefaultInstance());
  }

  @Override
  public void updateJobTimeout(UpdateJobTimeoutRequest request, StreamObserver<UpdateJobTimeoutResponse> response) {
    reply(processor.submit(engine -> {
      engine.updateJobTimeout(request.getJobKey(), request.getTimeout());
      return Boolean.TRUE;
    }), response, done -> UpdateJobTimeoutResponse.getDefaultInstance());
  }

  @Override
  public void setVariables(SetVariablesRequest request, StreamObserver<SetVariablesResponse> response) {
    reply(processor.submit(engine ->
            engine.setVariables(request.getElementInstanceKey(), request.getVariables(), request.getLocal())),
        response, key -> SetVariablesResponse.newBuilder().setKey(key).build());
  }

  @Override
  public void resolveIncident(ResolveIncidentRequest request, StreamObserver<ResolveIncidentResponse> response) {
    reply(processor.submit(engine -> {
      engine.resolveIncident(request.getIncidentKey());
      return Boolean.TRUE;
    }), response, done -> ResolveIncidentResponse.getDefaultInstance());
  }

  @Override
  public void publishMessage(PublishMessageRequest request, StreamObserver<PublishMessageResponse> response) {
    reply(processor.submit(engine -> engine.events().publishMessage(request.getName(), request.getCorrelationKey(),
            request.getTimeToLive(), request.getMessageId(), request.getVariables())),
        response, key -> PublishMessageResponse.newBuilder().setKey(key).setTenantId(TENANT).build());
  }

  @Override
  public void broadcastSignal(BroadcastSignalRequest request, StreamObserver<BroadcastSignalResponse> response) {
    reply(processor.submit(engine -> engine.events().broadcastSignal(request.getSignalName(),
            request.getVariables())),
        response, key -> BroadcastSignalResponse.newBuilder().setKey(key).setTenantId(TENANT).build());
  }

  @Override
  public void evaluateDecision(EvaluateDecisionRequest request, StreamObserver<EvaluateDecisionResponse> response) {
    reply(processor.submit(engine -> engine.events().evaluateDecision(request.getDecisionKey(),
        request.getDecisionId(), request.getVariables())), response, DecisionReplies::evaluation);
  }

  private static <R, P> void reply(CompletableFuture<R> future, StreamObserver<P> response, Function<R, P> toProto) {
    future.whenComplete((result, failure) -> {
      try {
        if (failure == null) {
          response.onNext(toProto.apply(result));
          response.onCompleted();
        } else {
          response.onError(toStatus(failure).asRuntimeException());
        }
      } catch (RuntimeException cancelled) {
        // The client cancelled the call; the command itself has been applied or rejected.
      }
    });
  }

  static Status toStatus(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof EngineException e) {
      Status status = switch (e.reason()) {
        case NOT_FOUND -> Status.NOT_FOUND;
        case INVALID_ARGUMENT -> Status.INVALID_ARGUMENT;
        case FAILED_PRECONDITION -> Status.FAILED_PRECONDITION;
        case ALREADY_EXISTS -> Status.ALREADY_EXISTS;
        case RESOURCE_EXHAUSTED -> Status.RESOURCE_EXHAUSTED;
        case DEADLINE_EXCEEDED -> Status.DEADLINE_EXCEEDED;
        case UNAVAILABLE -> Status.UNAVAILABLE;
      };
      return status.withDescription(e.getMessage());
    }
    return Status.INTERNAL.withDescription(String.valueOf(cause.getMessage())).withCause(cause);
  }
}
