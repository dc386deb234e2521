package nl.verhuurtoezicht.engine.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM (engine, client and workers) and by the PostgreSQL server
 * (postmaster, its live backends and the backends it has reaped), from /proc. CPU per completed
 * instance does not depend on how many other builds share the machine, where wall-clock
 * throughput does.
 */
record CpuTime(long jvmNanos, long postgresNanos) {
  private static final long NANOS_PER_TICK = 10_000_000L;

  static CpuTime read(Path dataDirectory) throws IOException {
    long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    return new CpuTime(jvm, postgresTicks(dataDirectory) * NANOS_PER_TICK);
  }

  private static long postgresTicks(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile) || !Files.isDirectory(Path.of("/proc"))) {
      return 0;
    }
    String postmaster = Files.readAllLines(pidFile).get(0).trim();
    long ticks = 0;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        List<String> stat = statFields(process);
        if (stat == null) {
          continue;
        }
        // Fields after the command: [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime.
        if (process.getFileName().toString().equals(postmaster)) {
          ticks += Long.parseLong(stat.get(11)) + Long.parseLong(stat.get(12))
              + Long.parseLong(stat.get(13)) + Long.parseLong(stat.get(14));
        } else if (stat.get(1).equals(postmaster)) {
          ticks += Long.parseLong(stat.get(11)) + Long.parseLong(stat.get(12));
        }
      }
    }
    return ticks;
  }

  /** The fields of /proc/PID/stat after the parenthesised command name, or null if the process is gone. */
  private static List<String> statFields(Path process) {
    try {
      String stat = Files.readString(process.resolve("stat"));
      return List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  CpuTime minus(CpuTime earlier) {
    return new CpuTime(jvmNanos - earlier.jvmNanos, postgresNanos - earlier.postgresNanos);
  }

  String perInstance(double instances) {
    double n = Math.max(instances, 1);
    return String.format("CPU per completed instance: JVM %.2f ms, PostgreSQL %.2f ms (total %.2f ms, so at most"
            + " %.0f PI/s on %d idle CPUs)", jvmNanos / n / 1e6, postgresNanos / n / 1e6,
        (jvmNanos + postgresNanos) / n / 1e6,
        Runtime.getRuntime().availableProcessors() * 1e9 * n / Math.max(1, jvmNanos + postgresNanos),
        Runtime.getRuntime().availableProcessors());
  }
}
