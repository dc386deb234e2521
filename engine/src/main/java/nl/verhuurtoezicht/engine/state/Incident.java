package nl.verhuurtoezicht.engine.state;

import java.time.Instant;

/** An open or resolved incident; errorType uses Zeebe's names (JOB_NO_RETRIES, ...). */
public final class Incident {
  public final long key;
  public final long processInstanceKey;
  public final long processDefinitionKey;
  public final String bpmnProcessId;
  public final String elementId;
  public final long elementInstanceKey;
  public final long jobKey;
  public final String errorType;
  public final String errorMessage;
  public final Instant creationTime;
  public String state = "ACTIVE";

  public Incident(
      long key,
      ElementInstance instance,
      long jobKey,
      String errorType,
      String errorMessage,
      Instant creationTime) {
    this.key = key;
    this.processInstanceKey = instance.processInstanceKey;
    this.processDefinitionKey = instance.definition.key();
    this.bpmnProcessId = instance.definition.bpmnProcessId();
    this.elementId = instance.element.id();
    this.elementInstanceKey = instance.key;
    this.jobKey = jobKey;
    this.errorType = errorType;
    this.errorMessage = errorMessage;
    this.creationTime = creationTime;
  }

  Incident(
      long key, long processInstanceKey, long processDefinitionKey, String bpmnProcessId, String elementId,
      long elementInstanceKey, long jobKey, String errorType, String errorMessage, Instant creationTime) {
    this.key = key;
    this.processInstanceKey = processInstanceKey;
    this.processDefinitionKey = processDefinitionKey;
    this.bpmnProcessId = bpmnProcessId;
    this.elementId = elementId;
    this.elementInstanceKey = elementInstanceKey;
    this.jobKey = jobKey;
    this.errorType = errorType;
    this.errorMessage = errorMessage;
    this.creationTime = creationTime;
  }
}
