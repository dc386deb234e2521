package nl.verhuurtoezicht.engine.rest;

import java.time.Instant;
import nl.verhuurtoezicht.engine.command.CommandProcessor;
import nl.verhuurtoezicht.engine.ControllableClock;

/**
 * Camunda 8.8's clock control: {@code PUT /v2/clock} pins the engine clock, {@code POST
 * /v2/clock/reset} lets it run again. Served only when the engine was given a
 * {@link ControllableClock}; after every change due timers fire before the call answers.
 */
public final class ClockEndpoints {
  private final ControllableClock clock;
  private final CommandProcessor processor;

  public ClockEndpoints(ControllableClock clock, CommandProcessor processor) {
    this.clock = clock;
    this.processor = processor;
  }

  public void register(RestServer server) {
    server.route("PUT", "/v2/clock", (body, path) -> {
      if (!body.path("timestamp").canConvertToLong()) {
        throw new RestException(400, "Expected a 'timestamp' in epoch milliseconds");
      }
      clock.pin(Instant.ofEpochMilli(body.path("timestamp").asLong()));
      return fireDue();
    });
    server.route("POST", "/v2/clock/reset", (body, path) -> {
      clock.reset();
      return fireDue();
    });
  }

  /** Answers 204 once everything that became due has fired and was committed. */
  private Object fireDue() throws RestException {
    Commands.run(processor, engine -> {
      engine.expireJobs();
      engine.events().onTick();
      return Boolean.TRUE;
    });
    return null;
  }
}
