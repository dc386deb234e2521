package nl.verhuurtoezicht.engine.exec;

import java.util.List;

/** Results the engine hands to the API layer, independent of gRPC and REST types. */
public final class Views {
  private Views() {}

  public record DeployedProcess(String bpmnProcessId, int version, long processDefinitionKey, String resourceName) {}

  public record Deployment(long key, List<DeployedProcess> processes, List<DeployedDecisions> decisions) {}

  /** A deployed DMN resource: its decision requirements graph and decisions (Engine II). */
  public record DeployedDecisions(
      nl.verhuurtoezicht.engine.state.DecisionRequirements requirements,
      List<nl.verhuurtoezicht.engine.state.DecisionDefinition> decisions) {}

  /** A live element instance for the read API; incidentKey is 0 without an open incident. */
  public record ActiveElement(
      long key, String elementId, String type, long processDefinitionKey, String bpmnProcessId, long incidentKey) {}

  /**
   * A user task changeset; a null component is not part of the change, an empty Optional clears
   * the date.
   */
  public record UserTaskChanges(
      java.util.Optional<String> dueDate,
      java.util.Optional<String> followUpDate,
      List<String> candidateGroups,
      List<String> candidateUsers,
      Integer priority) {}

  public record ScopedVariable(long scopeKey, String name, String value) {}

  public record DecisionEvaluation(
      nl.verhuurtoezicht.engine.state.DecisionDefinition decision,
      nl.verhuurtoezicht.engine.dmn.DecisionOutcome outcome,
      java.util.Map<String, nl.verhuurtoezicht.engine.state.DecisionDefinition> evaluatedDefinitions,
      long evaluationKey) {}

  public record CreatedInstance(long processDefinitionKey, String bpmnProcessId, int version, long processInstanceKey) {}

  public record ActivatedJob(
      long key, String type, long processInstanceKey, String bpmnProcessId, int processDefinitionVersion,
      long processDefinitionKey, String elementId, long elementInstanceKey, String customHeaders, String worker,
      int retries, long deadline, String variables) {}

  public record Resource(String name, byte[] content) {}
}
