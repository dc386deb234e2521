package nl.verhuurtoezicht.engine.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.impl.ProcessEngineImpl;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.operaton.bpm.engine.impl.util.SingleConsumerCondition;

/**
 * The peer: Operaton (Camunda 7 lineage) embedded on the same durable PostgreSQL, with an
 * external-task worker that long-polls fetchAndLock and completes, as its remote workers would.
 *
 * <p>Settings follow Operaton's (Camunda 7's) documentation: a real connection pool instead of
 * MyBatis' built-in one, UUID ids, long polling instead of a sleep between empty fetches, a
 * worker that locks only as many tasks as it has threads free to complete them, tasks fetched
 * oldest first. History level {@code activity} keeps what our engine keeps (ended element and
 * process instances, no variable history). No job executor: the process has no asynchronous
 * continuation, so, like ours, creation and completion each commit in the caller's transaction.
 */
final class OperatonSubject implements Subject {
  private static final String BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                   xmlns:operaton="http://operaton.org/schema/1.0/bpmn"
                   targetNamespace="bench">
        <process id="bench" isExecutable="true" operaton:historyTimeToLive="P1D">
          <startEvent id="start"/>
          <sequenceFlow id="f1" sourceRef="start" targetRef="work"/>
          <serviceTask id="work" operaton:type="external" operaton:topic="bench-work"/>
          <sequenceFlow id="f2" sourceRef="work" targetRef="end"/>
          <endEvent id="end"/>
        </process>
      </definitions>
      """;
  private static final String TOPIC = "bench-work";
  private static final String WORKER_ID = "bench";
  private static final long LOCK_MILLIS = 60_000;
  /** The REST API's long-polling timeout (asyncResponseTimeout): an empty fetch waits this long for a new task. */
  private static final long ASYNC_RESPONSE_TIMEOUT_MILLIS = 20_000;
  private static final int CREATORS = Integer.getInteger("bench.peer.creators", 16);
  private static final int COMPLETERS = Integer.getInteger("bench.peer.completers", 24);
  private static final int MAX_TASKS = Integer.getInteger("bench.peer.maxTasks", 32);
  private static final String HISTORY = System.getProperty("bench.peer.history", ProcessEngineConfiguration.HISTORY_ACTIVITY);

  private final HikariDataSource pool;
  private final ProcessEngine engine;
  private final ExternalTaskService externalTasks;
  private final ExecutorService creators = Executors.newFixedThreadPool(CREATORS);
  private final ExecutorService completers = Executors.newFixedThreadPool(COMPLETERS);
  /**
   * Tasks the worker may hold locked: one per completer thread plus one fetch ahead, so the
   * completers never wait for a fetch while a locked task never waits longer than one batch.
   */
  private final Semaphore freeSlots = new Semaphore(COMPLETERS + MAX_TASKS);
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger failures = new AtomicInteger();
  private Thread fetcher;
  private volatile Latencies current;

  OperatonSubject(String jdbcUrl) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(jdbcUrl);
    hikari.setUsername("postgres");
    hikari.setMaximumPoolSize(CREATORS + COMPLETERS + 2);
    hikari.setMinimumIdle(CREATORS + COMPLETERS + 2);
    // Operaton's transactions set auto-commit off; starting from off saves a round trip per checkout.
    hikari.setAutoCommit(false);
    pool = new HikariDataSource(hikari);
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setDataSource(pool)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(HISTORY)
        .setJobExecutorActivate(false);
    // Removal time for history cleanup computed when the instance starts (Operaton's documented
    // alternative to the default "end", which updates every history row of an instance as it ends).
    config.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
    // The process has no DMN; legacy (JUEL) FEEL keeps Operaton's shaded Scala FEEL off the class path.
    config.setDmnFeelEnableLegacyBehavior(true);
    // Operaton's advice for concurrent load: UUIDs instead of id blocks from one contended table row.
    config.setIdGenerator(new StrongUuidGenerator());
    engine = config.buildProcessEngine();
    externalTasks = engine.getExternalTaskService();
    engine.getRepositoryService().createDeployment()
        .addInputStream("bench.bpmn", new ByteArrayInputStream(BPMN.getBytes(StandardCharsets.UTF_8)))
        .deploy();
  }

  @Override
  public String name() {
    return "Operaton 1.0.3 (external tasks)";
  }

  @Override
  public String settings() {
    return "HikariCP pool of " + pool.getMaximumPoolSize() + ", history " + HISTORY + " (removal time at start), " + CREATORS
        + " creator threads, one long-polling fetcher (maxTasks " + MAX_TASKS + ", oldest first) feeding "
        + COMPLETERS + " completer threads, at most " + (COMPLETERS + MAX_TASKS) + " tasks locked";
  }

  /**
   * One fetcher locks tasks and hands them to completer threads, like Operaton's external task
   * client with a handler pool: several fetchers on one topic would select the same oldest rows
   * and wait on each other's row locks.
   */
  @Override
  public void startWorkers(Latencies latencies) {
    current = latencies;
    if (fetcher != null) {
      return;
    }
    fetcher = new Thread(this::fetchLoop, "operaton-fetcher");
    fetcher.setDaemon(true);
    fetcher.start();
  }

  private void fetchLoop() {
    SingleConsumerCondition taskAvailable = new SingleConsumerCondition(Thread.currentThread());
    // The same signal the REST API's long polling waits for: fired after a commit that created external tasks.
    ProcessEngineImpl.EXT_TASK_CONDITIONS.addConsumer(taskAvailable);
    try {
      while (running.get()) {
        int free = awaitFreeSlots();
        if (free == 0) {
          continue;
        }
        List<LockedExternalTask> tasks = fetch(Math.min(free, MAX_TASKS));
        freeSlots.release(free - tasks.size());
        if (tasks.isEmpty()) {
          taskAvailable.await(ASYNC_RESPONSE_TIMEOUT_MILLIS);
        }
        for (LockedExternalTask task : tasks) {
          completers.execute(() -> complete(task));
        }
      }
    } finally {
      ProcessEngineImpl.EXT_TASK_CONDITIONS.removeConsumer(taskAvailable);
    }
  }

  /**
   * Waits until a completer pool's worth of slots is free and takes all free ones: under full load
   * each fetch then locks a batch, instead of paying the fetch query for one task at a time.
   */
  private int awaitFreeSlots() {
    try {
      if (!freeSlots.tryAcquire(COMPLETERS, 100, TimeUnit.MILLISECONDS)) {
        return 0;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
    return COMPLETERS + freeSlots.drainPermits();
  }

  private List<LockedExternalTask> fetch(int maxTasks) {
    try {
      return externalTasks.fetchAndLock().workerId(WORKER_ID).maxTasks(maxTasks).orderByCreateTime().asc()
          .subscribe().topic(TOPIC, LOCK_MILLIS).variables("t0").execute();
    } catch (RuntimeException e) {
      failures.incrementAndGet();
      return List.of();
    }
  }

  private void complete(LockedExternalTask task) {
    try {
      long created = ((Number) task.getVariables().get("t0")).longValue();
      externalTasks.complete(task.getId(), WORKER_ID);
      current.finished(created);
    } catch (RuntimeException e) {
      failures.incrementAndGet();
    } finally {
      freeSlots.release();
    }
  }

  @Override
  public void createInstance(long createdNanos) {
    Latencies latencies = current;
    creators.execute(() -> {
      try {
        engine.getRuntimeService().startProcessInstanceByKey("bench", Map.of("t0", createdNanos));
      } catch (RuntimeException e) {
        failures.incrementAndGet();
        latencies.failed();
      }
    });
  }

  @Override
  public void close() throws InterruptedException {
    System.out.println("Operaton failed calls (optimistic-locking conflicts included): " + failures.get());
    running.set(false);
    if (fetcher != null) {
      ProcessEngineImpl.EXT_TASK_CONDITIONS.signalAll();
      fetcher.join(5000);
    }
    creators.shutdown();
    completers.shutdown();
    creators.awaitTermination(30, TimeUnit.SECONDS);
    completers.awaitTermination(30, TimeUnit.SECONDS);
    engine.close();
    pool.close();
  }
}
