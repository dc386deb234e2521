package nl.verhuurtoezicht.engine.exec;

import java.util.List;

/** Results the engine hands to the API layer, independent of gRPC and REST types. */
public final class Views {
  private Views() {}

  public record DeployedProcess(String bpmnProcessId, int version, long processDefinitionKey, String resourceName) {}

  public record Deployment(long key, List<DeployedProcess> processes) {}

  public record CreatedInstance(long processDefinitionKey, String bpmnProcessId, int version, long processInstanceKey) {}

  public record ActivatedJob(
      long key, String type, long processInstanceKey, String bpmnProcessId, int processDefinitionVersion,
      long processDefinitionKey, String elementId, long elementInstanceKey, String customHeaders, String worker,
      int retries, long deadline, String variables) {}

  public record Resource(String name, byte[] content) {}
}
