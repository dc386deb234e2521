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
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Read endpoints to show a case's state, in Camunda 8.8's shapes: a process instance, its active
 * element instances and its variables. They read committed rows; the engine keeps element
 * instances and variables only while they are live.
 */
public final class ProcessInstanceEndpoints {
  private final DataSource dataSource;
  private final IncidentSearch incidents;

  public ProcessInstanceEndpoints(DataSource dataSource, IncidentSearch incidents) {
    this.dataSource = dataSource;
    this.incidents = incidents;
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

  private Object elementInstances(JsonNode body) throws RestException {
    JsonNode filter = body.path("filter");
    Filters filters = new Filters();
    filters.key(filter, "processInstanceKey", "e.process_instance_key");
    filters.key(filter, "elementInstanceKey", "e.key");
    filters.text(filter, "elementId", "e.element_id");
    if (filter.has("state") && !"ACTIVE".equals(stateFilter(filter.get("state")))) {
      return page(List.of(), 0);
    }
    int from = Filters.from(body);
    int limit = Filters.limit(body);
    return read(ctx -> {
      List<Object> binds = new ArrayList<>(filters.binds);
      binds.add(limit);
      binds.add(from);
      List<Map<String, Object>> items = new ArrayList<>();
      for (Record r : ctx.fetch("select e.*, p.bpmn_process_id, p.process_definition_key,"
          + " (select i.key from engine.incident i where i.element_instance_key = e.key and i.state = 'ACTIVE'"
          + " limit 1) as incident_key from engine.element_instance e"
          + " join engine.process_instance p on p.key = e.process_instance_key"
          + filters.where + " and e.parent_key is not null order by e.key limit ? offset ?", binds.toArray())) {
        Long incident = r.get("incident_key", Long.class);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("elementInstanceKey", String.valueOf(r.get("key", Long.class)));
        item.put("processInstanceKey", String.valueOf(r.get("process_instance_key", Long.class)));
        item.put("processDefinitionKey", String.valueOf(r.get("process_definition_key", Long.class)));
        item.put("processDefinitionId", r.get("bpmn_process_id", String.class));
        item.put("elementId", r.get("element_id", String.class));
        item.put("elementName", r.get("element_id", String.class));
        item.put("state", "ACTIVE");
        item.put("hasIncident", incident != null);
        item.put("incidentKey", incident == null ? null : String.valueOf(incident));
        item.put("tenantId", "<default>");
        items.add(item);
      }
      Number total = (Number) ctx.fetchValue("select count(*) from engine.element_instance e" + filters.where
          + " and e.parent_key is not null", filters.binds.toArray());
      return page(items, total.longValue());
    });
  }

  private Object variables(JsonNode body) throws RestException {
    JsonNode filter = body.path("filter");
    Filters filters = new Filters();
    filters.key(filter, "processInstanceKey", "e.process_instance_key");
    filters.key(filter, "scopeKey", "v.scope_key");
    filters.text(filter, "name", "v.name");
    int from = Filters.from(body);
    int limit = Filters.limit(body);
    return read(ctx -> {
      List<Object> binds = new ArrayList<>(filters.binds);
      binds.add(limit);
      binds.add(from);
      List<Map<String, Object>> items = new ArrayList<>();
      String join = " from engine.variable v join engine.element_instance e on e.key = v.scope_key";
      for (Record r : ctx.fetch("select v.scope_key, v.name, v.value, e.process_instance_key" + join + filters.where
          + " order by v.scope_key, v.name limit ? offset ?", binds.toArray())) {
        Map<String, Object> item = new LinkedHashMap<>();
        String value = r.get("value", String.class);
        item.put("name", r.get("name", String.class));
        item.put("value", value);
        item.put("isTruncated", false);
        item.put("variableKey", String.valueOf(variableKey(r.get("scope_key", Long.class), r.get("name", String.class))));
        item.put("scopeKey", String.valueOf(r.get("scope_key", Long.class)));
        item.put("processInstanceKey", String.valueOf(r.get("process_instance_key", Long.class)));
        item.put("tenantId", "<default>");
        items.add(item);
      }
      Number total = (Number) ctx.fetchValue("select count(*)" + join + filters.where, filters.binds.toArray());
      return page(items, total.longValue());
    });
  }

  /**
   * Variables have no key of their own in this engine (they are identified by scope and name), so
   * the API's variableKey is derived from both, stable across calls.
   */
  private static long variableKey(long scopeKey, String name) {
    long hash = scopeKey * 0x9E3779B97F4A7C15L + name.hashCode();
    return hash & Long.MAX_VALUE;
  }

  private static String stateFilter(JsonNode state) {
    return state.isObject() && state.has("$eq") ? state.get("$eq").asText() : state.asText();
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
