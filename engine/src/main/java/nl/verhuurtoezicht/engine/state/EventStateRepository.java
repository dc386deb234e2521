package nl.verhuurtoezicht.engine.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.verhuurtoezicht.engine.dmn.DecisionResource;
import nl.verhuurtoezicht.engine.dmn.Decisions;
import nl.verhuurtoezicht.engine.model.DeploymentRejected;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Writes and loads the Engine II tables, inside the transaction of the batch that changed them. */
final class EventStateRepository {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private EventStateRepository() {}

  static void write(DSLContext ctx, EventChanges changes) {
    if (!changes.requirements.isEmpty()) {
      BatchBindStep batch = ctx.batch("insert into engine.decision_requirements (key, decision_requirements_id, name,"
          + " version, resource_name, checksum, resource, deployment_key) values (?, ?, ?, ?, ?, ?, ?, ?)");
      for (DecisionRequirements d : changes.requirements) {
        batch.bind(d.key(), d.decisionRequirementsId(), d.name(), d.version(), d.resourceName(), d.checksum(),
            d.resource(), d.deploymentKey());
      }
      batch.execute();
    }
    if (!changes.decisions.isEmpty()) {
      BatchBindStep batch = ctx.batch("insert into engine.decision (key, decision_id, name, version,"
          + " decision_requirements_key) values (?, ?, ?, ?, ?)");
      for (DecisionDefinition d : changes.decisions) {
        batch.bind(d.key(), d.decisionId(), d.decisionName(), d.version(), d.requirements().key());
      }
      batch.execute();
    }
    deleteByKeys(ctx, "engine.timer", changes.timerDeletes);
    if (!changes.timerUpserts.isEmpty()) {
      BatchBindStep batch = ctx.batch("insert into engine.timer (key, element_instance_key, process_instance_key,"
          + " process_definition_key, element_id, due, repetitions_left, cycle_interval)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (key) do nothing");
      for (Timer t : changes.timerUpserts.values()) {
        batch.bind(t.key, t.elementInstanceKey, t.processInstanceKey, t.processDefinitionKey, t.elementId, t.due,
            t.repetitionsLeft, t.interval);
      }
      batch.execute();
    }
    deleteByKeys(ctx, "engine.subscription", changes.subscriptionDeletes);
    if (!changes.subscriptionUpserts.isEmpty()) {
      BatchBindStep batch = ctx.batch("insert into engine.subscription (key, kind, element_instance_key,"
          + " process_instance_key, bpmn_process_id, element_id, name, correlation_key)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (key) do nothing");
      for (Subscription s : changes.subscriptionUpserts.values()) {
        batch.bind(s.key, s.kind.name(), s.elementInstanceKey, s.processInstanceKey, s.bpmnProcessId, s.elementId,
            s.name, s.correlationKey);
      }
      batch.execute();
    }
    deleteByKeys(ctx, "engine.buffered_message", changes.messageDeletes);
    if (!changes.messageUpserts.isEmpty()) {
      BatchBindStep batch = ctx.batch("insert into engine.buffered_message (key, name, correlation_key, message_id,"
          + " variables, deadline, correlated_processes) values (?, ?, ?, ?, ?, ?, ?)"
          + " on conflict (key) do update set correlated_processes = excluded.correlated_processes");
      for (BufferedMessage m : changes.messageUpserts.values()) {
        batch.bind(m.key, m.name, m.correlationKey, m.messageId, m.variables, m.deadline,
            toJson(new ArrayList<>(m.correlatedProcesses)));
      }
      batch.execute();
    }
    if (!changes.userTaskUpserts.isEmpty()) {
      BatchBindStep batch = ctx.batch("insert into engine.user_task (key, element_instance_key, process_instance_key,"
          + " process_definition_key, bpmn_process_id, process_definition_version, element_id, assignee,"
          + " candidate_groups, candidate_users, due_date, follow_up_date, form_key, external_form_reference,"
          + " priority, custom_headers, state, creation_date, completion_date)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (key) do update set"
          + " assignee = excluded.assignee, state = excluded.state, completion_date = excluded.completion_date,"
          + " due_date = excluded.due_date, follow_up_date = excluded.follow_up_date,"
          + " candidate_groups = excluded.candidate_groups, candidate_users = excluded.candidate_users,"
          + " priority = excluded.priority");
      for (UserTask t : changes.userTaskUpserts.values()) {
        batch.bind(t.key, t.elementInstanceKey, t.processInstanceKey, t.processDefinitionKey, t.bpmnProcessId,
            t.processDefinitionVersion, t.elementId, t.assignee, toJson(t.candidateGroups), toJson(t.candidateUsers),
            t.dueDate, t.followUpDate, t.formKey, t.externalFormReference, t.priority, t.customHeaders, t.state,
            t.creationDate, t.completionDate);
      }
      batch.execute();
    }
    if (!changes.messageStartDeletes.isEmpty()) {
      ctx.execute("delete from engine.message_start where process_instance_key = any(?)",
          (Object) changes.messageStartDeletes.toArray(new Long[0]));
    }
    if (!changes.messageStartUpserts.isEmpty()) {
      BatchBindStep batch = ctx.batch("insert into engine.message_start (process_instance_key, bpmn_process_id,"
          + " correlation_key) values (?, ?, ?) on conflict do nothing");
      changes.messageStartUpserts.forEach((instance, key) -> batch.bind(instance, key[0], key[1]));
      batch.execute();
    }
    if (!changes.callLinkUpserts.isEmpty()) {
      BatchBindStep batch = ctx.batch("insert into engine.call_link (child_process_instance_key,"
          + " caller_element_instance_key, parent_process_instance_key) values (?, ?, ?) on conflict do nothing");
      changes.callLinkUpserts.forEach((child, link) -> batch.bind(child, link[0], link[1]));
      batch.execute();
    }
  }

  private static void deleteByKeys(DSLContext ctx, String table, Set<Long> keys) {
    if (!keys.isEmpty()) {
      ctx.execute("delete from " + table + " where key = any(?)", (Object) keys.toArray(new Long[0]));
    }
  }

  static void load(DSLContext ctx, EngineState engineState, Decisions decisions) {
    EventState state = engineState.events();
    for (Record r : ctx.fetch("select key, decision_requirements_id, name, version, resource_name, checksum, resource,"
        + " deployment_key from engine.decision_requirements order by key")) {
      String resourceName = r.get("resource_name", String.class);
      byte[] resource = r.get("resource", byte[].class);
      DecisionResource parsed;
      try {
        parsed = decisions.parse(resourceName, resource);
      } catch (DeploymentRejected e) {
        throw new IllegalStateException("stored DMN resource '" + resourceName + "' no longer parses", e);
      }
      DecisionRequirements drg = new DecisionRequirements(r.get("key", Long.class),
          r.get("decision_requirements_id", String.class), r.get("name", String.class), r.get("version", Integer.class),
          resourceName, r.get("checksum", String.class), resource, r.get("deployment_key", Long.class), parsed);
      List<DecisionDefinition> drgDecisions = new ArrayList<>();
      for (Record d : ctx.fetch("select key, decision_id, name, version from engine.decision"
          + " where decision_requirements_key = ? order by key", drg.key())) {
        drgDecisions.add(new DecisionDefinition(d.get("key", Long.class), d.get("decision_id", String.class),
            d.get("name", String.class), d.get("version", Integer.class), drg));
      }
      state.addDecisionRequirements(drg, drgDecisions, false);
    }
    for (Record r : ctx.fetch("select key, element_instance_key, process_instance_key, process_definition_key,"
        + " element_id, due, repetitions_left, cycle_interval from engine.timer order by key")) {
      state.loadTimer(new Timer(r.get("key", Long.class), r.get("element_instance_key", Long.class),
          r.get("process_instance_key", Long.class), r.get("process_definition_key", Long.class),
          r.get("element_id", String.class), r.get("due", Long.class), r.get("repetitions_left", Integer.class),
          r.get("cycle_interval", String.class)));
    }
    for (Record r : ctx.fetch("select key, kind, element_instance_key, process_instance_key, bpmn_process_id,"
        + " element_id, name, correlation_key from engine.subscription order by key")) {
      state.loadSubscription(new Subscription(r.get("key", Long.class),
          Subscription.Kind.valueOf(r.get("kind", String.class)), r.get("element_instance_key", Long.class),
          r.get("process_instance_key", Long.class), r.get("bpmn_process_id", String.class),
          r.get("element_id", String.class), r.get("name", String.class), r.get("correlation_key", String.class)));
    }
    for (Record r : ctx.fetch("select key, name, correlation_key, message_id, variables, deadline, correlated_processes"
        + " from engine.buffered_message order by key")) {
      BufferedMessage message = new BufferedMessage(r.get("key", Long.class), r.get("name", String.class),
          r.get("correlation_key", String.class), r.get("message_id", String.class), r.get("variables", String.class),
          r.get("deadline", Long.class));
      message.correlatedProcesses.addAll(fromJson(r.get("correlated_processes", String.class)));
      state.loadMessage(message);
    }
    for (Record r : ctx.fetch("select * from engine.user_task where state = 'CREATED' order by key")) {
      UserTask task = new UserTask(r.get("key", Long.class), r.get("element_instance_key", Long.class),
          r.get("process_instance_key", Long.class), r.get("process_definition_key", Long.class),
          r.get("bpmn_process_id", String.class), r.get("process_definition_version", Integer.class),
          r.get("element_id", String.class), r.get("assignee", String.class),
          fromJson(r.get("candidate_groups", String.class)), fromJson(r.get("candidate_users", String.class)),
          r.get("due_date", String.class), r.get("follow_up_date", String.class), r.get("form_key", String.class),
          r.get("external_form_reference", String.class), r.get("priority", Integer.class),
          r.get("custom_headers", String.class), r.get("creation_date", String.class));
      state.loadUserTask(task);
    }
    for (Record r : ctx.fetch("select process_instance_key, bpmn_process_id, correlation_key"
        + " from engine.message_start")) {
      state.loadStartedBy(r.get("process_instance_key", Long.class), r.get("bpmn_process_id", String.class),
          r.get("correlation_key", String.class));
    }
    for (Record r : ctx.fetch("select l.child_process_instance_key, l.caller_element_instance_key"
        + " from engine.call_link l join engine.process_instance p on p.key = l.child_process_instance_key"
        + " where p.state = 'ACTIVE'")) {
      state.loadCallLink(r.get("child_process_instance_key", Long.class),
          r.get("caller_element_instance_key", Long.class));
    }
  }

  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> fromJson(String json) {
    try {
      return JSON.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt JSON list: " + json, e);
    }
  }
}
