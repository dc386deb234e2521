package nl.verhuurtoezicht.engine.model;

import java.util.Map;

/** One executable process of a deployed resource, compiled for execution. */
public record ProcessModel(String bpmnProcessId, ElementDef process, Map<String, ElementDef> elements) {

  public ElementDef element(String id) {
    return elements.get(id);
  }
}
