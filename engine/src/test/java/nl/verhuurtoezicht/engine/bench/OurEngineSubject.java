package nl.verhuurtoezicht.engine.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import nl.verhuurtoezicht.engine.EngineConfig;
import nl.verhuurtoezicht.engine.LocalEngine;

/** Our engine, embedded, driven over gRPC by the genuine Camunda client and its JobWorker. */
final class OurEngineSubject implements Subject {
  private final LocalEngine engine;
  private final CamundaClient client;
  private JobWorker worker;
  private volatile Latencies current;

  OurEngineSubject(DataSource dataSource) throws Exception {
    engine = LocalEngine.start(dataSource, EngineConfig.defaults());
    client = CamundaClient.newClientBuilder()
        .grpcAddress(engine.grpcAddress())
        .restAddress(engine.restAddress())
        .preferRestOverGrpc(false)
        .numJobWorkerExecutionThreads(2)
        .defaultRequestTimeout(Duration.ofSeconds(30))
        .build();
    client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("bench").startEvent()
        .serviceTask("work", t -> t.zeebeJobType("bench-work")).endEvent().done(), "bench.bpmn").send().join();
  }

  @Override
  public String name() {
    return "verhuurtoezicht engine";
  }

  @Override
  public String settings() {
    return "JobWorker with 2 execution threads, maxJobsActive 512, long polling; creations sent asynchronously";
  }

  @Override
  public void startWorkers(Latencies latencies) {
    current = latencies;
    if (worker != null) {
      return;
    }
    worker = client.newWorker().jobType("bench-work")
        .handler((jobClient, job) -> {
          long created = ((Number) job.getVariablesAsMap().get("t0")).longValue();
          jobClient.newCompleteCommand(job).send().whenComplete((ok, failure) -> {
            if (failure == null) {
              current.finished(created);
            }
          });
        })
        .name("bench")
        .maxJobsActive(512)
        .timeout(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .requestTimeout(Duration.ofSeconds(10))
        .fetchVariables("t0")
        .open();
  }

  @Override
  public void createInstance(long createdNanos) {
    Latencies latencies = current;
    client.newCreateInstanceCommand().bpmnProcessId("bench").latestVersion()
        .variables(Map.of("t0", createdNanos)).send()
        .whenComplete((ok, failure) -> {
          if (failure != null) {
            latencies.failed();
            System.err.println("create failed: " + failure.getMessage());
          }
        });
  }

  @Override
  public void close() {
    if (worker != null) {
      worker.close();
    }
    client.close();
    engine.close();
  }
}
