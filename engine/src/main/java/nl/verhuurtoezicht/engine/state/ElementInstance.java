package nl.verhuurtoezicht.engine.state;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.verhuurtoezicht.engine.model.ElementDef;

/**
 * A live element instance. Mutable state carrier owned by the single writer thread; the root of a
 * process instance has no parent.
 */
public final class ElementInstance {
  public final long key;
  public final long processInstanceKey;
  public final ElementInstance parent;
  public final ElementDef element;
  public final ProcessDefinition definition;
  public ElementState state;
  /** Live child element instances, in creation order. */
  public final Map<Long, ElementInstance> children = new LinkedHashMap<>();
  /** Parallel-join arrivals still waiting: gateway id to (incoming flow id to count). */
  public final Map<String, Map<String, Integer>> joinArrivals = new HashMap<>();
  /** Set when the instance ends by termination rather than completion (history tells the two apart). */
  public boolean terminated;
  public long jobKey;
  public long incidentKey;

  public ElementInstance(
      long key, long processInstanceKey, ElementInstance parent, ElementDef element, ProcessDefinition definition) {
    this.key = key;
    this.processInstanceKey = processInstanceKey;
    this.parent = parent;
    this.element = element;
    this.definition = definition;
    this.state = ElementState.ACTIVATING;
  }

  public boolean hasPendingJoins() {
    for (Map<String, Integer> flows : joinArrivals.values()) {
      for (int count : flows.values()) {
        if (count > 0) {
          return true;
        }
      }
    }
    return false;
  }
}
