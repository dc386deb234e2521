package nl.verhuurtoezicht.engine.state;

import nl.verhuurtoezicht.engine.model.ProcessModel;

/** One deployed version of a process; the compiled model is kept in memory for execution. */
public record ProcessDefinition(
    long key,
    String bpmnProcessId,
    int version,
    String resourceName,
    String checksum,
    byte[] resource,
    long deploymentKey,
    ProcessModel model) {}
