package nl.verhuurtoezicht.engine.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
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
 * The user task part of the Camunda 8.8 REST API: search and get read committed rows; assignment,
 * unassignment and completion are commands on the writer. Successful commands answer 204.
 */
public final class UserTaskEndpoints {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TASK = "/v2/user-tasks/(\\d+)";

  private final DataSource dataSource;
  private final CommandProcessor processor;

  public UserTaskEndpoints(DataSource dataSource, CommandProcessor processor) {
    this.dataSource = dataSource;
    this.processor = processor;
  }

  public void register(RestServer server) {
    server.route("POST", "/v2/user-tasks/search", (body, path) -> search(body));
    server.route("GET", TASK, (body, path) -> get(Commands.key(path.get(0), "user task key")));
    server.route("POST", TASK + "/assignment", (body, path) -> assign(Commands.key(path.get(0), "user task key"), body));
    server.route("PATCH", TASK, (body, path) -> update(Commands.key(path.get(0), "user task key"), body));
    server.route("DELETE", TASK + "/assignee", (body, path) -> unassign(Commands.key(path.get(0), "user task key")));
    server.route("POST", TASK + "/completion", (body, path) -> complete(Commands.key(path.get(0), "user task key"), body));
  }

  private Object search(JsonNode body) throws RestException {
    JsonNode filter = body.path("filter");
    Filters filters = new Filters();
    filters.key(filter, "userTaskKey", "key");
    filters.key(filter, "processInstanceKey", "process_instance_key");
    filters.key(filter, "processDefinitionKey", "process_definition_key");
    filters.key(filter, "elementInstanceKey", "element_instance_key");
    filters.text(filter, "state", "state");
    filters.text(filter, "assignee", "assignee");
    filters.text(filter, "elementId", "element_id");
    filters.text(filter, "processDefinitionId", "bpmn_process_id");
    filters.contains(filter, "candidateGroup", "candidate_groups");
    filters.contains(filter, "candidateUser", "candidate_users");
    String order = order(body.path("sort"));
    int from = Filters.from(body);
    int limit = Filters.limit(body);
    try (Connection connection = dataSource.getConnection()) {
      DSLContext ctx = DSL.using(connection, SQLDialect.POSTGRES);
      List<Object> binds = new ArrayList<>(filters.binds);
      binds.add(limit);
      binds.add(from);
      List<Map<String, Object>> items = new ArrayList<>();
      for (Record r : ctx.fetch("select * from engine.user_task" + filters.where + order + " limit ? offset ?",
          binds.toArray())) {
        items.add(toJson(r));
      }
      Number total = (Number) ctx.fetchValue("select count(*) from engine.user_task" + filters.where,
          filters.binds.toArray());
      Map<String, Object> page = new LinkedHashMap<>();
      page.put("totalItems", total.longValue());
      page.put("hasMoreTotalItems", false);
      page.put("startCursor", null);
      page.put("endCursor", null);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("items", items);
      result.put("page", page);
      return result;
    } catch (SQLException e) {
      throw new RestException(500, "User task search failed: " + e.getMessage());
    }
  }

  private static String order(JsonNode sort) throws RestException {
    if (!sort.isArray() || sort.isEmpty()) {
      return " order by key";
    }
    List<String> parts = new ArrayList<>();
    for (JsonNode item : sort) {
      String column = switch (item.path("field").asText()) {
        case "creationDate" -> "creation_date";
        case "completionDate" -> "completion_date";
        case "dueDate" -> "due_date";
        case "followUpDate" -> "follow_up_date";
        case "priority" -> "priority";
        default -> throw new RestException(400, "Sorting by '" + item.path("field").asText() + "' is not supported");
      };
      parts.add(column + ("DESC".equalsIgnoreCase(item.path("order").asText()) ? " desc" : " asc"));
    }
    parts.add("key");
    return " order by " + String.join(", ", parts);
  }

  private Object get(long key) throws RestException {
    try (Connection connection = dataSource.getConnection()) {
      Record r = DSL.using(connection, SQLDialect.POSTGRES).fetchOne("select * from engine.user_task where key = ?", key);
      if (r == null) {
        throw new RestException(404, "User task with key '" + key + "' not found");
      }
      return toJson(r);
    } catch (SQLException e) {
      throw new RestException(500, "Reading user task failed: " + e.getMessage());
    }
  }

  private Object assign(long key, JsonNode body) throws RestException {
    String assignee = body.path("assignee").asText(null);
    boolean allowOverride = !body.has("allowOverride") || body.path("allowOverride").asBoolean(true);
    Commands.run(processor, engine -> {
      engine.events().assignUserTask(key, assignee, allowOverride);
      return Boolean.TRUE;
    });
    return null;
  }

  private Object update(long key, JsonNode body) throws RestException {
    JsonNode changeset = body.path("changeset");
    if (!changeset.isObject()) {
      throw new RestException(400, "Expected a 'changeset' object with dueDate, followUpDate, candidateGroups,"
          + " candidateUsers or priority");
    }
    Views.UserTaskChanges changes = new Views.UserTaskChanges(
        optionalText(changeset, "dueDate"), optionalText(changeset, "followUpDate"),
        strings(changeset, "candidateGroups"), strings(changeset, "candidateUsers"),
        changeset.hasNonNull("priority") ? changeset.get("priority").asInt() : null);
    Commands.run(processor, engine -> {
      engine.events().updateUserTask(key, changes);
      return Boolean.TRUE;
    });
    return null;
  }

  private static java.util.Optional<String> optionalText(JsonNode changeset, String field) {
    if (!changeset.has(field)) {
      return null;
    }
    JsonNode value = changeset.get(field);
    return value.isNull() ? java.util.Optional.empty() : java.util.Optional.of(value.asText());
  }

  private static List<String> strings(JsonNode changeset, String field) throws RestException {
    if (!changeset.has(field) || changeset.get(field).isNull()) {
      return null;
    }
    if (!changeset.get(field).isArray()) {
      throw new RestException(400, "'" + field + "' must be a list of strings");
    }
    List<String> values = new ArrayList<>();
    changeset.get(field).forEach(value -> values.add(value.asText()));
    return values;
  }

  private Object unassign(long key) throws RestException {
    Commands.run(processor, engine -> {
      engine.events().unassignUserTask(key);
      return Boolean.TRUE;
    });
    return null;
  }

  private Object complete(long key, JsonNode body) throws RestException {
    JsonNode variables = body.path("variables");
    if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
      throw new RestException(400, "Property 'variables' must be a JSON object");
    }
    String document = variables.isObject() ? variables.toString() : "{}";
    Commands.run(processor, engine -> {
      engine.events().completeUserTask(key, document);
      return Boolean.TRUE;
    });
    return null;
  }

  private static Map<String, Object> toJson(Record r) throws RestException {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("userTaskKey", String.valueOf(r.get("key", Long.class)));
    item.put("name", r.get("element_id", String.class));
    item.put("state", r.get("state", String.class));
    item.put("assignee", r.get("assignee", String.class));
    item.put("elementId", r.get("element_id", String.class));
    item.put("candidateGroups", list(r.get("candidate_groups", String.class)));
    item.put("candidateUsers", list(r.get("candidate_users", String.class)));
    item.put("processDefinitionId", r.get("bpmn_process_id", String.class));
    item.put("creationDate", r.get("creation_date", String.class));
    item.put("completionDate", r.get("completion_date", String.class));
    item.put("followUpDate", r.get("follow_up_date", String.class));
    item.put("dueDate", r.get("due_date", String.class));
    item.put("tenantId", "<default>");
    String formKey = r.get("form_key", String.class);
    boolean linkedForm = formKey != null && formKey.chars().allMatch(Character::isDigit);
    // Camunda 8.8 reports a linked form by key; a custom form key is an external form reference.
    item.put("externalFormReference", r.get("external_form_reference", String.class) != null
        ? r.get("external_form_reference", String.class) : linkedForm ? null : formKey);
    item.put("processDefinitionVersion", r.get("process_definition_version", Integer.class));
    item.put("customHeaders", headers(r.get("custom_headers", String.class)));
    item.put("priority", r.get("priority", Integer.class));
    item.put("elementInstanceKey", String.valueOf(r.get("element_instance_key", Long.class)));
    item.put("processDefinitionKey", String.valueOf(r.get("process_definition_key", Long.class)));
    item.put("processInstanceKey", String.valueOf(r.get("process_instance_key", Long.class)));
    item.put("formKey", linkedForm ? formKey : null);
    return item;
  }

  private static List<String> list(String json) throws RestException {
    try {
      return JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (java.io.IOException e) {
      throw new RestException(500, "Stored list is not JSON: " + json);
    }
  }

  private static Map<String, String> headers(String json) throws RestException {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
    } catch (java.io.IOException e) {
      throw new RestException(500, "Stored headers are not JSON: " + json);
    }
  }
}
