package nl.verhuurtoezicht.engine.model;

/** The BPMN element kinds the engine executes; each has one behaviour in the exec package. */
public enum ElementKind {
  PROCESS,
  START_EVENT,
  END_EVENT,
  SERVICE_TASK,
  SCRIPT_TASK,
  EXCLUSIVE_GATEWAY,
  PARALLEL_GATEWAY,
  SUB_PROCESS,
  BOUNDARY_EVENT,
  INTERMEDIATE_CATCH_EVENT,
  INTERMEDIATE_THROW_EVENT,
  RECEIVE_TASK,
  USER_TASK,
  BUSINESS_RULE_TASK,
  CALL_ACTIVITY,
  EVENT_BASED_GATEWAY,
  EVENT_SUB_PROCESS,
  MULTI_INSTANCE_BODY
}
