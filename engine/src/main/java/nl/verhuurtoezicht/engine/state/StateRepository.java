package nl.verhuurtoezicht.engine.state;

import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

  private final Decisions decisions = new Decisions();

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
    // One statement for all touched instances: arrays of column values are unnested server-side,
    // which costs PostgreSQL far less than one executed statement per row.
    if (!changes.writes.isEmpty()) {
      List<Changes.ProcessInstanceWrite> rows = changes.writes;
      ctx.execute("insert into engine.process_instance (key, process_definition_key, bpmn_process_id, version, state,"
              + " start_time, end_time, runtime) select k, d, b, v, s, st::timestamptz, et::timestamptz, r"
              + " from unnest(?::bigint[], ?::bigint[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[])"
              + " as t(k, d, b, v, s, st, et, r)"
              + " on conflict (key) do update set state = excluded.state, end_time = excluded.end_time,"
              + " runtime = excluded.runtime",
          longs(rows, w -> w.row().key()), longs(rows, w -> w.row().processDefinitionKey()),
          strings(rows, w -> w.row().bpmnProcessId()), ints(rows, w -> w.row().version()),
          strings(rows, w -> w.row().state()), strings(rows, w -> w.row().startTime().toString()),
          strings(rows, w -> w.row().endTime() == null ? null : w.row().endTime().toString()),
          strings(rows, Changes.ProcessInstanceWrite::snapshot));
    }
    if (!changes.endedElements.isEmpty()) {
      List<EndedElement> ended = changes.endedElements;
      ctx.execute("insert into engine.element_history (key, process_instance_key, parent_key, element_id,"
              + " element_type, state, end_time) select k, p, pk, e, t, s, now()"
              + " from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[])"
              + " as h(k, p, pk, e, t, s) on conflict (key) do nothing",
          longs(ended, EndedElement::key), longs(ended, EndedElement::processInstanceKey),
          longs(ended, EndedElement::parentKey), strings(ended, EndedElement::elementId),
          strings(ended, EndedElement::elementType),
          strings(ended, e -> e.terminated() ? "TERMINATED" : "COMPLETED"));
    }
    if (!changes.endedVariables.isEmpty()) {
      List<EndedVariable> ended = changes.endedVariables;
      ctx.execute("insert into engine.variable_history (scope_key, name, process_instance_key, value)"
              + " select s, n, p, v from unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[]) as h(s, n, p, v)"
              + " on conflict (scope_key, name) do update set value = excluded.value",
          longs(ended, EndedVariable::scopeKey), strings(ended, EndedVariable::name),
          longs(ended, EndedVariable::processInstanceKey), strings(ended, EndedVariable::value));
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
    for (Record r : ctx.fetch("select key, process_definition_key, bpmn_process_id, version, start_time, runtime"
        + " from engine.process_instance where state = 'ACTIVE' order by key")) {
      ProcessInstanceRow row = new ProcessInstanceRow(r.get("key", Long.class),
          r.get("process_definition_key", Long.class), r.get("bpmn_process_id", String.class),
          r.get("version", Integer.class), "ACTIVE", r.get("start_time", OffsetDateTime.class).toInstant(), null);
      state.loadProcessInstance(row);
      RuntimeSnapshot.read(r.get("runtime", String.class), state.definition(row.processDefinitionKey()), row.key(),
          state);
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
      ElementInstance instance = state.instance(incident.elementInstanceKey);
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
}
