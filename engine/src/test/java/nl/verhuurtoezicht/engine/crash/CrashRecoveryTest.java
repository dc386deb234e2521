package nl.verhuurtoezicht.engine.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the standalone engine with SIGKILL in the middle of a load of two-step instances, restarts
 * it on the same data directory and checks that nothing acknowledged was lost or done twice.
 */
class CrashRecoveryTest {
  private static final String PROCESS = "crash-two-steps";

  @TempDir Path temp;

  private final Set<Long> acknowledgedInstances = ConcurrentHashMap.newKeySet();
  private final Map<Long, AtomicInteger> completionAcks = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> stepAcks = new ConcurrentHashMap<>();
  private final List<String> lostVariables = java.util.Collections.synchronizedList(new ArrayList<>());
  private final AtomicBoolean creating = new AtomicBoolean(true);
  private final AtomicBoolean working = new AtomicBoolean(true);
  private final AtomicInteger secondSteps = new AtomicInteger();

  @Test
  void killDashNineMidLoadLosesNothingCommittedAndCompletesNoJobTwice() throws Exception {
    Path dataDir = temp.resolve("data");
    Path log = temp.resolve("engine.log");
    int grpcPort = freePort();
    int restPort = freePort();
    StandaloneEngineProcess engine = StandaloneEngineProcess.start(dataDir, grpcPort, restPort, log);

    try (CamundaClient client = CamundaClient.newClientBuilder()
        .grpcAddress(URI.create("http://127.0.0.1:" + grpcPort))
        .restAddress(URI.create("http://127.0.0.1:" + restPort))
        .preferRestOverGrpc(false)
        // Generous: the machine is shared, and calls in flight at the kill wait for the restart.
        .defaultRequestTimeout(Duration.ofSeconds(30))
        .build()) {
      client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess(PROCESS).startEvent()
          .serviceTask("step1", t -> t.zeebeJobType("crash-step-1"))
          .serviceTask("step2", t -> t.zeebeJobType("crash-step-2")).endEvent().done(), PROCESS + ".bpmn")
          .requestTimeout(Duration.ofSeconds(60)).send().join();
      WaitStatesAcrossCrash waitStates = new WaitStatesAcrossCrash();
      waitStates.deploy(client);

      List<Thread> threads = new ArrayList<>();
      threads.add(thread(() -> createInstances(client)));
      threads.add(thread(() -> work(client, "crash-step-1")));
      threads.add(thread(() -> work(client, "crash-step-2")));
      threads.add(thread(() -> work(client, "crash-step-2")));

      awaitCondition(() -> secondSteps.get() >= 100, 60_000, "load before the crash");
      waitStates.openWaitStates(client);
      engine.kill9();
      int beforeCrash = secondSteps.get();

      engine = StandaloneEngineProcess.start(dataDir, grpcPort, restPort, log);
      waitStates.checkAfterRestart(client);
      awaitCondition(() -> secondSteps.get() >= beforeCrash + 50, 60_000, "load after the restart");
      creating.set(false);

      String jdbc = engine.jdbcUrl;
      awaitCondition(() -> unfinished(jdbc).isEmpty(), 90_000, "all acknowledged instances finished");
      working.set(false);
      for (Thread t : threads) {
        t.join(10_000);
      }

      System.out.printf("crash test: %d instances acknowledged, %d finished before the kill, %d after;"
              + " %d job completions acknowledged%n", acknowledgedInstances.size(), beforeCrash,
          secondSteps.get() - beforeCrash, completionAcks.size());
      assertThat(unfinished(jdbc)).as("acknowledged instances that are not completed").isEmpty();
      assertThat(completionAcks).allSatisfy((job, acks) ->
          assertThat(acks.get()).as("acknowledged completions of job %s", job).isEqualTo(1));
      assertThat(stepAcks).allSatisfy((step, acks) ->
          assertThat(acks.get()).as("acknowledged completions of %s", step).isEqualTo(1));
      assertThat(lostVariables).as("jobs that missed a committed variable").isEmpty();
      assertThat(acknowledgedInstances.size()).isGreaterThan(150);
    } finally {
      creating.set(false);
      working.set(false);
      engine.stop();
    }
  }

  private void createInstances(CamundaClient client) {
    long orderId = 0;
    while (creating.get()) {
      orderId++;
      try {
        long key = client.newCreateInstanceCommand().bpmnProcessId(PROCESS).latestVersion()
            .variables(Map.of("orderId", orderId)).send().join().getProcessInstanceKey();
        acknowledgedInstances.add(key);
      } catch (RuntimeException unavailable) {
        pause(100);
      }
    }
  }

  private void work(CamundaClient client, String type) {
    while (working.get()) {
      List<ActivatedJob> jobs;
      try {
        jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(32).workerName(type)
            .timeout(Duration.ofSeconds(3)).requestTimeout(Duration.ofSeconds(1)).send().join().getJobs();
      } catch (RuntimeException unavailable) {
        pause(100);
        continue;
      }
      for (ActivatedJob job : jobs) {
        Map<String, Object> variables = job.getVariablesAsMap();
        Object orderId = variables.get("orderId");
        Map<String, Object> result = new HashMap<>();
        if (orderId == null) {
          lostVariables.add(job.getKey() + ": orderId missing");
        } else if (type.equals("crash-step-1")) {
          result.put("step1Of", orderId);
        } else if (!orderId.equals(variables.get("step1Of"))) {
          lostVariables.add(job.getKey() + ": step1Of=" + variables.get("step1Of") + " for order " + orderId);
        }
        try {
          client.newCompleteCommand(job).variables(result).send().join();
          completionAcks.computeIfAbsent(job.getKey(), k -> new AtomicInteger()).incrementAndGet();
          stepAcks.computeIfAbsent(job.getProcessInstanceKey() + "/" + job.getElementId(), k -> new AtomicInteger())
              .incrementAndGet();
          if (type.equals("crash-step-2")) {
            secondSteps.incrementAndGet();
          }
        } catch (RuntimeException notAcknowledged) {
          // Lost in the crash or already gone; an unacknowledged completion proves nothing either way.
        }
      }
    }
  }

  private List<Long> unfinished(String jdbcUrl) {
    List<Long> missing = new ArrayList<>();
    Map<Long, String> states = new HashMap<>();
    try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select key, state from engine.process_instance")) {
      while (rs.next()) {
        states.put(rs.getLong(1), rs.getString(2));
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    for (long key : acknowledgedInstances) {
      if (!"COMPLETED".equals(states.get(key))) {
        missing.add(key);
      }
    }
    return missing;
  }

  private static void awaitCondition(java.util.function.BooleanSupplier condition, long millis, String what) {
    long deadline = System.currentTimeMillis() + millis;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("timed out waiting for: " + what);
      }
      pause(200);
    }
  }

  private static Thread thread(Runnable body) {
    Thread t = new Thread(body);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
