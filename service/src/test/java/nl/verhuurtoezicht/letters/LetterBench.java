package nl.verhuurtoezicht.letters;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Letters per second on one thread, from template to PDF/A bytes (target for the fine decision:
 * at least 50 per second on one core). Prints wall-clock throughput and throughput per CPU-second of
 * the whole JVM (rendering, garbage collection, JIT); on a shared machine the second says what one
 * core does. Run with -XX:ActiveProcessorCount=1 to keep the JVM to one core.
 *
 * <p>Run: see service/docs/letters.md ("Benchmark"). Arguments: [measure seconds, default 20].
 */
public final class LetterBench {

    private LetterBench() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        LetterRenderer renderer = new LetterRenderer(LetterFixtures.nijmegen(), LetterFixtures.CLOCK);
        System.out.printf("java %s, %d available processor(s), system load average %.1f%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (LetterKind kind : new LetterKind[] {LetterKind.BESLUIT_BESTUURLIJKE_BOETE, LetterKind.INSPECTIERAPPORT}) {
            LetterData data = LetterFixtures.data(kind);
            run(renderer, kind, data, Math.max(3, seconds / 4));
            Result r = run(renderer, kind, data, seconds);
            System.out.printf("%-28s %6d letters  %6.1f letters/s wall  %6.1f letters/s per CPU-second  "
                            + "p50 %5.1f ms  p95 %5.1f ms  %d bytes%n",
                    kind.template(), r.count, r.count / r.wallSeconds, r.count / r.cpuSeconds,
                    r.percentile(50), r.percentile(95), r.size);
        }
    }

    private record Result(int count, double wallSeconds, double cpuSeconds, double[] millis, int size) {
        double percentile(int p) {
            double[] sorted = Arrays.copyOf(millis, count);
            Arrays.sort(sorted);
            return sorted[Math.min(count - 1, (int) Math.ceil(p / 100.0 * count) - 1)];
        }
    }

    private static Result run(LetterRenderer renderer, LetterKind kind, LetterData data, int seconds) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] millis = new double[1 << 16];
        int count = 0;
        int size = 0;
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long now = start;
        while (now < end && count < millis.length) {
            size = renderer.render(kind, data, "Z-2026-0147-" + count).pdf().length;
            long after = System.nanoTime();
            millis[count++] = (after - now) / 1e6;
            now = after;
        }
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
        return new Result(count, (now - start) / 1e9, cpu, millis, size);
    }
}
