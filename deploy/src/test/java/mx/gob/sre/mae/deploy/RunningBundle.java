package mx.gob.sre.mae.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real bundle (deploy/target/mae-gateway.jar) started as its users start it: {@code java -jar
 * mae-gateway.jar --port N}, data under a directory of the test's choosing.
 */
final class RunningBundle implements AutoCloseable {

  /** Same default as the ./mae launcher. */
  static final String DEFAULT_JAVA_OPTS = "-Xms128m -Xmx768m -XX:+UseSerialGC";

  private final Path dataDir;
  private final Map<String, String> environment;
  private final int port;
  private final Path log;
  private Process process;
  private long startupMillis;

  RunningBundle(Path dataDir, Map<String, String> environment) throws IOException {
    this.dataDir = dataDir;
    this.environment = environment;
    this.port = freePort();
    Files.createDirectories(dataDir);
    this.log = dataDir.resolveSibling(dataDir.getFileName() + "-bundle.log");
  }

  static RunningBundle onEmbeddedDefault(String name) throws IOException {
    return onEmbeddedDefault(name, Map.of());
  }

  static RunningBundle onEmbeddedDefault(String name, Map<String, String> environment) throws IOException {
    Path work = Path.of(System.getProperty("mae.test.workdir", "target/it"));
    Path dir = work.resolve(name + "-" + System.nanoTime());
    return new RunningBundle(dir, environment);
  }

  RunningBundle start() throws Exception {
    launch();
    long t0 = System.nanoTime();
    awaitReady(Duration.ofMinutes(4));
    startupMillis = (System.nanoTime() - t0) / 1_000_000 + launchMillis;
    return this;
  }

  /** Starts the bundle and waits until its log has {@code line}; the bundle is left running (close it). */
  String startAndAwaitLog(String line, Duration timeout) throws Exception {
    launch();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String text = Files.exists(log) ? Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
      int at = text.indexOf(line);
      if (at >= 0) {
        int end = text.indexOf('\n', at);
        return text.substring(at, end < 0 ? text.length() : end);
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("The bundle exited with " + process.exitValue() + " before logging '" + line + "'; see " + log);
      }
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
    }
    throw new IllegalStateException("No '" + line + "' in " + log + " within " + timeout);
  }

  private long launchMillis;

  private void launch() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java));
    // the JVM options of ./mae run, so figures measured here are those of the README command
    command.addAll(List.of(System.getenv().getOrDefault("MAE_JAVA_OPTS", DEFAULT_JAVA_OPTS).trim().split("\\s+")));
    command.addAll(List.of("-jar", System.getProperty("mae.bundle", "target/mae-gateway.jar"), "--port", String.valueOf(port)));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().put("MAE_DATA_DIR", dataDir.toString());
    pb.environment().put("MAE_PUBLIC_URL", url(""));
    pb.environment().remove("MAE_DB_URL");
    pb.environment().putAll(environment);
    long t0 = System.nanoTime();
    process = pb.start();
    launchMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  private void awaitReady(Duration timeout) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The bundle exited with " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/health/ready"))).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.onSpinWait();
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
    }
    throw new IllegalStateException("The bundle was not ready within " + timeout + "; see " + log);
  }

  /** A graceful stop (SIGTERM), as an operator's service manager would do. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      process.waitFor();
    }
  }

  /** kill -9: no shutdown hook runs, nothing is flushed that was not already committed. */
  void kill() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  /** Resident set size of the running bundle, in MiB, from /proc. */
  long rssMegabytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }

  long startupMillis() {
    return startupMillis;
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() throws Exception {
    stop();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
