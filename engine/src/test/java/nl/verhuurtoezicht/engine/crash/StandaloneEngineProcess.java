package nl.verhuurtoezicht.engine.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The standalone engine ({@code EngineMain}) in its own JVM, so that it can be killed with SIGKILL. */
final class StandaloneEngineProcess {
  private static final Pattern READY = Pattern.compile("^ready grpc=(\\S+) rest=(\\S+) jdbc=(\\S+)$");
  private final Process process;
  final String jdbcUrl;

  private StandaloneEngineProcess(Process process, String jdbcUrl) {
    this.process = process;
    this.jdbcUrl = jdbcUrl;
  }

  static StandaloneEngineProcess start(Path dataDir, int grpcPort, int restPort, Path log) throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp", classPath,
        "nl.verhuurtoezicht.engine.EngineMain", "--grpc-port", String.valueOf(grpcPort),
        "--rest-port", String.valueOf(restPort), "--data-dir", dataDir.toString(), "--clock-control", "on"))
        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
    CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          Matcher m = READY.matcher(line.trim());
          if (m.matches()) {
            return m.group(3);
          }
        }
        return null;
      } catch (IOException e) {
        return null;
      }
    });
    String jdbc = ready.get(120, TimeUnit.SECONDS);
    if (jdbc == null) {
      process.destroyForcibly();
      throw new IllegalStateException("standalone engine did not print its ready line; see " + log);
    }
    return new StandaloneEngineProcess(process, jdbc);
  }

  /** SIGKILL: no shutdown hook, no flush, no goodbye. */
  void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
