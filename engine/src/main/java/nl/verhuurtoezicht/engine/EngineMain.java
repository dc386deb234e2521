package nl.verhuurtoezicht.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import nl.verhuurtoezicht.engine.db.DurableEmbeddedPostgres;

/**
 * Standalone engine:
 * {@code java -jar engine.jar --grpc-port 26500 --rest-port 8088 (--data-dir DIR | --jdbc-url URL)}.
 * Prints one line starting with "ready" when it serves.
 */
public final class EngineMain {
  private EngineMain() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    Map<String, String> options = parse(args);
    int grpcPort = Integer.parseInt(options.getOrDefault("--grpc-port", "26500"));
    int restPort = Integer.parseInt(options.getOrDefault("--rest-port", "8088"));
    AutoCloseable database;
    DataSource dataSource;
    String jdbcUrl;
    if (options.containsKey("--jdbc-url")) {
      HikariConfig hikari = new HikariConfig();
      hikari.setJdbcUrl(options.get("--jdbc-url"));
      hikari.setMaximumPoolSize(4);
      HikariDataSource pool = new HikariDataSource(hikari);
      database = pool;
      dataSource = pool;
      jdbcUrl = options.get("--jdbc-url");
    } else if (options.containsKey("--data-dir")) {
      DurableEmbeddedPostgres postgres = DurableEmbeddedPostgres.start(Path.of(options.get("--data-dir")));
      database = postgres;
      dataSource = postgres.dataSource();
      jdbcUrl = postgres.jdbcUrl();
    } else {
      throw usage("either --data-dir or --jdbc-url is required");
    }
    String clockControl = options.getOrDefault("--clock-control", "off");
    if (!clockControl.equals("on") && !clockControl.equals("off")) {
      throw usage("--clock-control must be 'on' or 'off', but was '" + clockControl + "'");
    }
    // Only a controllable clock turns on the clock endpoints (PUT /v2/clock ...): for tests, never production.
    Clock clock = clockControl.equals("on") ? new ControllableClock(Clock.systemUTC()) : Clock.systemUTC();
    LocalEngine engine = LocalEngine.start(dataSource,
        EngineConfig.defaults().withPorts(grpcPort, restPort).withClock(clock));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      engine.close();
      try {
        database.close();
      } catch (Exception e) {
        System.err.println("closing the database failed: " + e.getMessage());
      }
      stopped.countDown();
    }, "engine-shutdown"));
    System.out.println("ready grpc=" + engine.grpcAddress() + " rest=" + engine.restAddress()
        + " jdbc=" + jdbcUrl.replaceAll("password=[^&]*", "password=***"));
    System.out.flush();
    stopped.await();
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (!name.startsWith("--") || i + 1 >= args.length) {
        throw usage("unexpected argument '" + name + "'");
      }
      options.put(name, args[++i]);
    }
    return options;
  }

  private static IllegalArgumentException usage(String problem) {
    return new IllegalArgumentException(problem + "\nusage: java -jar engine.jar --grpc-port 26500 --rest-port 8088"
        + " (--data-dir DIR | --jdbc-url jdbc:postgresql://host/db?user=..&password=..) [--clock-control on]");
  }
}
