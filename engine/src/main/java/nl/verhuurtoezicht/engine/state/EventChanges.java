package nl.verhuurtoezicht.engine.state;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Engine II part of a batch's changes: timers, subscriptions, messages, user tasks, call links, decisions. */
final class EventChanges {
  final Map<Long, Timer> timerUpserts = new LinkedHashMap<>();
  final Set<Long> timerDeletes = new HashSet<>();
  final Map<Long, Subscription> subscriptionUpserts = new LinkedHashMap<>();
  final Set<Long> subscriptionDeletes = new HashSet<>();
  final Map<Long, BufferedMessage> messageUpserts = new LinkedHashMap<>();
  final Set<Long> messageDeletes = new HashSet<>();
  final Map<Long, UserTask> userTaskUpserts = new LinkedHashMap<>();
  /** Child process instance key to {call activity instance key, parent process instance key}. */
  final Map<Long, long[]> callLinkUpserts = new LinkedHashMap<>();
  /** Process instances started by a message start event with a correlation key: {process id, key}. */
  final Map<Long, String[]> messageStartUpserts = new LinkedHashMap<>();
  final Set<Long> messageStartDeletes = new HashSet<>();
  final List<DecisionRequirements> requirements = new ArrayList<>();
  final List<DecisionDefinition> decisions = new ArrayList<>();

  boolean isEmpty() {
    return timerUpserts.isEmpty() && timerDeletes.isEmpty() && subscriptionUpserts.isEmpty()
        && subscriptionDeletes.isEmpty() && messageUpserts.isEmpty() && messageDeletes.isEmpty()
        && userTaskUpserts.isEmpty() && callLinkUpserts.isEmpty() && requirements.isEmpty() && decisions.isEmpty()
        && messageStartUpserts.isEmpty() && messageStartDeletes.isEmpty();
  }
}
