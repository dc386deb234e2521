package nl.verhuurtoezicht.engine.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a batch of commands changed, coalesced per row: a row created and removed within one batch
 * never reaches the database.
 */
public final class Changes {
  final List<ProcessDefinition> definitions = new ArrayList<>();
  final Map<Long, ProcessInstanceRow> processInstances = new LinkedHashMap<>();
  final Map<Long, ElementInstance> instanceUpserts = new LinkedHashMap<>();
  final Set<Long> instanceDeletes = new HashSet<>();
  final Map<Long, Job> jobUpserts = new LinkedHashMap<>();
  final Set<Long> jobDeletes = new HashSet<>();
  final Map<Long, Map<String, String>> variableUpserts = new HashMap<>();
  final Set<Long> scopeDeletes = new HashSet<>();
  final Map<Long, Incident> incidents = new LinkedHashMap<>();
  final EventChanges events = new EventChanges();

  public boolean isEmpty() {
    return definitions.isEmpty()
        && processInstances.isEmpty()
        && instanceUpserts.isEmpty()
        && instanceDeletes.isEmpty()
        && jobUpserts.isEmpty()
        && jobDeletes.isEmpty()
        && variableUpserts.isEmpty()
        && scopeDeletes.isEmpty()
        && incidents.isEmpty()
        && events.isEmpty();
  }

  /** Called after a successful commit: everything written is now persisted. */
  void markPersisted() {
    instanceUpserts.values().forEach(i -> i.persisted = true);
    jobUpserts.values().forEach(j -> j.persisted = true);
  }
}
