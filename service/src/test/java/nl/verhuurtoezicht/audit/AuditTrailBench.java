package nl.verhuurtoezicht.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.verhuurtoezicht.VerhuurtoezichtApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Prints how fast the audit trail appends (one writer and several, all serialised by the chain lock) and how
 * fast the whole chain verifies, on the embedded PostgreSQL in a fresh temporary directory.
 * Run: {@code java -cp <test classpath> nl.verhuurtoezicht.audit.AuditTrailBench [entries] [threads]}.
 */
public final class AuditTrailBench {

    private AuditTrailBench() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path dataDir = Files.createTempDirectory("audit-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VerhuurtoezichtApplication.class)
                .web(WebApplicationType.NONE).run("--verhuurtoezicht.data-dir=" + dataDir, "--logging.level.root=WARN")) {
            AuditTrail trail = context.getBean(AuditTrail.class);
            AuditVerifier verifier = context.getBean(AuditVerifier.class);
            for (int i = 0; i < 200; i++) {
                trail.record(Actor.worker("bench-warmup"), "WARMUP", "bench:warmup", null, "entry " + i);
            }

            long start = System.nanoTime();
            for (int i = 0; i < entries; i++) {
                trail.record(Actor.worker("bench"), "STEP", "bench:" + (i % 100), "before " + i, "after " + i);
            }
            report("append, 1 writer", entries, System.nanoTime() - start);

            ExecutorService pool = Executors.newFixedThreadPool(threads);
            start = System.nanoTime();
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < entries; i++) {
                int n = i;
                writes.add(pool.submit(() -> trail.record(Actor.worker("bench"), "STEP", "bench:" + (n % 100), null, "after " + n)));
            }
            for (Future<?> write : writes) {
                write.get();
            }
            pool.shutdown();
            report("append, " + threads + " writers", entries, System.nanoTime() - start);

            start = System.nanoTime();
            AuditVerification verification = verifier.verify();
            report("verify (intact=" + verification.intact() + ")", verification.rowsChecked(), System.nanoTime() - start);
        }
    }

    private static void report(String what, long rows, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf("%-28s %8d rows in %7.2f s = %8.0f rows/s (%.2f ms/row)%n", what, rows, seconds, rows / seconds,
                seconds * 1000 / rows);
    }
}
