package nl.verhuurtoezicht.engine.rest;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import nl.verhuurtoezicht.engine.command.CommandProcessor;
import nl.verhuurtoezicht.engine.exec.Engine;
import nl.verhuurtoezicht.engine.exec.EngineException;

/** Runs a command on the writer from a REST handler and maps its rejection to an HTTP status. */
final class Commands {
  private static final long TIMEOUT_SECONDS = 30;

  private Commands() {}

  static <R> R run(CommandProcessor processor, Function<Engine, R> command) throws RestException {
    try {
      return processor.submit(command).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof EngineException rejected) {
        throw new RestException(status(rejected.reason()), rejected.getMessage());
      }
      throw new RestException(500, String.valueOf(cause.getMessage()));
    } catch (TimeoutException e) {
      throw new RestException(504, "The engine did not answer within " + TIMEOUT_SECONDS + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RestException(503, "Interrupted while waiting for the engine");
    }
  }

  static int status(EngineException.Reason reason) {
    return switch (reason) {
      case NOT_FOUND -> 404;
      case INVALID_ARGUMENT -> 400;
      case FAILED_PRECONDITION, ALREADY_EXISTS -> 409;
      case RESOURCE_EXHAUSTED, UNAVAILABLE -> 503;
      case DEADLINE_EXCEEDED -> 504;
    };
  }

  static long key(String text, String what) throws RestException {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new RestException(400, "The " + what + " must be a number, but was '" + text + "'");
    }
  }
}
