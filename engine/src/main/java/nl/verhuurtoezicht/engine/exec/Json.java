package nl.verhuurtoezicht.engine.exec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON conversions for variables: documents in, per-variable JSON values out, and back. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /**
   * Splits a variables document into its top-level variables. Blank means no variables; anything
   * that is not a JSON object is rejected as Zeebe does.
   */
  public static Map<String, String> variablesDocument(String document) {
    Map<String, String> result = new LinkedHashMap<>();
    if (document == null || document.isBlank()) {
      return result;
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(document);
    } catch (JsonProcessingException e) {
      throw new EngineException(
          EngineException.Reason.INVALID_ARGUMENT,
          "Property 'variables' is invalid: expected a JSON object, but got '" + abbreviate(document)
              + "': " + e.getOriginalMessage());
    }
    if (node == null || node.isNull() || node.isMissingNode()) {
      return result;
    }
    if (!node.isObject()) {
      throw new EngineException(
          EngineException.Reason.INVALID_ARGUMENT,
          "Property 'variables' is invalid: expected document to be a root level object, but was '"
              + node.getNodeType() + "'");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      result.put(field.getKey(), field.getValue().toString());
    }
    return result;
  }

  public static Object toJava(String json) {
    try {
      return MAPPER.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored variable is not JSON: " + json, e);
    }
  }

  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return quoted(String.valueOf(value));
    }
  }

  private static String quoted(String text) {
    try {
      return MAPPER.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Builds one JSON document from per-variable JSON values. */
  public static String document(Map<String, String> variables) {
    StringBuilder json = new StringBuilder("{");
    variables.forEach(
        (name, value) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          json.append(quoted(name)).append(':').append(value);
        });
    return json.append('}').toString();
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }
}
