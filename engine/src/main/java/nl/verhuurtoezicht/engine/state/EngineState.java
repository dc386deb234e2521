package nl.verhuurtoezicht.engine.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * The runtime state, held in memory and owned by the single writer thread. Every mutation is
 * recorded in the current {@link Changes} so that the batch can be written in one transaction.
 */
public final class EngineState {
  private final Map<Long, ProcessDefinition> definitions = new HashMap<>();
  private final Map<String, TreeMap<Integer, ProcessDefinition>> versions = new HashMap<>();
  private final Map<Long, ElementInstance> instances = new HashMap<>();
  private final Map<Long, ProcessInstanceRow> processInstances = new HashMap<>();
  private final Map<Long, Job> jobs = new HashMap<>();
  private final Map<String, LinkedHashMap<Long, Job>> activatable = new HashMap<>();
  /** (time, job key) pairs for activation deadlines and back-offs; stale entries are skipped. */
  private final PriorityQueue<long[]> jobTimers = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
  private final Map<Long, Map<String, String>> variables = new HashMap<>();
  private final Map<Long, Incident> openIncidents = new HashMap<>();
  private Changes changes = new Changes();
  private final EventState events = new EventState(() -> changes.events);

  /** Hands over what the batch changed, with a fresh snapshot of every touched process instance. */
  public Changes takeChanges() {
    Changes taken = changes;
    changes = new Changes();
    for (long key : taken.touchedProcessInstances) {
      ProcessInstanceRow row = taken.processInstances.getOrDefault(key, processInstances.get(key));
      ElementInstance root = instances.get(key);
      String snapshot = "ACTIVE".equals(row.state()) && root != null ? RuntimeSnapshot.write(root, this) : null;
      taken.writes.add(new Changes.ProcessInstanceWrite(row, snapshot));
    }
    return taken;
  }

  private void touched(long processInstanceKey) {
    changes.touchedProcessInstances.add(processInstanceKey);
  }

  /** Timers, subscriptions, messages, user tasks, call links and decisions (Engine II). */
  public EventState events() {
    return events;
  }

  // ---- definitions

  public void addDefinition(ProcessDefinition definition, boolean isNew) {
    definitions.put(definition.key(), definition);
    versions.computeIfAbsent(definition.bpmnProcessId(), k -> new TreeMap<>()).put(definition.version(), definition);
    events.definitionAdded(definition);
    if (isNew) {
      changes.definitions.add(definition);
    }
  }

  public ProcessDefinition definition(long key) {
    return definitions.get(key);
  }

  public ProcessDefinition latest(String bpmnProcessId) {
    TreeMap<Integer, ProcessDefinition> all = versions.get(bpmnProcessId);
    return all == null ? null : all.lastEntry().getValue();
  }

  public ProcessDefinition version(String bpmnProcessId, int version) {
    TreeMap<Integer, ProcessDefinition> all = versions.get(bpmnProcessId);
    return all == null ? null : all.get(version);
  }

  // ---- process and element instances

  public void putProcessInstance(ProcessInstanceRow row) {
    processInstances.put(row.key(), row);
    changes.processInstances.put(row.key(), row);
    touched(row.key());
  }

  public ProcessInstanceRow processInstance(long key) {
    return processInstances.get(key);
  }

  /** Drops a finished instance's header from memory; its row stays in the database. */
  public void forgetProcessInstance(long key) {
    processInstances.remove(key);
  }

  public void addInstance(ElementInstance instance) {
    instances.put(instance.key, instance);
    if (instance.parent != null) {
      instance.parent.children.put(instance.key, instance);
    }
    touched(instance.processInstanceKey);
  }

  public void instanceChanged(ElementInstance instance) {
    touched(instance.processInstanceKey);
  }

  public void removeInstance(ElementInstance instance) {
    // A multi-instance body is kept under its activity's id, as the live view and Camunda show it.
    String elementId = instance.element.innerActivity() != null ? instance.element.innerActivity().id()
        : instance.element.id();
    changes.endedElements.add(new EndedElement(instance.key, instance.processInstanceKey,
        instance.parent == null ? null : instance.parent.key, elementId, instance.element.kind().name(),
        instance.terminated));
    events.instanceRemoved(instance.key);
    instances.remove(instance.key);
    if (instance.parent != null) {
      instance.parent.children.remove(instance.key);
    }
    Map<String, String> ended = variables.remove(instance.key);
    if (ended != null) {
      ended.forEach((name, value) -> changes.endedVariables.add(
          new EndedVariable(instance.processInstanceKey, instance.key, name, value)));
    }
    touched(instance.processInstanceKey);
  }

  public ElementInstance instance(long key) {
    return instances.get(key);
  }

  // ---- variables

  public Map<String, String> localVariables(long scopeKey) {
    Map<String, String> vars = variables.get(scopeKey);
    return vars == null ? Map.of() : vars;
  }

  public void setVariable(long scopeKey, String name, String json) {
    variables.computeIfAbsent(scopeKey, k -> new LinkedHashMap<>()).put(name, json);
    touched(instances.get(scopeKey).processInstanceKey);
  }

  // ---- jobs

  public void addJob(Job job) {
    jobs.put(job.key, job);
    touched(job.elementInstance.processInstanceKey);
    if (job.state == JobState.ACTIVATABLE) {
      activatable.computeIfAbsent(job.type, t -> new LinkedHashMap<>()).put(job.key, job);
    }
  }

  public Job job(long key) {
    return jobs.get(key);
  }

  /** Records a state change of a job and keeps the activatable index and timers in step. */
  public void jobChanged(Job job) {
    touched(job.elementInstance.processInstanceKey);
    LinkedHashMap<Long, Job> queue = activatable.computeIfAbsent(job.type, t -> new LinkedHashMap<>());
    if (job.state == JobState.ACTIVATABLE) {
      queue.put(job.key, job);
    } else {
      queue.remove(job.key);
    }
    if (job.state == JobState.ACTIVATED) {
      jobTimers.add(new long[] {job.deadline, job.key});
    } else if (job.state == JobState.BACKOFF) {
      jobTimers.add(new long[] {job.backoffUntil, job.key});
    }
  }

  public void removeJob(Job job) {
    jobs.remove(job.key);
    LinkedHashMap<Long, Job> queue = activatable.get(job.type);
    if (queue != null) {
      queue.remove(job.key);
    }
    touched(job.elementInstance.processInstanceKey);
  }

  /** Activatable jobs of a type, oldest first. */
  public Collection<Job> activatableJobs(String type) {
    LinkedHashMap<Long, Job> queue = activatable.get(type);
    return queue == null ? List.of() : queue.values();
  }

  /** Jobs whose activation deadline or back-off has passed at {@code now}. */
  public List<Job> dueJobs(long now) {
    List<Job> due = new ArrayList<>();
    while (!jobTimers.isEmpty() && jobTimers.peek()[0] <= now) {
      long[] timer = jobTimers.poll();
      Job job = jobs.get(timer[1]);
      if (job == null) {
        continue;
      }
      boolean expired =
          (job.state == JobState.ACTIVATED && job.deadline == timer[0])
              || (job.state == JobState.BACKOFF && job.backoffUntil == timer[0]);
      if (expired) {
        due.add(job);
      }
    }
    return due;
  }

  // ---- incidents

  public void putIncident(Incident incident) {
    if ("ACTIVE".equals(incident.state)) {
      openIncidents.put(incident.key, incident);
    } else {
      openIncidents.remove(incident.key);
    }
    changes.incidents.put(incident.key, incident);
  }

  public Incident openIncident(long key) {
    return openIncidents.get(key);
  }

  // ---- loading

  void loadInstance(ElementInstance instance) {
    instances.put(instance.key, instance);
    if (instance.parent != null) {
      instance.parent.children.put(instance.key, instance);
    }
  }

  void loadProcessInstance(ProcessInstanceRow row) {
    processInstances.put(row.key(), row);
  }

  void loadVariable(long scopeKey, String name, String json) {
    variables.computeIfAbsent(scopeKey, k -> new LinkedHashMap<>()).put(name, json);
  }

  void loadJob(Job job) {
    jobs.put(job.key, job);
    if (job.state == JobState.ACTIVATABLE) {
      activatable.computeIfAbsent(job.type, t -> new LinkedHashMap<>()).put(job.key, job);
    } else if (job.state == JobState.ACTIVATED) {
      jobTimers.add(new long[] {job.deadline, job.key});
    } else if (job.state == JobState.BACKOFF) {
      jobTimers.add(new long[] {job.backoffUntil, job.key});
    }
  }

  void loadIncident(Incident incident) {
    openIncidents.put(incident.key, incident);
  }

}
