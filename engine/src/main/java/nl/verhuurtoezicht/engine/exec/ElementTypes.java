package nl.verhuurtoezicht.engine.exec;

import nl.verhuurtoezicht.engine.model.ElementDef;

/** Camunda 8.8's element instance type names for the read API. */
final class ElementTypes {
  private ElementTypes() {}

  static String of(ElementDef element) {
    return switch (element.kind()) {
      case PROCESS -> "PROCESS";
      case START_EVENT -> "START_EVENT";
      case END_EVENT -> "END_EVENT";
      case SERVICE_TASK -> "SERVICE_TASK";
      case SCRIPT_TASK -> "SCRIPT_TASK";
      case EXCLUSIVE_GATEWAY -> "EXCLUSIVE_GATEWAY";
      case PARALLEL_GATEWAY -> "PARALLEL_GATEWAY";
      case SUB_PROCESS -> "SUB_PROCESS";
      case BOUNDARY_EVENT -> "BOUNDARY_EVENT";
      case INTERMEDIATE_CATCH_EVENT -> "INTERMEDIATE_CATCH_EVENT";
      case INTERMEDIATE_THROW_EVENT -> "INTERMEDIATE_THROW_EVENT";
      case RECEIVE_TASK -> "RECEIVE_TASK";
      case USER_TASK -> "USER_TASK";
      case BUSINESS_RULE_TASK -> "BUSINESS_RULE_TASK";
      case CALL_ACTIVITY -> "CALL_ACTIVITY";
      case EVENT_BASED_GATEWAY -> "EVENT_BASED_GATEWAY";
      case EVENT_SUB_PROCESS -> "EVENT_SUB_PROCESS";
      case MULTI_INSTANCE_BODY -> "MULTI_INSTANCE_BODY";
    };
  }
}
