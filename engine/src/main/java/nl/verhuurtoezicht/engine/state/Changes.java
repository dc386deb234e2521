package nl.verhuurtoezicht.engine.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a batch of commands changed: new definitions, incidents, and every touched process
 * instance once, however many commands touched it.
 */
public final class Changes {
  /** A process instance header with the snapshot of its runtime state (null once it has ended). */
  record ProcessInstanceWrite(ProcessInstanceRow row, String snapshot) {}

  final List<ProcessDefinition> definitions = new ArrayList<>();
  final Map<Long, ProcessInstanceRow> processInstances = new LinkedHashMap<>();
  final Set<Long> touchedProcessInstances = new LinkedHashSet<>();
  final List<ProcessInstanceWrite> writes = new ArrayList<>();
  final Map<Long, Incident> incidents = new LinkedHashMap<>();
  /** Element instances that ended in this batch: written to the history for the REST read API. */
  final List<EndedElement> endedElements = new ArrayList<>();
  /** Variables of the scopes that ended in this batch, with their last values. */
  final List<EndedVariable> endedVariables = new ArrayList<>();
  final EventChanges events = new EventChanges();

  public boolean isEmpty() {
    return definitions.isEmpty() && writes.isEmpty() && incidents.isEmpty() && endedElements.isEmpty()
        && endedVariables.isEmpty() && events.isEmpty();
  }
}
