package nl.verhuurtoezicht.engine.exec;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.engine.exec.EngineException.Reason;
import nl.verhuurtoezicht.engine.dmn.DecisionResource;
import nl.verhuurtoezicht.engine.feel.FeelExpressions;
import nl.verhuurtoezicht.engine.model.DeploymentRejected;
import nl.verhuurtoezicht.engine.model.ModelCompiler;
import nl.verhuurtoezicht.engine.model.ProcessModel;
import nl.verhuurtoezicht.engine.state.ElementInstance;
import nl.verhuurtoezicht.engine.state.EngineState;
import nl.verhuurtoezicht.engine.state.Incident;
import nl.verhuurtoezicht.engine.state.Job;
import nl.verhuurtoezicht.engine.state.JobState;
import nl.verhuurtoezicht.engine.state.ProcessDefinition;
import nl.verhuurtoezicht.engine.state.ProcessInstanceRow;

/**
 * The engine's commands, as Zeebe's gateway exposes them. Runs on the single writer thread only;
 * a command either throws {@link EngineException} before changing anything or applies fully.
 */
public final class Engine {
  private final BpmnExecutor executor;
  private final ModelCompiler compiler;
  private final EventCommands eventCommands;

  public Engine(EngineState state, FeelExpressions feel, ModelCompiler compiler, KeyGenerator keys, Clock clock,
      EngineEvents events) {
    this.executor = new BpmnExecutor(state, feel, keys, clock, events);
    this.compiler = compiler;
    this.eventCommands = new EventCommands(executor);
  }

  /** Messages, signals, decisions, user tasks and timers (Engine II). */
  public EventCommands events() {
    return eventCommands;
  }

  public EngineState state() {
    return executor.state();
  }

  /** Replaces the in-memory state, e.g. after a failed write was rolled back. */
  public void replaceState(EngineState state) {
    executor.replaceState(state);
  }

  // ---- deployment

  public Views.Deployment deploy(List<Views.Resource> resources) {
    if (resources.isEmpty()) {
      throw new EngineException(Reason.INVALID_ARGUMENT, "Expected to deploy at least one resource, but none given");
    }
    List<List<ProcessModel>> compiled = new ArrayList<>();
    List<DecisionResource> decisionResources = new ArrayList<>();
    for (Views.Resource resource : resources) {
      String name = resource.name();
      if (name.endsWith(".dmn")) {
        try {
          decisionResources.add(executor.triggers().decisions().parse(name, resource.content()));
        } catch (DeploymentRejected e) {
          throw new EngineException(Reason.INVALID_ARGUMENT, "Expected to deploy new resources, but encountered the"
              + " following errors:\n" + e.getMessage());
        }
        compiled.add(List.of());
        continue;
      }
      decisionResources.add(null);
      if (!(name.endsWith(".bpmn") || name.endsWith(".xml"))) {
        throw new EngineException(Reason.INVALID_ARGUMENT,
            "Expected to deploy a BPMN resource (.bpmn or .xml), but '" + name
                + "' is not supported by this engine (forms are not supported)");
      }
      try {
        List<ProcessModel> models = compiler.compile(name, resource.content());
        for (ProcessModel model : models) {
          executor.triggers().checkStartTimers(model);
        }
        compiled.add(models);
      } catch (DeploymentRejected e) {
        throw new EngineException(Reason.INVALID_ARGUMENT, "Expected to deploy new resources, but encountered the"
            + " following errors:\n" + e.getMessage());
      }
    }
    long deploymentKey = executor.nextKey();
    List<Views.DeployedProcess> deployed = new ArrayList<>();
    List<Views.DeployedDecisions> deployedDecisions = new ArrayList<>();
    for (int i = 0; i < resources.size(); i++) {
      Views.Resource resource = resources.get(i);
      if (decisionResources.get(i) != null) {
        deployedDecisions.add(eventCommands.deployDecisions(resource.name(), resource.content(),
            decisionResources.get(i), deploymentKey));
        continue;
      }
      String checksum = checksum(resource.content());
      for (ProcessModel model : compiled.get(i)) {
        ProcessDefinition latest = state().latest(model.bpmnProcessId());
        ProcessDefinition definition;
        if (latest != null && latest.checksum().equals(checksum) && latest.resourceName().equals(resource.name())) {
          definition = latest;
        } else {
          definition = new ProcessDefinition(executor.nextKey(), model.bpmnProcessId(),
              latest == null ? 1 : latest.version() + 1, resource.name(), checksum, resource.content(),
              deploymentKey, model);
          state().addDefinition(definition, true);
          executor.triggers().scheduleStartTimers(latest, definition);
        }
        deployed.add(new Views.DeployedProcess(definition.bpmnProcessId(), definition.version(), definition.key(),
            definition.resourceName()));
      }
    }
    return new Views.Deployment(deploymentKey, deployed, deployedDecisions);
  }

  static String checksum(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- process instances

  public Views.CreatedInstance createProcessInstance(
      long processDefinitionKey, String bpmnProcessId, int version, String variablesJson) {
    ProcessDefinition definition = findDefinition(processDefinitionKey, bpmnProcessId, version);
    if (definition.model().process().noneStartEvent() == null) {
      throw new EngineException(Reason.INVALID_ARGUMENT, "Expected to create instance of process with none start"
          + " event, but there is no such event");
    }
    Map<String, String> variables = Json.variablesDocument(variablesJson);
    long key = executor.nextKey();
    ElementInstance instance = new ElementInstance(key, key, null, definition.model().process(), definition);
    state().putProcessInstance(new ProcessInstanceRow(instance.key, definition.key(), definition.bpmnProcessId(),
        definition.version(), "ACTIVE", executor.clock().instant(), null));
    state().addInstance(instance);
    variables.forEach((name, value) -> state().setVariable(instance.key, name, value));
    executor.schedule(() -> executor.activate(instance));
    executor.run();
    return new Views.CreatedInstance(definition.key(), definition.bpmnProcessId(), definition.version(), instance.key);
  }

  private ProcessDefinition findDefinition(long key, String bpmnProcessId, int version) {
    if (key > 0) {
      ProcessDefinition definition = state().definition(key);
      if (definition == null) {
        throw new EngineException(Reason.NOT_FOUND,
            "Expected to find process definition with key '" + key + "', but none found");
      }
      return definition;
    }
    if (bpmnProcessId == null || bpmnProcessId.isEmpty()) {
      throw new EngineException(Reason.INVALID_ARGUMENT,
          "Expected either a processDefinitionKey or a bpmnProcessId, but none given");
    }
    ProcessDefinition definition =
        version < 0 ? state().latest(bpmnProcessId) : state().version(bpmnProcessId, version);
    if (definition == null) {
      throw new EngineException(Reason.NOT_FOUND, version < 0
          ? "Expected to find process definition with process ID '" + bpmnProcessId + "', but none found"
          : "Expected to find process definition with process ID '" + bpmnProcessId + "' and version '" + version
              + "', but none found");
    }
    return definition;
  }

  public void cancelProcessInstance(long processInstanceKey) {
    ElementInstance root = state().instance(processInstanceKey);
    if (root == null || root.parent != null) {
      throw new EngineException(Reason.NOT_FOUND, "Expected to cancel a process instance with key '"
          + processInstanceKey + "', but no such process was found");
    }
    long caller = state().events().callerOf(processInstanceKey);
    if (caller != 0) {
      throw new EngineException(Reason.FAILED_PRECONDITION, "Expected to cancel a process instance with key '"
          + processInstanceKey + "', but it is created by a parent process instance. Cancel the root process"
          + " instance '" + state().instance(caller).processInstanceKey + "' instead.");
    }
    ProcessInstanceRow row = state().processInstance(processInstanceKey);
    executor.terminate(root);
    state().putProcessInstance(new ProcessInstanceRow(row.key(), row.processDefinitionKey(), row.bpmnProcessId(),
        row.version(), "TERMINATED", row.startTime(), executor.clock().instant()));
    state().forgetProcessInstance(processInstanceKey);
    executor.events().processTerminated(processInstanceKey);
    executor.triggers().processEnded(processInstanceKey);
    executor.run();
  }

  public long setVariables(long elementInstanceKey, String variablesJson, boolean local) {
    ElementInstance scope = state().instance(elementInstanceKey);
    if (scope == null) {
      throw new EngineException(Reason.NOT_FOUND, "Expected to update variables for element with key '"
          + elementInstanceKey + "', but no such element was found");
    }
    Map<String, String> variables = Json.variablesDocument(variablesJson);
    if (local) {
      variables.forEach((name, value) -> state().setVariable(scope.key, name, value));
    } else {
      executor.propagate(scope, variables);
    }
    return executor.nextKey();
  }

  // ---- jobs

  public List<Views.ActivatedJob> activateJobs(
      String type, String worker, long timeoutMillis, int maxJobs, List<String> fetchVariables) {
    List<Views.ActivatedJob> result = new ArrayList<>();
    long deadline = executor.now() + timeoutMillis;
    Iterator<Job> candidates = state().activatableJobs(type).iterator();
    List<Job> taken = new ArrayList<>();
    while (candidates.hasNext() && taken.size() < maxJobs) {
      taken.add(candidates.next());
    }
    for (Job job : taken) {
      job.state = JobState.ACTIVATED;
      job.deadline = deadline;
      job.worker = worker;
      state().jobChanged(job);
      ElementInstance instance = job.elementInstance;
      ProcessDefinition definition = instance.definition;
      result.add(new Views.ActivatedJob(job.key, job.type, instance.processInstanceKey, definition.bpmnProcessId(),
          definition.version(), definition.key(), instance.element.id(), instance.key, job.customHeaders, worker,
          job.retries, deadline, executor.visibleVariablesDocument(instance, fetchVariables)));
    }
    return result;
  }

  public boolean hasActivatableJobs(String type) {
    return !state().activatableJobs(type).isEmpty();
  }

  public void completeJob(long jobKey, String variablesJson) {
    Job job = requireJob(jobKey, "complete");
    requireNotFailed(job, "complete");
    Map<String, String> variables = Json.variablesDocument(variablesJson);
    ElementInstance instance = job.elementInstance;
    state().removeJob(job);
    instance.jobKey = 0;
    executor.completeWithVariables(instance, variables);
    executor.run();
  }

  public void failJob(long jobKey, int retries, String errorMessage, long retryBackOffMillis, String variablesJson) {
    Job job = requireJob(jobKey, "fail");
    requireNotFailed(job, "fail");
    Map<String, String> variables = Json.variablesDocument(variablesJson);
    ElementInstance instance = job.elementInstance;
    variables.forEach((name, value) -> state().setVariable(instance.key, name, value));
    job.retries = retries;
    job.errorMessage = errorMessage == null ? "" : errorMessage;
    job.worker = "";
    if (retries > 0 && retryBackOffMillis > 0) {
      job.state = JobState.BACKOFF;
      job.backoffUntil = executor.now() + retryBackOffMillis;
      state().jobChanged(job);
    } else if (retries > 0) {
      job.state = JobState.ACTIVATABLE;
      state().jobChanged(job);
      executor.events().jobsAvailable(job.type);
    } else {
      job.state = JobState.FAILED;
      state().jobChanged(job);
      executor.raiseIncident(instance, "JOB_NO_RETRIES", BpmnExecutor.noRetriesMessage(job), job.key);
    }
  }

  public void throwError(long jobKey, String errorCode, String errorMessage, String variablesJson) {
    Job job = requireJob(jobKey, "throw an error for");
    requireNotFailed(job, "throw an error for");
    if (errorCode == null || errorCode.isEmpty()) {
      throw new EngineException(Reason.INVALID_ARGUMENT, "Expected an errorCode, but none given");
    }
    Map<String, String> variables = Json.variablesDocument(variablesJson);
    ElementInstance instance = job.elementInstance;
    if (!executor.throwError(instance, errorCode, variables)) {
      job.state = JobState.ERROR_THROWN;
      job.errorMessage = errorMessage == null ? "" : errorMessage;
      state().jobChanged(job);
      executor.raiseIncident(instance, "UNHANDLED_ERROR_EVENT",
          "Expected to throw an error event with the code '" + errorCode + "' with message '" + job.errorMessage
              + "', but it was not caught. No error events are available in the scope.", job.key);
    }
    executor.run();
  }

  public void updateJobRetries(long jobKey, int retries) {
    Job job = requireJob(jobKey, "update retries of");
    if (retries < 1) {
      throw new EngineException(Reason.INVALID_ARGUMENT,
          "Expected retries to be greater than zero, but was '" + retries + "'");
    }
    job.retries = retries;
    state().jobChanged(job);
  }

  public void updateJobTimeout(long jobKey, long timeoutMillis) {
    Job job = requireJob(jobKey, "update the timeout of");
    if (job.state != JobState.ACTIVATED) {
      throw new EngineException(Reason.FAILED_PRECONDITION, "Expected to update the timeout of job with key '"
          + jobKey + "', but it is not activated (state " + job.state + ")");
    }
    job.deadline = executor.now() + timeoutMillis;
    state().jobChanged(job);
  }

  private Job requireJob(long jobKey, String action) {
    Job job = state().job(jobKey);
    if (job == null) {
      throw new EngineException(Reason.NOT_FOUND,
          "Expected to " + action + " job with key '" + jobKey + "', but no such job was found");
    }
    return job;
  }

  private static void requireNotFailed(Job job, String action) {
    if (job.state == JobState.FAILED || job.state == JobState.ERROR_THROWN) {
      throw new EngineException(Reason.FAILED_PRECONDITION, "Expected to " + action + " job with key '" + job.key
          + "', but it is in state '" + job.state + "': resolve its incident first");
    }
  }

  /** Makes jobs whose activation timed out or whose back-off elapsed activatable again. */
  public void expireJobs() {
    for (Job job : state().dueJobs(executor.now())) {
      job.state = JobState.ACTIVATABLE;
      job.worker = "";
      state().jobChanged(job);
      executor.events().jobsAvailable(job.type);
    }
  }

  // ---- incidents

  public void resolveIncident(long incidentKey) {
    Incident incident = state().openIncident(incidentKey);
    if (incident == null) {
      throw new EngineException(Reason.NOT_FOUND, "Expected to resolve incident with key '" + incidentKey
          + "', but no such incident was found");
    }
    executor.resolve(incident);
    executor.run();
  }
}
