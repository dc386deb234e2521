package nl.verhuurtoezicht.engine.state;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The whole runtime state of one live process instance (element instances, their variables and
 * jobs) as one JSON document. Writing one row per changed instance per batch costs PostgreSQL far
 * less than a row per element instance, variable and job.
 */
final class RuntimeSnapshot {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RuntimeSnapshot() {}

  static String write(ElementInstance root, EngineState state) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("instances");
      List<ElementInstance> all = new ArrayList<>();
      collect(root, all);
      for (ElementInstance instance : all) {
        json.writeStartObject();
        json.writeNumberField("key", instance.key);
        if (instance.parent != null) {
          json.writeNumberField("parent", instance.parent.key);
        }
        json.writeStringField("element", instance.element.id());
        json.writeStringField("state", instance.state.name());
        if (!instance.joinArrivals.isEmpty()) {
          json.writeFieldName("joins");
          MAPPER.writeValue(json, instance.joinArrivals);
        }
        Map<String, String> variables = state.localVariables(instance.key);
        if (!variables.isEmpty()) {
          json.writeObjectFieldStart("variables");
          for (Map.Entry<String, String> variable : variables.entrySet()) {
            json.writeFieldName(variable.getKey());
            json.writeRawValue(variable.getValue());
          }
          json.writeEndObject();
        }
        Job job = instance.jobKey == 0 ? null : state.job(instance.jobKey);
        if (job != null) {
          json.writeObjectFieldStart("job");
          json.writeNumberField("key", job.key);
          json.writeStringField("type", job.type);
          json.writeStringField("state", job.state.name());
          json.writeNumberField("retries", job.retries);
          json.writeNumberField("deadline", job.deadline);
          json.writeStringField("worker", job.worker);
          json.writeNumberField("backoffUntil", job.backoffUntil);
          json.writeStringField("errorMessage", job.errorMessage);
          json.writeStringField("customHeaders", job.customHeaders);
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void collect(ElementInstance instance, List<ElementInstance> into) {
    into.add(instance);
    for (ElementInstance child : instance.children.values()) {
      collect(child, into);
    }
  }

  /** Rebuilds a live process instance from its snapshot into the state. */
  static void read(String snapshot, ProcessDefinition definition, long processInstanceKey, EngineState state) {
    JsonNode document;
    try {
      document = MAPPER.readTree(snapshot);
    } catch (IOException e) {
      throw new IllegalStateException("corrupt runtime snapshot of process instance " + processInstanceKey, e);
    }
    Map<Long, ElementInstance> loaded = new HashMap<>();
    for (JsonNode node : document.get("instances")) {
      ElementInstance parent = node.has("parent") ? loaded.get(node.get("parent").asLong()) : null;
      ElementInstance instance = new ElementInstance(node.get("key").asLong(), processInstanceKey, parent,
          definition.model().element(node.get("element").asText()), definition);
      instance.state = ElementState.valueOf(node.get("state").asText());
      if (node.has("joins")) {
        for (Iterator<Map.Entry<String, JsonNode>> gateways = node.get("joins").fields(); gateways.hasNext(); ) {
          Map.Entry<String, JsonNode> gateway = gateways.next();
          Map<String, Integer> flows = new HashMap<>();
          gateway.getValue().fields().forEachRemaining(flow -> flows.put(flow.getKey(), flow.getValue().asInt()));
          instance.joinArrivals.put(gateway.getKey(), flows);
        }
      }
      loaded.put(instance.key, instance);
      state.loadInstance(instance);
      if (node.has("variables")) {
        node.get("variables").fields()
            .forEachRemaining(v -> state.loadVariable(instance.key, v.getKey(), v.getValue().toString()));
      }
      JsonNode jobNode = node.get("job");
      if (jobNode != null) {
        Job job = new Job(jobNode.get("key").asLong(), jobNode.get("type").asText(), instance,
            jobNode.get("customHeaders").asText(), jobNode.get("retries").asInt());
        job.state = JobState.valueOf(jobNode.get("state").asText());
        job.deadline = jobNode.get("deadline").asLong();
        job.worker = jobNode.get("worker").asText();
        job.backoffUntil = jobNode.get("backoffUntil").asLong();
        job.errorMessage = jobNode.get("errorMessage").asText();
        instance.jobKey = job.key;
        state.loadJob(job);
      }
    }
  }
}
