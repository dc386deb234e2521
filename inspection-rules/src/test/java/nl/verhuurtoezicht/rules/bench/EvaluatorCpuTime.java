package nl.verhuurtoezicht.rules.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verhuurtoezicht.rules.Evaluation;
import nl.verhuurtoezicht.rules.Evaluator;
import nl.verhuurtoezicht.rules.FactsJson;
import nl.verhuurtoezicht.rules.InspectionFacts;
import nl.verhuurtoezicht.rules.RuleCatalogue;

/**
 * Companion to {@link EvaluatorBenchmark} for shared build machines: JMH measures wall-clock throughput,
 * which other processes on the same cores depress; this main divides the evaluating thread's own CPU
 * time by the number of evaluations, which is what "evaluations per second on one core" means.
 * Prints one line per round and the best round last.
 */
public final class EvaluatorCpuTime {

    private static final int ROUNDS = 10;
    private static final int EVALUATIONS_PER_ROUND = 200_000;

    private EvaluatorCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Evaluator evaluator = new Evaluator(RuleCatalogue.loadDefault());
        InspectionFacts facts = FactsJson.parse(Files.readString(Path.of("examples/inspection-12-rooms.json")));
        int findings = 0;
        double best = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            for (int i = 0; i < EVALUATIONS_PER_ROUND; i++) {
                Evaluation evaluation = evaluator.evaluate(facts);
                findings += evaluation.findings().size();
            }
            double cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
            double wallNanos = System.nanoTime() - wallStart;
            double perSecond = EVALUATIONS_PER_ROUND * 1e9 / cpuNanos;
            best = Math.max(best, perSecond);
            System.out.printf("round %2d: %,.0f evaluations/s of thread CPU time (%.2f µs each); wall clock %,.0f/s%n",
                    round, perSecond, cpuNanos / EVALUATIONS_PER_ROUND / 1000, EVALUATIONS_PER_ROUND * 1e9 / wallNanos);
        }
        System.out.printf("best: %,.0f evaluations/s on one core (12-room case, %d findings checked)%n", best, findings);
    }
}
