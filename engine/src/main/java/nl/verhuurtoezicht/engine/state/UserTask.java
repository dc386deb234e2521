package nl.verhuurtoezicht.engine.state;

import java.util.List;

/** A Camunda user task. Its row stays after completion or cancellation so it can still be searched. */
public final class UserTask {
  public final long key;
  public final long elementInstanceKey;
  public final long processInstanceKey;
  public final long processDefinitionKey;
  public final String bpmnProcessId;
  public final int processDefinitionVersion;
  public final String elementId;
  public List<String> candidateGroups;
  public List<String> candidateUsers;
  public String dueDate;
  public String followUpDate;
  public final String formKey;
  public final String externalFormReference;
  public int priority;
  public final String customHeaders;
  public final String creationDate;
  public String assignee;
  /** CREATED, COMPLETED or CANCELED, as Camunda 8.8 reports them. */
  public String state = "CREATED";
  public String completionDate;

  public UserTask(long key, long elementInstanceKey, long processInstanceKey, long processDefinitionKey,
      String bpmnProcessId, int processDefinitionVersion, String elementId, String assignee,
      List<String> candidateGroups, List<String> candidateUsers, String dueDate, String followUpDate, String formKey,
      String externalFormReference, int priority, String customHeaders, String creationDate) {
    this.key = key;
    this.elementInstanceKey = elementInstanceKey;
    this.processInstanceKey = processInstanceKey;
    this.processDefinitionKey = processDefinitionKey;
    this.bpmnProcessId = bpmnProcessId;
    this.processDefinitionVersion = processDefinitionVersion;
    this.elementId = elementId;
    this.assignee = assignee;
    this.candidateGroups = candidateGroups;
    this.candidateUsers = candidateUsers;
    this.dueDate = dueDate;
    this.followUpDate = followUpDate;
    this.formKey = formKey;
    this.externalFormReference = externalFormReference;
    this.priority = priority;
    this.customHeaders = customHeaders;
    this.creationDate = creationDate;
  }
}
