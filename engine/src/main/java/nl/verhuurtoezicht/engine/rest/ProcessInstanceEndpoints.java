package nl.verhuurtoezicht.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.verhuurtoezicht.engine.command.CommandProcessor;
import nl.verhuurtoezicht.engine.exec.Views;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Read endpoints to show a case's state, in Camunda 8.8's shapes: a process instance (committed
 * rows), its incidents, and its live element instances and variables (read from the writer's
 * state; the engine keeps no history of finished elements or variables of finished instances).
 */
public final class ProcessInstanceEndpoints {
  private final DataSource dataSource;
  private final IncidentSearch incidents;
  private final CommandProcessor processor;

  public ProcessInstanceEndpoints(DataSource dataSource, IncidentSearch incidents, CommandProcessor processor) {
    this.dataSource = dataSource;
    this.incidents = incidents;
    this.processor = processor;
  }

  public void register(RestServer server) {
    server.route("GET", "/v2/process-instances/(\\d+)",
        (body, path) -> processInstance(Commands.key(path.get(0), "process instance key")));
    server.route("POST", "/v2/process-instances/(\\d+)/incidents/search", (body, path) -> {
      com.fasterxml.jackson.databind.node.ObjectNode query = com.fasterxml.jackson.databind.node.JsonNodeFactory
          .instance.objectNode();
      query.putObject("filter").put("processInstanceKey", Commands.key(path.get(0), "process instance key"));
      if (body.has("page")) {
        query.set("page", body.get("page"));
      }
      return incidents.handle(query, List.of());
    });
    server.route("POST", "/v2/element-instances/search", (body, path) -> elementInstances(body));
    server.route("POST", "/v2/variables/search", (body, path) -> variables(body));
  }

  private Object processInstance(long key) throws RestException {
    return read(ctx -> {
      Record r = ctx.fetchOne("select p.*, l.caller_element_instance_key, l.parent_process_instance_key,"
          + " exists (select 1 from engine.incident i where i.process_instance_key = p.key and i.state = 'ACTIVE')"
          + " as has_incident from engine.process_instance p"
          + " left join engine.call_link l on l.child_process_instance_key = p.key where p.key = ?", key);
      if (r == null) {
        throw new RestException(404, "Process instance with key '" + key + "' not found");
      }
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("processInstanceKey", String.valueOf(r.get("key", Long.class)));
      item.put("processDefinitionId", r.get("bpmn_process_id", String.class));
      item.put("processDefinitionName", r.get("bpmn_process_id", String.class));
      item.put("processDefinitionVersion", r.get("version", Integer.class));
      item.put("processDefinitionKey", String.valueOf(r.get("process_definition_key", Long.class)));
      item.put("startDate", r.get("start_time", OffsetDateTime.class).toString());
      OffsetDateTime end = r.get("end_time", OffsetDateTime.class);
      item.put("endDate", end == null ? null : end.toString());
      item.put("state", r.get("state", String.class).equals("TERMINATED") ? "TERMINATED" : r.get("state", String.class));
      item.put("hasIncident", r.get("has_incident", Boolean.class));
      item.put("tenantId", "<default>");
      Long parent = r.get("parent_process_instance_key", Long.class);
      Long caller = r.get("caller_element_instance_key", Long.class);
      item.put("parentProcessInstanceKey", parent == null ? null : String.valueOf(parent));
      item.put("parentElementInstanceKey", caller == null ? null : String.valueOf(caller));
      return item;
    });
  }

  /**
   * Live element instances (ACTIVE, from the writer's state) and ended ones (COMPLETED, TERMINATED, from the
   * history table) in activation order, so a caller can read the path an instance took. Live ones are read first:
   * an element that ends in between shows once, as ended.
   */
  private Object elementInstances(JsonNode body) throws RestException {
    JsonNode filter = body.path("filter");
    long processInstanceKey = requiredKey(filter, "processInstanceKey");
    String elementId = text(filter.get("elementId"));
    String elementInstanceKey = text(filter.get("elementInstanceKey"));
    String state = text(filter.get("state"));
    List<Views.ActiveElement> active;
    try {
      active = Commands.run(processor, engine -> engine.events().activeElements(processInstanceKey));
    } catch (RestException e) {
      if (e.status() != 404) {
        throw e;
      }
      active = List.of(); // the instance has ended: only its history remains
    }
    Map<Long, Map<String, Object>> byKey = new java.util.TreeMap<>();
    for (Views.ActiveElement element : active) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("elementInstanceKey", String.valueOf(element.key()));
      item.put("processInstanceKey", String.valueOf(processInstanceKey));
      item.put("processDefinitionKey", String.valueOf(element.processDefinitionKey()));
      item.put("processDefinitionId", element.bpmnProcessId());
      item.put("elementId", element.elementId());
      item.put("elementName", element.elementId());
      item.put("type", element.type());
      item.put("state", "ACTIVE");
      item.put("endDate", null);
      item.put("hasIncident", element.incidentKey() != 0);
      item.put("incidentKey", element.incidentKey() == 0 ? null : String.valueOf(element.incidentKey()));
      item.put("tenantId", "<default>");
      byKey.put(element.key(), item);
    }
    read(ctx -> {
      for (Record r : ctx.fetch("select h.key, h.element_id, h.element_type, h.state, h.end_time,"
          + " p.bpmn_process_id, p.process_definition_key from engine.element_history h"
          + " join engine.process_instance p on p.key = h.process_instance_key"
          + " where h.process_instance_key = ? and h.parent_key is not null", processInstanceKey)) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("elementInstanceKey", String.valueOf(r.get("key", Long.class)));
        item.put("processInstanceKey", String.valueOf(processInstanceKey));
        item.put("processDefinitionKey", String.valueOf(r.get("process_definition_key", Long.class)));
        item.put("processDefinitionId", r.get("bpmn_process_id", String.class));
        item.put("elementId", r.get("element_id", String.class));
        item.put("elementName", r.get("element_id", String.class));
        item.put("type", r.get("element_type", String.class));
        item.put("state", r.get("state", String.class));
        item.put("endDate", r.get("end_time", OffsetDateTime.class).toString());
        item.put("hasIncident", false);
        item.put("incidentKey", null);
        item.put("tenantId", "<default>");
        byKey.put(r.get("key", Long.class), item);
      }
      return null;
    });
    List<Map<String, Object>> items = new ArrayList<>();
    for (Map<String, Object> item : byKey.values()) {
      if ((elementId == null || elementId.equals(item.get("elementId")))
          && (elementInstanceKey == null || elementInstanceKey.equals(item.get("elementInstanceKey")))
          && (state == null || state.equals(item.get("state")))) {
        items.add(item);
      }
    }
    return page(slice(items, body), items.size());
  }

  private Object variables(JsonNode body) throws RestException {
    JsonNode filter = body.path("filter");
    long processInstanceKey = requiredKey(filter, "processInstanceKey");
    String name = text(filter.get("name"));
    String scopeKey = text(filter.get("scopeKey"));
    List<Views.ScopedVariable> variables;
    try {
      variables = Commands.run(processor, engine -> engine.events().variables(processInstanceKey));
    } catch (RestException notActive) {
      if (notActive.status() != 404) {
        throw notActive;
      }
      variables = endedVariables(processInstanceKey).orElseThrow(() -> notActive);
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (Views.ScopedVariable variable : variables) {
      if ((name != null && !name.equals(variable.name()))
          || (scopeKey != null && !scopeKey.equals(String.valueOf(variable.scopeKey())))) {
        continue;
      }
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", variable.name());
      item.put("value", variable.value());
      item.put("isTruncated", false);
      item.put("variableKey", String.valueOf(variableKey(variable.scopeKey(), variable.name())));
      item.put("scopeKey", String.valueOf(variable.scopeKey()));
      item.put("processInstanceKey", String.valueOf(processInstanceKey));
      item.put("tenantId", "<default>");
      items.add(item);
    }
    return page(slice(items, body), items.size());
  }

  /**
   * The variables an ended process instance left (its scopes' last values), or empty when no such instance ever
   * ended here; the root scope's first, as for a live instance.
   */
  @SuppressWarnings("unchecked")
  private java.util.Optional<List<Views.ScopedVariable>> endedVariables(long processInstanceKey) throws RestException {
    return (java.util.Optional<List<Views.ScopedVariable>>) read(ctx -> {
      if (ctx.fetchOne("select 1 from engine.process_instance where key = ? and state <> 'ACTIVE'",
          processInstanceKey) == null) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(ctx.fetch("select scope_key, name, value from engine.variable_history"
              + " where process_instance_key = ? order by scope_key <> ?, scope_key, name", processInstanceKey,
              processInstanceKey)
          .map(r -> new Views.ScopedVariable(r.get("scope_key", Long.class), r.get("name", String.class),
              r.get("value", String.class))));
    });
  }

  /** Live element instances and variables are read per process instance, so the filter must name one. */
  private static long requiredKey(JsonNode filter, String field) throws RestException {
    String value = text(filter.get(field));
    if (value == null) {
      throw new RestException(400, "This engine answers this search only with a '" + field + "' filter");
    }
    return Commands.key(value, "filter '" + field + "'");
  }

  private static String text(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isObject() && value.has("$eq") ? value.get("$eq").asText() : value.asText();
  }

  private static List<Map<String, Object>> slice(List<Map<String, Object>> items, JsonNode body) {
    int from = Math.min(Filters.from(body), items.size());
    return items.subList(from, Math.min(items.size(), from + Filters.limit(body)));
  }

  /**
   * Variables have no key of their own in this engine (they are identified by scope and name), so
   * the API's variableKey is derived from both, stable across calls.
   */
  private static long variableKey(long scopeKey, String name) {
    long hash = scopeKey * 0x9E3779B97F4A7C15L + name.hashCode();
    return hash & Long.MAX_VALUE;
  }

  private static Map<String, Object> page(List<Map<String, Object>> items, long total) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("totalItems", total);
    page.put("hasMoreTotalItems", false);
    page.put("startCursor", null);
    page.put("endCursor", null);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("items", items);
    result.put("page", page);
    return result;
  }

  private interface Query {
    Object run(DSLContext ctx) throws RestException;
  }

  private Object read(Query query) throws RestException {
    try (Connection connection = dataSource.getConnection()) {
      return query.run(DSL.using(connection, SQLDialect.POSTGRES));
    } catch (SQLException e) {
      throw new RestException(500, "Reading engine state failed: " + e.getMessage());
    }
  }
}
