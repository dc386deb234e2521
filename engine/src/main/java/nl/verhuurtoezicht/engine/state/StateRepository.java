package nl.verhuurtoezicht.engine.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.verhuurtoezicht.engine.dmn.Decisions;
import nl.verhuurtoezicht.engine.model.DeploymentRejected;
import nl.verhuurtoezicht.engine.model.ModelCompiler;
import nl.verhuurtoezicht.engine.model.ProcessModel;
import org.flywaydb.core.Flyway;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** Reads and writes the engine schema. All writes of one batch go through {@link #write}. */
public final class StateRepository {
  /** Zeebe encodes the partition id in the top bits of every key; this engine is partition 1. */
  private static final long PARTITION_BITS = 1L << 51;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Decisions decisions = new Decisions();
  private static final TypeReference<Map<String, Map<String, Integer>>> JOINS = new TypeReference<>() {};

  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .schemas("engine")
        .locations("classpath:db/engine")
        .load()
        .migrate();
  }

  private static DSLContext dsl(Connection connection) {
    return DSL.using(connection, SQLDialect.POSTGRES);
  }

  /**
   * The in-memory state is only correct while one engine writes the schema, so the writer session
   * holds an advisory lock; it goes away with the session, also when the process is killed.
   */
  public void lockSchema(Connection connection) {
    Object locked = dsl(connection).fetchValue("select pg_try_advisory_lock(hashtext('verhuurtoezicht.engine'))");
    if (!Boolean.TRUE.equals(locked)) {
      throw new IllegalStateException(
          "another engine is already running on this database's engine schema; only one engine may write it");
    }
  }

  /** Reserves a block of 1000 keys; the block's first key is returned. */
  public long nextKeyBlock(Connection connection) {
    long value = ((Number) dsl(connection).fetchValue("select nextval('engine.key_seq')")).longValue();
    return PARTITION_BITS + value;
  }

  public void write(Connection connection, Changes changes) {
    DSLContext ctx = dsl(connection);
    if (!changes.definitions.isEmpty()) {
      BatchBindStep batch =
          ctx.batch(
              "insert into engine.process_definition (key, bpmn_process_id, version, resource_name, checksum,"
                  + " resource, deployment_key, deployed_at) values (?, ?, ?, ?, ?, ?, ?, ?::timestamptz)");
      for (ProcessDefinition d : changes.definitions) {
        batch.bind(d.key(), d.bpmnProcessId(), d.version(), d.resourceName(), d.checksum(), d.resource(),
            d.deploymentKey(), OffsetDateTime.now(ZoneOffset.UTC));
      }
      batch.execute();
    }
    // One statement per table: arrays of column values are unnested server-side, which costs
    // PostgreSQL far less than one executed statement per row.
    if (!changes.processInstances.isEmpty()) {
      Collection<ProcessInstanceRow> rows = changes.processInstances.values();
      ctx.execute("insert into engine.process_instance (key, process_definition_key, bpmn_process_id, version, state,"
              + " start_time, end_time) select k, d, b, v, s, st::timestamptz, et::timestamptz"
              + " from unnest(?::bigint[], ?::bigint[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[])"
              + " as t(k, d, b, v, s, st, et)"
              + " on conflict (key) do update set state = excluded.state, end_time = excluded.end_time",
          longs(rows, ProcessInstanceRow::key), longs(rows, ProcessInstanceRow::processDefinitionKey),
          strings(rows, ProcessInstanceRow::bpmnProcessId), ints(rows, ProcessInstanceRow::version),
          strings(rows, ProcessInstanceRow::state), strings(rows, p -> p.startTime().toString()),
          strings(rows, p -> p.endTime() == null ? null : p.endTime().toString()));
    }
    deleteByKeys(ctx, "engine.element_instance", "key", changes.instanceDeletes);
    if (!changes.instanceUpserts.isEmpty()) {
      Collection<ElementInstance> rows = changes.instanceUpserts.values();
      ctx.execute("insert into engine.element_instance (key, process_instance_key, parent_key, element_id, state,"
              + " join_arrivals) select * from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[],"
              + " ?::text[]) on conflict (key) do update set state = excluded.state,"
              + " join_arrivals = excluded.join_arrivals",
          longs(rows, i -> i.key), longs(rows, i -> i.processInstanceKey),
          longs(rows, i -> i.parent == null ? null : i.parent.key), strings(rows, i -> i.element.id()),
          strings(rows, i -> i.state.name()),
          strings(rows, i -> i.joinArrivals.isEmpty() ? null : toJson(i.joinArrivals)));
    }
    deleteByKeys(ctx, "engine.variable", "scope_key", changes.scopeDeletes);
    if (!changes.variableUpserts.isEmpty()) {
      List<Long> scopes = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<String> values = new ArrayList<>();
      changes.variableUpserts.forEach((scope, vars) -> vars.forEach((name, value) -> {
        scopes.add(scope);
        names.add(name);
        values.add(value);
      }));
      ctx.execute("insert into engine.variable (scope_key, name, value) select * from unnest(?::bigint[], ?::text[],"
              + " ?::text[]) on conflict (scope_key, name) do update set value = excluded.value",
          scopes.toArray(new Long[0]), names.toArray(new String[0]), values.toArray(new String[0]));
    }
    deleteByKeys(ctx, "engine.job", "key", changes.jobDeletes);
    if (!changes.jobUpserts.isEmpty()) {
      Collection<Job> rows = changes.jobUpserts.values();
      ctx.execute("insert into engine.job (key, type, state, retries, deadline, worker, backoff_until, error_message,"
              + " element_instance_key, custom_headers) select * from unnest(?::bigint[], ?::text[], ?::text[],"
              + " ?::int[], ?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::bigint[], ?::text[])"
              + " on conflict (key) do update set state = excluded.state, retries = excluded.retries,"
              + " deadline = excluded.deadline, worker = excluded.worker, backoff_until = excluded.backoff_until,"
              + " error_message = excluded.error_message",
          longs(rows, j -> j.key), strings(rows, j -> j.type), strings(rows, j -> j.state.name()),
          ints(rows, j -> j.retries), longs(rows, j -> j.deadline), strings(rows, j -> j.worker),
          longs(rows, j -> j.backoffUntil), strings(rows, j -> j.errorMessage),
          longs(rows, j -> j.elementInstance.key), strings(rows, j -> j.customHeaders));
    }
    if (!changes.incidents.isEmpty()) {
      BatchBindStep batch =
          ctx.batch(
              "insert into engine.incident (key, process_instance_key, process_definition_key, bpmn_process_id,"
                  + " element_id, element_instance_key, job_key, error_type, error_message, state, creation_time)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz) on conflict (key) do update set state = excluded.state");
      for (Incident i : changes.incidents.values()) {
        batch.bind(i.key, i.processInstanceKey, i.processDefinitionKey, i.bpmnProcessId, i.elementId,
            i.elementInstanceKey, i.jobKey == 0 ? null : i.jobKey, i.errorType, i.errorMessage, i.state,
            utc(i.creationTime));
      }
      batch.execute();
    }
    EventStateRepository.write(ctx, changes.events);
  }

  private static <T> Long[] longs(Collection<T> rows, Function<T, Long> column) {
    return rows.stream().map(column).toArray(Long[]::new);
  }

  private static <T> Integer[] ints(Collection<T> rows, Function<T, Integer> column) {
    return rows.stream().map(column).toArray(Integer[]::new);
  }

  private static <T> String[] strings(Collection<T> rows, Function<T, String> column) {
    return rows.stream().map(column).toArray(String[]::new);
  }

  private static void deleteByKeys(DSLContext ctx, String table, String column, java.util.Set<Long> keys) {
    if (!keys.isEmpty()) {
      ctx.execute("delete from " + table + " where " + column + " = any(?)", (Object) keys.toArray(new Long[0]));
    }
  }

  /** Rebuilds the in-memory state from the database after a start or a failed write. */
  public EngineState load(Connection connection, ModelCompiler compiler) {
    DSLContext ctx = dsl(connection);
    EngineState state = new EngineState();
    for (Record r : ctx.fetch("select key, bpmn_process_id, version, resource_name, checksum, resource,"
        + " deployment_key from engine.process_definition order by key")) {
      String processId = r.get("bpmn_process_id", String.class);
      byte[] resource = r.get("resource", byte[].class);
      String resourceName = r.get("resource_name", String.class);
      ProcessModel model = compile(compiler, resourceName, resource, processId);
      state.addDefinition(new ProcessDefinition(r.get("key", Long.class), processId, r.get("version", Integer.class),
          resourceName, r.get("checksum", String.class), resource, r.get("deployment_key", Long.class), model), false);
    }
    for (Record r : ctx.fetch("select key, process_definition_key, bpmn_process_id, version, state, start_time"
        + " from engine.process_instance where state = 'ACTIVE'")) {
      state.loadProcessInstance(new ProcessInstanceRow(r.get("key", Long.class),
          r.get("process_definition_key", Long.class), r.get("bpmn_process_id", String.class),
          r.get("version", Integer.class), "ACTIVE", r.get("start_time", OffsetDateTime.class).toInstant(), null));
    }
    Map<Long, ElementInstance> loaded = new HashMap<>();
    for (Record r : ctx.fetch("select key, process_instance_key, parent_key, element_id, state, join_arrivals"
        + " from engine.element_instance order by key")) {
      long piKey = r.get("process_instance_key", Long.class);
      ProcessDefinition definition = state.definition(state.processInstance(piKey).processDefinitionKey());
      Long parentKey = r.get("parent_key", Long.class);
      ElementInstance instance = new ElementInstance(r.get("key", Long.class), piKey,
          parentKey == null ? null : loaded.get(parentKey),
          definition.model().element(r.get("element_id", String.class)), definition);
      instance.state = ElementState.valueOf(r.get("state", String.class));
      String joins = r.get("join_arrivals", String.class);
      if (joins != null) {
        instance.joinArrivals.putAll(fromJson(joins));
      }
      loaded.put(instance.key, instance);
      state.loadInstance(instance);
    }
    for (Record r : ctx.fetch("select scope_key, name, value from engine.variable")) {
      state.loadVariable(r.get("scope_key", Long.class), r.get("name", String.class), r.get("value", String.class));
    }
    for (Record r : ctx.fetch("select key, type, state, retries, deadline, worker, backoff_until, error_message,"
        + " element_instance_key, custom_headers from engine.job order by key")) {
      ElementInstance instance = loaded.get(r.get("element_instance_key", Long.class));
      Job job = new Job(r.get("key", Long.class), r.get("type", String.class), instance,
          r.get("custom_headers", String.class), r.get("retries", Integer.class));
      job.state = JobState.valueOf(r.get("state", String.class));
      job.deadline = r.get("deadline", Long.class);
      job.worker = r.get("worker", String.class);
      job.backoffUntil = r.get("backoff_until", Long.class);
      job.errorMessage = r.get("error_message", String.class);
      instance.jobKey = job.key;
      state.loadJob(job);
    }
    for (Record r : ctx.fetch("select key, process_instance_key, process_definition_key, bpmn_process_id, element_id,"
        + " element_instance_key, job_key, error_type, error_message, creation_time from engine.incident"
        + " where state = 'ACTIVE'")) {
      Long jobKey = r.get("job_key", Long.class);
      Incident incident = new Incident(r.get("key", Long.class), r.get("process_instance_key", Long.class),
          r.get("process_definition_key", Long.class), r.get("bpmn_process_id", String.class),
          r.get("element_id", String.class), r.get("element_instance_key", Long.class), jobKey == null ? 0 : jobKey,
          r.get("error_type", String.class), r.get("error_message", String.class),
          r.get("creation_time", OffsetDateTime.class).toInstant());
      ElementInstance instance = loaded.get(incident.elementInstanceKey);
      if (instance != null) {
        instance.incidentKey = incident.key;
      }
      state.loadIncident(incident);
    }
    EventStateRepository.load(ctx, state, decisions);
    return state;
  }

  /** Incidents for the REST search, read from committed data. */
  public List<Incident> findIncidents(Connection connection, IncidentQuery query) {
    DSLContext ctx = dsl(connection);
    List<Object> binds = new ArrayList<>();
    StringBuilder sql = new StringBuilder(
        "select key, process_instance_key, process_definition_key, bpmn_process_id, element_id,"
            + " element_instance_key, job_key, error_type, error_message, state, creation_time"
            + " from engine.incident where true");
    query.equalities().forEach((column, value) -> {
      sql.append(" and ").append(column).append(" = ?");
      binds.add(value);
    });
    sql.append(" order by key limit ? offset ?");
    binds.add(query.limit());
    binds.add(query.offset());
    List<Incident> result = new ArrayList<>();
    for (Record r : ctx.fetch(sql.toString(), binds.toArray())) {
      Long jobKey = r.get("job_key", Long.class);
      Incident incident = new Incident(r.get("key", Long.class), r.get("process_instance_key", Long.class),
          r.get("process_definition_key", Long.class), r.get("bpmn_process_id", String.class),
          r.get("element_id", String.class), r.get("element_instance_key", Long.class), jobKey == null ? 0 : jobKey,
          r.get("error_type", String.class), r.get("error_message", String.class),
          r.get("creation_time", OffsetDateTime.class).toInstant());
      incident.state = r.get("state", String.class);
      result.add(incident);
    }
    return result;
  }

  public long countIncidents(Connection connection, IncidentQuery query) {
    List<Object> binds = new ArrayList<>();
    StringBuilder sql = new StringBuilder("select count(*) from engine.incident where true");
    query.equalities().forEach((column, value) -> {
      sql.append(" and ").append(column).append(" = ?");
      binds.add(value);
    });
    return dsl(connection).fetchValue(sql.toString(), binds.toArray()) instanceof Number n ? n.longValue() : 0;
  }

  private static ProcessModel compile(ModelCompiler compiler, String name, byte[] resource, String processId) {
    try {
      for (ProcessModel model : compiler.compile(name, resource)) {
        if (model.bpmnProcessId().equals(processId)) {
          return model;
        }
      }
    } catch (DeploymentRejected e) {
      throw new IllegalStateException("stored process '" + processId + "' no longer compiles: " + e.getMessage(), e);
    }
    throw new IllegalStateException("stored resource '" + name + "' lost process '" + processId + "'");
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Map<String, Integer>> fromJson(String json) {
    try {
      return JSON.readValue(json, JOINS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt join_arrivals: " + json, e);
    }
  }
}
