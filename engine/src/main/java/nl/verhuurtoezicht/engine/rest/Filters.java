package nl.verhuurtoezicht.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds SQL conditions from Camunda 8.8 search filters: a field is a plain value, or an advanced
 * filter {@code {"$eq": v}}, {@code {"$in": [..]}}, {@code {"$exists": bool}}.
 */
final class Filters {
  final StringBuilder where = new StringBuilder(" where true");
  final List<Object> binds = new ArrayList<>();

  void key(JsonNode filter, String field, String column) throws RestException {
    JsonNode value = filter.get(field);
    if (value == null || value.isNull()) {
      return;
    }
    JsonNode plain = value.isObject() && value.has("$eq") ? value.get("$eq") : value;
    if (plain.isObject()) {
      throw new RestException(400, "Filter '" + field + "' supports only a key or {\"$eq\": key}");
    }
    where.append(" and ").append(column).append(" = ?");
    binds.add(Commands.key(plain.asText(), "filter '" + field + "'"));
  }

  void text(JsonNode filter, String field, String column) throws RestException {
    JsonNode value = filter.get(field);
    if (value == null || value.isNull()) {
      return;
    }
    if (!value.isObject()) {
      where.append(" and ").append(column).append(" = ?");
      binds.add(value.asText());
      return;
    }
    if (value.has("$eq")) {
      where.append(" and ").append(column).append(" = ?");
      binds.add(value.get("$eq").asText());
    } else if (value.has("$in")) {
      where.append(" and ").append(column).append(" = any(?)");
      List<String> values = new ArrayList<>();
      value.get("$in").forEach(v -> values.add(v.asText()));
      binds.add(values.toArray(new String[0]));
    } else if (value.has("$exists")) {
      where.append(" and ").append(column).append(value.get("$exists").asBoolean() ? " is not null" : " is null");
    } else {
      throw new RestException(400, "Filter '" + field + "' supports a value, $eq, $in or $exists");
    }
  }

  /** A JSON list column that must contain the value. */
  void contains(JsonNode filter, String field, String column) throws RestException {
    JsonNode value = filter.get(field);
    if (value == null || value.isNull()) {
      return;
    }
    JsonNode plain = value.isObject() && value.has("$eq") ? value.get("$eq") : value;
    if (plain.isObject()) {
      throw new RestException(400, "Filter '" + field + "' supports only a value or {\"$eq\": value}");
    }
    where.append(" and jsonb_exists(").append(column).append("::jsonb, ?)");
    binds.add(plain.asText());
  }

  static int from(JsonNode body) {
    return Math.max(0, body.path("page").path("from").asInt(0));
  }

  static int limit(JsonNode body) {
    int limit = body.path("page").path("limit").asInt(100);
    return Math.max(1, Math.min(limit, 10_000));
  }
}
