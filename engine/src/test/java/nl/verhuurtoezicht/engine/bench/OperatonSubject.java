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
  private static final int WORKERS = 4;
  private static final int CREATORS = 8;

  private final ProcessEngine engine;
  private final ExecutorService creators = Executors.newFixedThreadPool(CREATORS);
  private final List<Thread> workers = new ArrayList<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger inFlight = new AtomicInteger();
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
    engine = config.buildProcessEngine();
    engine.getRepositoryService().createDeployment()
        .addInputStream("bench.bpmn", new ByteArrayInputStream(BPMN.getBytes(StandardCharsets.UTF_8)))
        .deploy();
  }

  @Override
  public String name() {
    return "Operaton 1.0.3 (external tasks)";
  }

  @Override
  public void startWorkers(Latencies latencies) {
    current = latencies;
    if (!workers.isEmpty()) {
      return;
    }
    for (int i = 0; i < WORKERS; i++) {
      String workerId = "bench-" + i;
      Thread worker = new Thread(() -> {
        while (running.get()) {
          List<LockedExternalTask> tasks = engine.getExternalTaskService().fetchAndLock(32, workerId)
              .topic("bench-work", 60_000).variables("t0").execute();
          if (tasks.isEmpty()) {
            pause();
            continue;
          }
          for (LockedExternalTask task : tasks) {
            long created = ((Number) task.getVariables().get("t0")).longValue();
            engine.getExternalTaskService().complete(task.getId(), workerId);
            current.finished(created);
          }
        }
      }, workerId);
      worker.setDaemon(true);
      worker.start();
      workers.add(worker);
    }
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
    running.set(false);
    creators.shutdownNow();
    for (Thread worker : workers) {
      worker.join(5000);
    }
    engine.close();
  }
}
