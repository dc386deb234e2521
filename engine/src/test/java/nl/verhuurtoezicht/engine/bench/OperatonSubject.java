package nl.verhuurtoezicht.engine.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * The peer: Operaton (Camunda 7 lineage) embedded on the same PostgreSQL, with external-task
 * workers that fetchAndLock and complete, as its remote workers would.
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
  private static final int WORKERS = 8;
  private static final int FETCH_SIZE = 64;
  private static final int CREATORS = 8;

  private final ProcessEngine engine;
  private final ExecutorService creators = Executors.newFixedThreadPool(CREATORS);
  private final ExecutorService completers = Executors.newFixedThreadPool(WORKERS);
  private final List<Thread> workers = new ArrayList<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger conflicts = new AtomicInteger();
  private volatile Latencies current;

  OperatonSubject(String jdbcUrl) {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setJdbcUrl(jdbcUrl)
        .setJdbcDriver("org.postgresql.Driver")
        .setJdbcUsername("postgres")
        .setJdbcPassword("")
        .setJdbcMaxActiveConnections(CREATORS + WORKERS + 2)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
        .setJobExecutorActivate(false);
    // The process has no DMN; legacy (JUEL) FEEL keeps Operaton's shaded Scala FEEL off the class path.
    config.setDmnFeelEnableLegacyBehavior(true);
    // Operaton's advice for concurrent load: UUIDs instead of id blocks from one contended table row.
    config.setIdGenerator(new StrongUuidGenerator());
    // Many concurrent transactions let PostgreSQL share one WAL flush between commits (its group commit).
    engine = config.buildProcessEngine();
    engine.getRepositoryService().createDeployment()
        .addInputStream("bench.bpmn", new ByteArrayInputStream(BPMN.getBytes(StandardCharsets.UTF_8)))
        .deploy();
  }

  @Override
  public String name() {
    return "Operaton 1.0.3 (external tasks)";
  }

  /**
   * One fetcher locks tasks and hands them to completer threads, like Operaton's external task
   * client: several fetchers on one topic would mostly collide on the same rows.
   */
  @Override
  public void startWorkers(Latencies latencies) {
    current = latencies;
    if (!workers.isEmpty()) {
      return;
    }
    Thread fetcher = new Thread(() -> {
      while (running.get()) {
        List<LockedExternalTask> tasks;
        try {
          tasks = engine.getExternalTaskService().fetchAndLock(FETCH_SIZE, "bench")
              .topic("bench-work", 60_000).variables("t0").execute();
        } catch (RuntimeException e) {
          conflicts.incrementAndGet();
          continue;
        }
        if (tasks.isEmpty()) {
          pause();
        }
        for (LockedExternalTask task : tasks) {
          long created = ((Number) task.getVariables().get("t0")).longValue();
          completers.execute(() -> {
            try {
              engine.getExternalTaskService().complete(task.getId(), "bench");
              current.finished(created);
            } catch (RuntimeException e) {
              conflicts.incrementAndGet();
            }
          });
        }
      }
    }, "operaton-fetcher");
    fetcher.setDaemon(true);
    fetcher.start();
    workers.add(fetcher);
  }

  private static void pause() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void createInstance(long createdNanos) {
    inFlight.incrementAndGet();
    creators.execute(() -> {
      try {
        engine.getRuntimeService().startProcessInstanceByKey("bench", Map.of("t0", createdNanos));
      } catch (RuntimeException e) {
        conflicts.incrementAndGet();
      } finally {
        inFlight.decrementAndGet();
      }
    });
  }

  @Override
  public int inFlight() {
    return inFlight.get();
  }

  @Override
  public void close() throws InterruptedException {
    System.out.println("Operaton optimistic-locking conflicts and failed calls: " + conflicts.get());
    running.set(false);
    for (Thread worker : workers) {
      worker.join(5000);
    }
    creators.shutdownNow();
    completers.shutdownNow();
    engine.close();
  }
}
