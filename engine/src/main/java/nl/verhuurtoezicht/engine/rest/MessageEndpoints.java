package nl.verhuurtoezicht.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.verhuurtoezicht.engine.command.CommandProcessor;

/**
 * {@code POST /v2/messages/correlation} (Camunda 8.8): correlates a message at once, without
 * buffering, and answers with the first process instance it reached; 404 when nothing waits.
 */
public final class MessageEndpoints {
  private final CommandProcessor processor;

  public MessageEndpoints(CommandProcessor processor) {
    this.processor = processor;
  }

  public void register(RestServer server) {
    server.route("POST", "/v2/messages/correlation", (body, path) -> correlate(body));
  }

  private Object correlate(JsonNode body) throws RestException {
    String name = body.path("name").asText("");
    if (name.isEmpty()) {
      throw new RestException(400, "No name provided");
    }
    String correlationKey = body.path("correlationKey").asText("");
    JsonNode variables = body.path("variables");
    if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
      throw new RestException(400, "Property 'variables' must be a JSON object");
    }
    String document = variables.isObject() ? variables.toString() : "{}";
    long[] result = Commands.run(processor, engine -> engine.events().correlateMessage(name, correlationKey, document));
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("messageKey", String.valueOf(result[0]));
    response.put("tenantId", "<default>");
    response.put("processInstanceKey", String.valueOf(result[1]));
    return response;
  }
}
