package nl.verhuurtoezicht.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.verhuurtoezicht.engine.state.Incident;
import nl.verhuurtoezicht.engine.state.IncidentQuery;
import nl.verhuurtoezicht.engine.state.StateRepository;

/** {@code POST /v2/incidents/search} in Camunda 8.8's request and response shape. */
public final class IncidentSearch implements RestServer.Handler {
  private static final int DEFAULT_LIMIT = 100;
  private static final Map<String, String> KEY_FILTERS = Map.of(
      "incidentKey", "key",
      "processInstanceKey", "process_instance_key",
      "processDefinitionKey", "process_definition_key",
      "elementInstanceKey", "element_instance_key",
      "jobKey", "job_key");
  private static final Map<String, String> TEXT_FILTERS = Map.of(
      "processDefinitionId", "bpmn_process_id",
      "elementId", "element_id",
      "errorType", "error_type",
      "errorMessage", "error_message",
      "state", "state");
  private static final Set<String> IGNORED_FILTERS = Set.of("tenantId");

  private final DataSource dataSource;
  private final StateRepository repository;

  public IncidentSearch(DataSource dataSource, StateRepository repository) {
    this.dataSource = dataSource;
    this.repository = repository;
  }

  @Override
  public Object handle(JsonNode body, List<String> pathGroups) throws RestException {
    Map<String, Object> equalities = new LinkedHashMap<>();
    JsonNode filter = body.path("filter");
    for (var it = filter.fields(); it.hasNext(); ) {
      var field = it.next();
      String value = filterValue(field.getKey(), field.getValue());
      if (KEY_FILTERS.containsKey(field.getKey())) {
        try {
          equalities.put(KEY_FILTERS.get(field.getKey()), Long.parseLong(value));
        } catch (NumberFormatException e) {
          throw new RestException(400, "Filter '" + field.getKey() + "' must be a key (a number), but was '" + value + "'");
        }
      } else if (TEXT_FILTERS.containsKey(field.getKey())) {
        equalities.put(TEXT_FILTERS.get(field.getKey()), value);
      } else if (!IGNORED_FILTERS.contains(field.getKey())) {
        throw new RestException(400, "Filter '" + field.getKey() + "' is not supported");
      }
    }
    int from = body.path("page").path("from").asInt(0);
    int limit = body.path("page").path("limit").asInt(DEFAULT_LIMIT);
    IncidentQuery query = new IncidentQuery(equalities, from, limit);
    try (Connection connection = dataSource.getConnection()) {
      List<Incident> incidents = repository.findIncidents(connection, query);
      long total = repository.countIncidents(connection, query);
      List<Map<String, Object>> items = new ArrayList<>();
      for (Incident incident : incidents) {
        items.add(toJson(incident));
      }
      Map<String, Object> page = new LinkedHashMap<>();
      page.put("totalItems", total);
      page.put("hasMoreTotalItems", false);
      page.put("startCursor", null);
      page.put("endCursor", null);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("items", items);
      result.put("page", page);
      return result;
    } catch (SQLException e) {
      throw new RestException(500, "Incident search failed: " + e.getMessage());
    }
  }

  /** Accepts a plain value or Camunda's advanced filter {"$eq": value}. */
  private static String filterValue(String name, JsonNode value) throws RestException {
    if (value.isObject()) {
      if (value.has("$eq") && value.size() == 1) {
        return value.get("$eq").asText();
      }
      throw new RestException(400, "Filter '" + name + "' supports only a value or {\"$eq\": value}");
    }
    return value.asText();
  }

  private static Map<String, Object> toJson(Incident incident) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("incidentKey", String.valueOf(incident.key));
    item.put("processDefinitionKey", String.valueOf(incident.processDefinitionKey));
    item.put("processDefinitionId", incident.bpmnProcessId);
    item.put("processInstanceKey", String.valueOf(incident.processInstanceKey));
    item.put("errorType", incident.errorType);
    item.put("errorMessage", incident.errorMessage);
    item.put("elementId", incident.elementId);
    item.put("elementInstanceKey", String.valueOf(incident.elementInstanceKey));
    item.put("creationTime", incident.creationTime.toString());
    item.put("state", incident.state);
    item.put("jobKey", incident.jobKey == 0 ? null : String.valueOf(incident.jobKey));
    item.put("tenantId", "<default>");
    return item;
  }
}
