package nl.verhuurtoezicht.engine.rest;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import nl.verhuurtoezicht.engine.command.CommandProcessor;
import nl.verhuurtoezicht.engine.timer.ControllableClock;

/**
 * Camunda 8.8's clock control ({@code PUT /v2/clock}, {@code POST /v2/clock/reset}) plus
 * {@code POST /v2/clock/advance} with an ISO-8601 duration. Served only when the engine was given
 * a {@link ControllableClock}; after every change due timers fire before the call answers.
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
      return fireDue(false);
    });
    server.route("POST", "/v2/clock/reset", (body, path) -> {
      clock.reset();
      return fireDue(false);
    });
    server.route("POST", "/v2/clock/advance", (body, path) -> {
      Duration by;
      try {
        by = Duration.parse(body.path("duration").asText(""));
      } catch (DateTimeParseException e) {
        throw new RestException(400, "Expected a 'duration' in ISO-8601 form such as PT1H or P56D, but was '"
            + body.path("duration").asText("") + "'");
      }
      if (by.isNegative()) {
        throw new RestException(400, "The engine clock only moves forward, but was asked to move by " + by);
      }
      clock.advance(by);
      return fireDue(true);
    });
  }

  private Object fireDue(boolean answerWithNow) throws RestException {
    Commands.run(processor, engine -> {
      engine.expireJobs();
      engine.events().onTick();
      return Boolean.TRUE;
    });
    return answerWithNow ? Map.of("now", clock.instant().toString()) : null;
  }
}
