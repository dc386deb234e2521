package nl.verhuurtoezicht.engine.model;

import nl.verhuurtoezicht.engine.feel.Expression;

/**
 * The zeebe:assignmentDefinition, zeebe:taskSchedule, zeebe:formDefinition and zeebe:priorityDefinition
 * of a Camunda user task; each expression is null when the model leaves it out.
 */
public record UserTaskDef(
    Expression assignee,
    Expression candidateGroups,
    Expression candidateUsers,
    Expression dueDate,
    Expression followUpDate,
    String formKey,
    String externalFormReference,
    Expression priority) {}
