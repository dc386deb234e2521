package nl.verhuurtoezicht.engine.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;
import nl.verhuurtoezicht.engine.db.DurableEmbeddedPostgres;

/**
 * End-to-end benchmark of a one-service-task process: our engine (client, engine and PostgreSQL on
 * this machine) against Operaton on the same PostgreSQL, both with durable commits. Each runs once
 * at full speed and once paced at 250 instances per second; the figures and our/peer ratios are
 * printed. Run with {@code ./mvnw -q -B -pl engine -am verify -DskipTests -Pbench}.
 */
public final class EngineBench {
  private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 20);
  private static final int MEASURE_SECONDS = Integer.getInteger("bench.seconds", 20);
  private static final int PACED_RATE = Integer.getInteger("bench.rate", 250);
  /**
   * Full speed keeps at most this many instances started and not yet completed. Bounding creations
   * alone let a subject that completes slower than it creates pile up a backlog whose instances from
   * the measuring window never finished, so no latency was sampled.
   */
  private static final int MAX_OUTSTANDING = Integer.getInteger("bench.outstanding", 1024);
  private static final long DRAIN_LIMIT_NANOS = 60_000_000_000L;
  /** -Dbench.subjects=ours or =peer measures only one side, e.g. while profiling it. */
  private static final String SUBJECTS = System.getProperty("bench.subjects", "ours,peer");

  private EngineBench() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    Path dataDir = Files.createTempDirectory("engine-bench");
    run(dataDir);
    System.exit(0);
  }

  private static void run(Path dataDir) throws Exception {
    try (DurableEmbeddedPostgres postgres = DurableEmbeddedPostgres.start(dataDir)) {
      System.out.println("PostgreSQL with fsync, synchronous_commit and full_page_writes on; "
          + Runtime.getRuntime().availableProcessors() + " CPUs; warm-up " + WARMUP_SECONDS + " s, measured "
          + MEASURE_SECONDS + " s per run");
      Latencies.Result oursFull = null;
      Latencies.Result oursPaced = null;
      if (SUBJECTS.contains("ours")) {
        try (Subject ours = new OurEngineSubject(postgres.dataSource())) {
          oursFull = run(ours, 0, postgres, dataDir);
          oursPaced = run(ours, PACED_RATE, postgres, dataDir);
        }
      }
      Latencies.Result peerFull = null;
      Latencies.Result peerPaced = null;
      if (SUBJECTS.contains("peer")) {
        try (Subject peer = new OperatonSubject(postgres.jdbcUrl())) {
          System.out.println(peer.name() + ": " + peer.settings());
          peerFull = run(peer, 0, postgres, dataDir);
          peerPaced = run(peer, PACED_RATE, postgres, dataDir);
        }
      }
      if (oursFull == null || peerFull == null) {
        return;
      }
      System.out.println();
      System.out.println("engine                          run            result");
      System.out.println("verhuurtoezicht engine          full speed     " + oursFull);
      System.out.println("verhuurtoezicht engine          " + PACED_RATE + " PI/s       " + oursPaced);
      System.out.println("Operaton 1.0.3 external tasks   full speed     " + peerFull);
      System.out.println("Operaton 1.0.3 external tasks   " + PACED_RATE + " PI/s       " + peerPaced);
      System.out.println("ratio ours/peer: throughput " + Latencies.ratio(oursFull.throughput(), peerFull.throughput())
          + ", full-speed p99 " + Latencies.ratio(oursFull.p99Millis(), peerFull.p99Millis())
          + ", paced p50 " + Latencies.ratio(oursPaced.p50Millis(), peerPaced.p50Millis())
          + ", paced p99 " + Latencies.ratio(oursPaced.p99Millis(), peerPaced.p99Millis()));
    }
  }

  /**
   * One run; rate 0 means as fast as the subject completes, with at most {@link #MAX_OUTSTANDING}
   * instances between creation and completion. Both subjects are driven and sampled the same way:
   * the creation time travels as a variable and the worker reports completion after the engine
   * acknowledged it.
   */
  private static Latencies.Result run(Subject subject, int rate, DurableEmbeddedPostgres postgres, Path dataDir)
      throws Exception {
    Latencies latencies = new Latencies();
    subject.startWorkers(latencies);
    long start = System.nanoTime();
    long windowStart = start + WARMUP_SECONDS * 1_000_000_000L;
    long windowEnd = windowStart + MEASURE_SECONDS * 1_000_000_000L;
    latencies.openWindow(windowStart, windowEnd);
    DatabaseCounters before = null;
    CpuTime cpuBefore = null;
    long interval = rate == 0 ? 0 : 1_000_000_000L / rate;
    long next = start;
    while (System.nanoTime() < windowEnd) {
      if (before == null && System.nanoTime() >= windowStart) {
        before = DatabaseCounters.read(postgres.dataSource());
        cpuBefore = CpuTime.read(dataDir);
      }
      if (rate == 0) {
        if (latencies.outstanding() >= MAX_OUTSTANDING) {
          LockSupport.parkNanos(100_000);
          continue;
        }
      } else {
        long wait = next - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        next += interval;
      }
      latencies.started();
      subject.createInstance(System.nanoTime());
    }
    DatabaseCounters after = DatabaseCounters.read(postgres.dataSource());
    CpuTime cpuAfter = CpuTime.read(dataDir);
    // Let the instances from the window finish before the next run starts.
    long drainEnd = System.nanoTime() + DRAIN_LIMIT_NANOS;
    while (latencies.outstanding() > 0 && System.nanoTime() < drainEnd) {
      Thread.sleep(10);
    }
    Latencies.Result result = latencies.result(MEASURE_SECONDS);
    System.out.println(subject.name() + (rate == 0 ? " full speed: " : " at " + rate + " PI/s: ") + result
        + String.format("   load average %.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
        + (latencies.outstanding() > 0 ? "   NOT DRAINED: " + latencies.outstanding() + " outstanding" : ""));
    double completedInWindow = result.throughput() * MEASURE_SECONDS;
    System.out.println("  in the window: " + after.minus(before).perInstance(completedInWindow));
    System.out.println("  " + cpuAfter.minus(cpuBefore).perInstance(completedInWindow));
    return result;
  }
}
