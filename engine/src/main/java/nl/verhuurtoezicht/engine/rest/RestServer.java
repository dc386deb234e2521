package nl.verhuurtoezicht.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small JSON-over-HTTP server for the parts of the Camunda 8 REST API the engine serves.
 * Routes are (method, path pattern) pairs, so later features add endpoints without touching this.
 */
public final class RestServer implements AutoCloseable {
  /** Handles one request; path groups come from the route's pattern. */
  public interface Handler {
    Object handle(JsonNode body, List<String> pathGroups) throws RestException;
  }

  private record Route(String method, Pattern path, Handler handler) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Route> routes = new ArrayList<>();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
    Thread t = new Thread(r, "engine-rest");
    t.setDaemon(true);
    return t;
  });

  public RestServer(String host, int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(host, port), 64);
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
  }

  public RestServer route(String method, String pathRegex, Handler handler) {
    routes.add(new Route(method, Pattern.compile(pathRegex), handler));
    return this;
  }

  public void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      boolean pathKnown = false;
      for (Route route : routes) {
        Matcher matcher = route.path().matcher(path);
        if (!matcher.matches()) {
          continue;
        }
        pathKnown = true;
        if (!route.method().equalsIgnoreCase(exchange.getRequestMethod())) {
          continue;
        }
        List<String> groups = new ArrayList<>();
        for (int i = 1; i <= matcher.groupCount(); i++) {
          groups.add(matcher.group(i));
        }
        try {
          JsonNode body = readBody(exchange.getRequestBody());
          Object result = route.handler().handle(body, groups);
          if (result == null) {
            exchange.sendResponseHeaders(204, -1);
          } else {
            write(exchange, 200, result);
          }
        } catch (RestException e) {
          write(exchange, e.status(), problem(e.status(), e.getMessage(), path));
        } catch (RuntimeException e) {
          write(exchange, 500, problem(500, String.valueOf(e.getMessage()), path));
        }
        return;
      }
      int status = pathKnown ? 405 : 404;
      write(exchange, status, problem(status, "No endpoint " + exchange.getRequestMethod() + " " + path, path));
    }
  }

  private static JsonNode readBody(InputStream in) throws RestException {
    try {
      byte[] bytes = in.readAllBytes();
      return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
    } catch (IOException e) {
      throw new RestException(400, "The request body is not valid JSON: " + e.getMessage());
    }
  }

  /** RFC 9457 problem detail, the error shape of the Camunda 8 REST API. */
  private static Map<String, Object> problem(int status, String detail, String instance) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", switch (status) {
      case 400 -> "INVALID_ARGUMENT";
      case 404 -> "NOT_FOUND";
      case 409 -> "INVALID_STATE";
      case 503 -> "RESOURCE_EXHAUSTED";
      default -> "ERROR";
    });
    problem.put("status", status);
    problem.put("detail", detail);
    problem.put("instance", instance);
    return problem;
  }

  private static void write(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
