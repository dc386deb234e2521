package nl.verhuurtoezicht.engine;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.verhuurtoezicht.engine.command.CommandProcessor;
import nl.verhuurtoezicht.engine.feel.FeelExpressions;
import nl.verhuurtoezicht.engine.grpc.GatewayService;
import nl.verhuurtoezicht.engine.rest.IncidentSearch;
import nl.verhuurtoezicht.engine.rest.ClockEndpoints;
import nl.verhuurtoezicht.engine.rest.MessageEndpoints;
import nl.verhuurtoezicht.engine.rest.ProcessInstanceEndpoints;
import nl.verhuurtoezicht.engine.rest.RestServer;
import nl.verhuurtoezicht.engine.rest.UserTaskEndpoints;
import nl.verhuurtoezicht.engine.state.StateRepository;

/**
 * The embedded engine: the Zeebe gateway gRPC API and a subset of the Camunda 8 REST API, on top
 * of the engine schema in the given PostgreSQL database. Talk to it only through the Camunda client.
 */
public final class LocalEngine implements AutoCloseable {
  /** The Zeebe version whose gateway API this engine implements. */
  public static final String API_VERSION = "8.8.14";

  private final CommandProcessor processor;
  private final Server grpc;
  private final RestServer rest;
  private final String host;

  private LocalEngine(CommandProcessor processor, Server grpc, RestServer rest, String host) {
    this.processor = processor;
    this.grpc = grpc;
    this.rest = rest;
    this.host = host;
  }

  public static LocalEngine start(DataSource dataSource, EngineConfig config) throws IOException, SQLException {
    StateRepository.migrate(dataSource);
    StateRepository repository = new StateRepository();
    CommandProcessor processor = new CommandProcessor(dataSource, repository, new FeelExpressions(), config.clock(),
        config.commandQueueCapacity());
    RestServer rest = new RestServer(config.host(), config.restPort());
    rest.route("POST", "/v2/incidents/search", new IncidentSearch(dataSource, repository));
    new UserTaskEndpoints(dataSource, processor).register(rest);
    new MessageEndpoints(processor).register(rest);
    new ProcessInstanceEndpoints(dataSource, new IncidentSearch(dataSource, repository), processor).register(rest);
    if (config.clock() instanceof ControllableClock clock) {
      new ClockEndpoints(clock, processor).register(rest);
    }
    Server grpc;
    AtomicInteger grpcPort = new AtomicInteger(config.grpcPort());
    try {
      grpc = NettyServerBuilder.forAddress(new InetSocketAddress(config.host(), config.grpcPort()))
          // The client pings during long polls; a strict server would answer with GOAWAY too_many_pings.
          .permitKeepAliveTime(5, TimeUnit.SECONDS)
          .permitKeepAliveWithoutCalls(true)
          .maxInboundMessageSize(4 * 1024 * 1024)
          .addService(new GatewayService(processor, config.host(), grpcPort::get, API_VERSION))
          .build()
          .start();
      grpcPort.set(grpc.getPort());
      rest.start();
    } catch (IOException | RuntimeException e) {
      rest.close();
      processor.close();
      throw e;
    }
    return new LocalEngine(processor, grpc, rest, config.host());
  }

  /** Address for the Camunda client's grpcAddress (plaintext). */
  public URI grpcAddress() {
    return URI.create("http://" + host + ":" + grpc.getPort());
  }

  /** Address for the Camunda client's restAddress. */
  public URI restAddress() {
    return URI.create("http://" + host + ":" + rest.port());
  }

  @Override
  public void close() {
    grpc.shutdown();
    try {
      if (!grpc.awaitTermination(5, TimeUnit.SECONDS)) {
        grpc.shutdownNow();
      }
    } catch (InterruptedException e) {
      grpc.shutdownNow();
      Thread.currentThread().interrupt();
    }
    rest.close();
    processor.close();
  }
}
