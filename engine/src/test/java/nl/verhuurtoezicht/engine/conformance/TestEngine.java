package nl.verhuurtoezicht.engine.conformance;

import io.camunda.client.CamundaClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import nl.verhuurtoezicht.engine.EngineConfig;
import nl.verhuurtoezicht.engine.LocalEngine;
import nl.verhuurtoezicht.engine.ControllableClock;

/**
 * One embedded PostgreSQL and one engine for the whole conformance suite (starting them is the
 * slow part). Tests isolate themselves with unique process ids and job types.
 */
final class TestEngine {
  private static final AtomicInteger UNIQUE = new AtomicInteger();
  private static LocalEngine engine;

  private TestEngine() {}

  static synchronized LocalEngine engine() {
    if (engine == null) {
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        // A controllable clock turns on the engine's clock endpoints, so timer tests move time.
        engine = LocalEngine.start(postgres.getPostgresDatabase(),
            EngineConfig.defaults().withClock(new ControllableClock(Clock.systemUTC())));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          engine.close();
          try {
            postgres.close();
          } catch (Exception e) {
            System.err.println("closing embedded PostgreSQL failed: " + e);
          }
        }));
      } catch (Exception e) {
        throw new IllegalStateException("cannot start the test engine", e);
      }
    }
    return engine;
  }

  static CamundaClient client() {
    LocalEngine e = engine();
    return CamundaClient.newClientBuilder()
        .grpcAddress(e.grpcAddress())
        .restAddress(e.restAddress())
        .preferRestOverGrpc(false)
        .defaultRequestTimeout(Duration.ofSeconds(20))
        .build();
  }

  static String unique(String prefix) {
    return prefix + "-" + UNIQUE.incrementAndGet();
  }
}
