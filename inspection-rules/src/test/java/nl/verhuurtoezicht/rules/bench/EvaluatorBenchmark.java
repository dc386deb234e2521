package nl.verhuurtoezicht.rules.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.verhuurtoezicht.rules.Evaluation;
import nl.verhuurtoezicht.rules.EvaluationJson;
import nl.verhuurtoezicht.rules.Evaluator;
import nl.verhuurtoezicht.rules.FactsJson;
import nl.verhuurtoezicht.rules.InspectionFacts;
import nl.verhuurtoezicht.rules.RuleCatalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluations per second on one thread for a realistic 12-room lodging (examples/inspection-12-rooms.json):
 * the evaluator alone, and the whole CLI path (parse facts JSON, evaluate, write evaluation JSON).
 * Run: ./mvnw -B -pl inspection-rules -am -Pbench -DskipTests verify
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluatorBenchmark {

    private Evaluator evaluator;
    private InspectionFacts facts;
    private String factsJson;

    @Setup
    public void setUp() throws IOException {
        evaluator = new Evaluator(RuleCatalogue.loadDefault());
        factsJson = Files.readString(Path.of("examples/inspection-12-rooms.json"));
        facts = FactsJson.parse(factsJson);
    }

    @Benchmark
    public Evaluation evaluate() {
        return evaluator.evaluate(facts);
    }

    @Benchmark
    public String parseEvaluateWrite() {
        return EvaluationJson.write(evaluator.evaluate(FactsJson.parse(factsJson)));
    }
}
