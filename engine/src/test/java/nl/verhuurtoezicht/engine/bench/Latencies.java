package nl.verhuurtoezicht.engine.bench;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Create-to-completion latencies of the instances that started inside the measuring window. */
final class Latencies {
  private final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
  private final AtomicLong completed = new AtomicLong();
  private final AtomicInteger outstanding = new AtomicInteger();
  private volatile long windowStart = Long.MAX_VALUE;
  private volatile long windowEnd = Long.MAX_VALUE;

  void openWindow(long startNanos, long endNanos) {
    windowStart = startNanos;
    windowEnd = endNanos;
  }

  /** Counts one instance as started; it stays outstanding until it finishes or its creation fails. */
  void started() {
    outstanding.incrementAndGet();
  }

  /** The creation of an instance failed: it will never finish. */
  void failed() {
    outstanding.decrementAndGet();
  }

  /** Instances started and neither finished nor failed: what bounds the full-speed load end to end. */
  int outstanding() {
    return outstanding.get();
  }

  /** Records one finished instance that was created at {@code createdNanos}. */
  void finished(long createdNanos) {
    long now = System.nanoTime();
    outstanding.decrementAndGet();
    if (createdNanos >= windowStart && createdNanos < windowEnd) {
      micros.add((now - createdNanos) / 1000);
    }
    if (now >= windowStart && now < windowEnd) {
      completed.incrementAndGet();
    }
  }

  Result result(double windowSeconds) {
    long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Result(completed.get() / windowSeconds, percentile(sorted, 50), percentile(sorted, 99), sorted.length);
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1000.0;
  }

  record Result(double throughput, double p50Millis, double p99Millis, int samples) {
    @Override
    public String toString() {
      return String.format("%8.1f PI/s   p50 %8.1f ms   p99 %8.1f ms   (%d samples)",
          throughput, p50Millis, p99Millis, samples);
    }
  }

  static String ratio(double ours, double peer) {
    return Arrays.asList(ours, peer).contains(Double.NaN) || peer == 0 ? "n/a" : String.format("%.2f", ours / peer);
  }
}
