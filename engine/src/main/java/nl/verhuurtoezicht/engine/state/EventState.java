package nl.verhuurtoezicht.engine.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Supplier;
import nl.verhuurtoezicht.engine.feel.Expression;
import nl.verhuurtoezicht.engine.model.ElementDef;
import nl.verhuurtoezicht.engine.model.EventType;

/**
 * The Engine II runtime state next to {@link EngineState}: timers, message and signal
 * subscriptions, buffered messages, open user tasks, call activity links and deployed decisions.
 * Owned by the single writer thread; every mutation is recorded in the batch's changes.
 */
public final class EventState {
  private final Supplier<EventChanges> changes;
  private final Map<Long, Timer> timers = new HashMap<>();
  private final PriorityQueue<Timer> timerQueue = new PriorityQueue<>((a, b) -> Long.compare(a.due, b.due));
  private final Map<Long, List<Long>> timersByOwner = new HashMap<>();
  private final Map<Long, Subscription> subscriptions = new HashMap<>();
  private final Map<String, LinkedHashMap<Long, Subscription>> subscriptionsByName = new HashMap<>();
  private final Map<Long, List<Long>> subscriptionsByOwner = new HashMap<>();
  private final Map<Long, BufferedMessage> messages = new LinkedHashMap<>();
  private final PriorityQueue<BufferedMessage> messageQueue =
      new PriorityQueue<>((a, b) -> Long.compare(a.deadline, b.deadline));
  private final Map<Long, UserTask> openUserTasks = new HashMap<>();
  private final Map<Long, Long> userTaskByOwner = new HashMap<>();
  private final Map<Long, Long> callerOfChild = new HashMap<>();
  private final Map<Long, Long> childOfCaller = new HashMap<>();
  private final Map<Long, DecisionRequirements> requirements = new HashMap<>();
  private final Map<String, TreeMap<Integer, DecisionRequirements>> requirementVersions = new HashMap<>();
  private final Map<Long, DecisionDefinition> decisions = new HashMap<>();
  private final Map<String, TreeMap<Integer, DecisionDefinition>> decisionVersions = new HashMap<>();

  private final Map<String, ProcessDefinition> latestByProcess = new HashMap<>();
  private final Map<String, Long> startedByKey = new HashMap<>();
  private final Map<Long, String[]> startKeyOf = new HashMap<>();

  EventState(Supplier<EventChanges> changes) {
    this.changes = changes;
  }

  /** Closes everything an element instance was waiting on; called when the instance goes away. */
  void instanceRemoved(long elementInstanceKey) {
    // Most removed instances waited on nothing; look before copying lists.
    if (timersByOwner.containsKey(elementInstanceKey)) {
      timersOf(elementInstanceKey).forEach(this::removeTimer);
    }
    if (subscriptionsByOwner.containsKey(elementInstanceKey)) {
      subscriptionsOf(elementInstanceKey).forEach(this::removeSubscription);
    }
    Long taskKey = userTaskByOwner.get(elementInstanceKey);
    if (taskKey != null) {
      UserTask task = openUserTasks.get(taskKey);
      task.state = "CANCELED";
      closeUserTask(task);
    }
  }

  // ---- start events of the latest process versions

  void definitionAdded(ProcessDefinition definition) {
    ProcessDefinition current = latestByProcess.get(definition.bpmnProcessId());
    if (current == null || definition.version() > current.version()) {
      latestByProcess.put(definition.bpmnProcessId(), definition);
    }
  }

  /** Latest process versions with a message or signal start event of that name. */
  public List<ProcessDefinition> latestDefinitionsWithStart(Subscription.Kind kind, String name) {
    List<ProcessDefinition> result = new ArrayList<>();
    for (ProcessDefinition definition : latestByProcess.values()) {
      if (startEvent(definition, kind, name) != null) {
        result.add(definition);
      }
    }
    return result;
  }

  /** The message or signal start event of that name, or null. */
  public ElementDef startEvent(ProcessDefinition definition, Subscription.Kind kind, String name) {
    for (ElementDef start : definition.model().process().eventStartEvents()) {
      Expression startName = kind == Subscription.Kind.MESSAGE && start.eventType() == EventType.MESSAGE
          ? start.messageName()
          : kind == Subscription.Kind.SIGNAL && start.eventType() == EventType.SIGNAL ? start.signalName() : null;
      if (startName != null && startName.isStatic() && startName.staticValue().equals(name)) {
        return start;
      }
    }
    return null;
  }

  // ---- message start events with a correlation key

  public boolean isStartedBy(String bpmnProcessId, String correlationKey) {
    return !correlationKey.isEmpty() && startedByKey.containsKey(startKey(bpmnProcessId, correlationKey));
  }

  public void markStartedBy(long processInstanceKey, String bpmnProcessId, String correlationKey) {
    startedByKey.put(startKey(bpmnProcessId, correlationKey), processInstanceKey);
    startKeyOf.put(processInstanceKey, new String[] {bpmnProcessId, correlationKey});
    changes.get().messageStartUpserts.put(processInstanceKey, new String[] {bpmnProcessId, correlationKey});
  }

  /** Frees the correlation key an ended instance was started with; returns {process id, key} or null. */
  public String[] releaseStartedBy(long processInstanceKey) {
    String[] startedBy = startKeyOf.remove(processInstanceKey);
    if (startedBy != null) {
      startedByKey.remove(startKey(startedBy[0], startedBy[1]));
      changes.get().messageStartUpserts.remove(processInstanceKey);
      changes.get().messageStartDeletes.add(processInstanceKey);
    }
    return startedBy;
  }

  void loadStartedBy(long processInstanceKey, String bpmnProcessId, String correlationKey) {
    startedByKey.put(startKey(bpmnProcessId, correlationKey), processInstanceKey);
    startKeyOf.put(processInstanceKey, new String[] {bpmnProcessId, correlationKey});
  }

  private static String startKey(String bpmnProcessId, String correlationKey) {
    return bpmnProcessId + '\u0000' + correlationKey;
  }

  // ---- timers

  public void addTimer(Timer timer) {
    timers.put(timer.key, timer);
    timerQueue.add(timer);
    timersByOwner.computeIfAbsent(ownerOf(timer), k -> new ArrayList<>()).add(timer.key);
    changes.get().timerUpserts.put(timer.key, timer);
  }

  public void removeTimer(Timer timer) {
    if (timers.remove(timer.key) == null) {
      return;
    }
    List<Long> owned = timersByOwner.get(ownerOf(timer));
    if (owned != null) {
      owned.remove(timer.key);
      if (owned.isEmpty()) {
        timersByOwner.remove(ownerOf(timer));
      }
    }
    changes.get().timerUpserts.remove(timer.key);
    changes.get().timerDeletes.add(timer.key);
  }

  /** Start timers are owned by their process definition, the others by their element instance. */
  private static long ownerOf(Timer timer) {
    return timer.elementInstanceKey != 0 ? timer.elementInstanceKey : timer.processDefinitionKey;
  }

  public List<Timer> timersOf(long owner) {
    List<Long> keys = timersByOwner.get(owner);
    List<Timer> result = new ArrayList<>();
    if (keys != null) {
      keys.forEach(key -> result.add(timers.get(key)));
    }
    return result;
  }

  /** Takes the next timer due at or before {@code now}, or null. */
  public Timer pollDueTimer(long now) {
    while (!timerQueue.isEmpty() && timerQueue.peek().due <= now) {
      Timer timer = timerQueue.poll();
      if (timers.get(timer.key) == timer) {
        return timer;
      }
    }
    return null;
  }

  // ---- subscriptions

  public void addSubscription(Subscription subscription) {
    subscriptions.put(subscription.key, subscription);
    subscriptionsByName.computeIfAbsent(nameKey(subscription.kind, subscription.name), k -> new LinkedHashMap<>())
        .put(subscription.key, subscription);
    subscriptionsByOwner.computeIfAbsent(subscription.elementInstanceKey, k -> new ArrayList<>())
        .add(subscription.key);
    changes.get().subscriptionUpserts.put(subscription.key, subscription);
  }

  public void removeSubscription(Subscription subscription) {
    if (subscriptions.remove(subscription.key) == null) {
      return;
    }
    LinkedHashMap<Long, Subscription> byName = subscriptionsByName.get(nameKey(subscription.kind, subscription.name));
    if (byName != null) {
      byName.remove(subscription.key);
    }
    List<Long> owned = subscriptionsByOwner.get(subscription.elementInstanceKey);
    if (owned != null) {
      owned.remove(subscription.key);
      if (owned.isEmpty()) {
        subscriptionsByOwner.remove(subscription.elementInstanceKey);
      }
    }
    changes.get().subscriptionUpserts.remove(subscription.key);
    changes.get().subscriptionDeletes.add(subscription.key);
  }

  public List<Subscription> subscriptionsOf(long elementInstanceKey) {
    List<Long> keys = subscriptionsByOwner.get(elementInstanceKey);
    List<Subscription> result = new ArrayList<>();
    if (keys != null) {
      keys.forEach(key -> result.add(subscriptions.get(key)));
    }
    return result;
  }

  /** Open subscriptions for a message or signal name, oldest first (a snapshot). */
  public List<Subscription> subscriptionsNamed(Subscription.Kind kind, String name) {
    LinkedHashMap<Long, Subscription> byName = subscriptionsByName.get(nameKey(kind, name));
    return byName == null ? List.of() : new ArrayList<>(byName.values());
  }

  public boolean isOpen(Subscription subscription) {
    return subscriptions.get(subscription.key) == subscription;
  }

  private static String nameKey(Subscription.Kind kind, String name) {
    return kind.name() + ':' + name;
  }

  // ---- buffered messages

  public void bufferMessage(BufferedMessage message) {
    messages.put(message.key, message);
    messageQueue.add(message);
    changes.get().messageUpserts.put(message.key, message);
  }

  /** Records that a buffered message correlated to another process. */
  public void messageChanged(BufferedMessage message) {
    changes.get().messageUpserts.put(message.key, message);
  }

  public void removeMessage(BufferedMessage message) {
    if (messages.remove(message.key) != null) {
      changes.get().messageUpserts.remove(message.key);
      changes.get().messageDeletes.add(message.key);
    }
  }

  /** Buffered, unexpired messages, oldest first. */
  public Collection<BufferedMessage> bufferedMessages() {
    return messages.values();
  }

  /** Takes the next message whose time-to-live has run out, or null. */
  public BufferedMessage pollExpiredMessage(long now) {
    while (!messageQueue.isEmpty() && messageQueue.peek().deadline <= now) {
      BufferedMessage message = messageQueue.poll();
      if (messages.get(message.key) == message) {
        return message;
      }
    }
    return null;
  }

  // ---- user tasks

  public void addUserTask(UserTask task) {
    openUserTasks.put(task.key, task);
    userTaskByOwner.put(task.elementInstanceKey, task.key);
    changes.get().userTaskUpserts.put(task.key, task);
  }

  public UserTask openUserTask(long key) {
    return openUserTasks.get(key);
  }

  public void userTaskChanged(UserTask task) {
    changes.get().userTaskUpserts.put(task.key, task);
  }

  /** Stores the task's final state (COMPLETED or CANCELED) and forgets it. */
  public void closeUserTask(UserTask task) {
    openUserTasks.remove(task.key);
    userTaskByOwner.remove(task.elementInstanceKey);
    changes.get().userTaskUpserts.put(task.key, task);
  }

  // ---- call activities

  public void linkCall(long childProcessInstanceKey, long callActivityInstanceKey, long parentProcessInstanceKey) {
    callerOfChild.put(childProcessInstanceKey, callActivityInstanceKey);
    childOfCaller.put(callActivityInstanceKey, childProcessInstanceKey);
    changes.get().callLinkUpserts.put(childProcessInstanceKey,
        new long[] {callActivityInstanceKey, parentProcessInstanceKey});
  }

  /** The call activity instance waiting for this process instance, or 0 for a root instance. */
  public long callerOf(long processInstanceKey) {
    Long caller = callerOfChild.get(processInstanceKey);
    return caller == null ? 0 : caller;
  }

  /** The child process instance of a call activity instance, or 0. */
  public long childOf(long callActivityInstanceKey) {
    Long child = childOfCaller.get(callActivityInstanceKey);
    return child == null ? 0 : child;
  }

  /** Forgets the link in memory once the child has ended; the row stays for the read API. */
  public void unlinkCall(long childProcessInstanceKey) {
    Long caller = callerOfChild.remove(childProcessInstanceKey);
    if (caller != null) {
      childOfCaller.remove(caller);
    }
  }

  // ---- decisions

  public void addDecisionRequirements(DecisionRequirements drg, List<DecisionDefinition> drgDecisions, boolean isNew) {
    requirements.put(drg.key(), drg);
    requirementVersions.computeIfAbsent(drg.decisionRequirementsId(), k -> new TreeMap<>()).put(drg.version(), drg);
    for (DecisionDefinition decision : drgDecisions) {
      decisions.put(decision.key(), decision);
      decisionVersions.computeIfAbsent(decision.decisionId(), k -> new TreeMap<>()).put(decision.version(), decision);
    }
    if (isNew) {
      changes.get().requirements.add(drg);
      changes.get().decisions.addAll(drgDecisions);
    }
  }

  public DecisionRequirements latestRequirements(String decisionRequirementsId) {
    TreeMap<Integer, DecisionRequirements> all = requirementVersions.get(decisionRequirementsId);
    return all == null ? null : all.lastEntry().getValue();
  }

  public DecisionDefinition decision(long key) {
    return decisions.get(key);
  }

  public DecisionDefinition latestDecision(String decisionId) {
    TreeMap<Integer, DecisionDefinition> all = decisionVersions.get(decisionId);
    return all == null ? null : all.lastEntry().getValue();
  }

  // ---- loading

  void loadTimer(Timer timer) {
    timers.put(timer.key, timer);
    timerQueue.add(timer);
    timersByOwner.computeIfAbsent(ownerOf(timer), k -> new ArrayList<>()).add(timer.key);
  }

  void loadSubscription(Subscription subscription) {
    subscriptions.put(subscription.key, subscription);
    subscriptionsByName.computeIfAbsent(nameKey(subscription.kind, subscription.name), k -> new LinkedHashMap<>())
        .put(subscription.key, subscription);
    subscriptionsByOwner.computeIfAbsent(subscription.elementInstanceKey, k -> new ArrayList<>())
        .add(subscription.key);
  }

  void loadMessage(BufferedMessage message) {
    messages.put(message.key, message);
    messageQueue.add(message);
  }

  void loadUserTask(UserTask task) {
    openUserTasks.put(task.key, task);
    userTaskByOwner.put(task.elementInstanceKey, task.key);
  }

  void loadCallLink(long child, long caller) {
    callerOfChild.put(child, caller);
    childOfCaller.put(caller, child);
  }
}
