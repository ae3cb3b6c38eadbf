/*
 * Delivery benchmark for the MAE gateway: accepted reports/s and accepted→delivered latency.
 *
 * A single-file program (JDK 21+, no dependencies), normally started by delivery-benchmark.sh:
 *
 *   java deploy/bench/DeliveryBenchmark.java --base http://localhost:18080 --hook-port 18090 \
 *        --secret <same as MAE_DELIVERY_DEFAULT_SECRET> --pgbench-tps 1234.5
 *
 * What it does, in order:
 *   0. starts a webhook receiver on 127.0.0.1:<hook-port>/hook that answers 200, checks the
 *      X-MAE-Signature (HMAC-SHA256 over "timestamp.body"), records the first arrival time of each
 *      Idempotency-Key and counts duplicates (the same key arriving twice);
 *   1. warm-up: a few seconds of closed-loop load that is not measured (JIT, pools);
 *   2. phase 1, capacity: closed loop, C clients each POSTing the report as fast as answers come
 *      back, for T seconds; only 201s count as accepted;
 *   3. waits (bounded by --settle) for the deliveries of warm-up and phase 1 to drain, so phase 2
 *      starts from an empty outbox and measures latency, not the backlog of phase 1;
 *   4. phase 2, latency: open loop at a steady rate (half of phase 1, or --rate) for T seconds; the
 *      time each 201 arrives is recorded per folio;
 *   5. waits (bounded by --drain) until every expected key "<folio>:<recipient>:v1" of every accepted report
 *      has arrived, then prints the figures and the verdict against the targets.
 *
 * Every loop and wait is bounded in time. All traffic is on loopback.
 */

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class DeliveryBenchmark {

  /** Mexican man last seen in Veracruz, no official involvement: routes to CNB, CLB:MX-VER, FGE:MX-VER. */
  static final String REPORT = """
      {"language":"es","consulate":"LAX","reporter":{"name":"Ana Pérez","relationship":"MOTHER","email":"ana@example.org","country":"US"},\
      "missingPersons":[{"givenNames":"José Luis","firstSurname":"Hernández","sex":"M","dateOfBirth":"1998-04-12","nationality":"MX",\
      "lastSeen":{"date":"2026-10-02","place":"Coatzacoalcos","state":"MX-VER"}}],"circumstances":"Benchmark report."}""";

  /**
   * A made-up first surname per report: a second report of the same person is linked to the first case
   * (an update of it, issue 8), and this benchmark measures new cases.
   */
  static String surname() {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      s.append("bcdfglmnprstvz".charAt(random.nextInt(14))).append("aeiou".charAt(random.nextInt(5)));
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static final Pattern FOLIO = Pattern.compile("\"folio\"\\s*:\\s*\"([^\"]+)\"");

  // ---- options (see usage()) ----
  String base = "http://localhost:18080";
  int hookPort = 18090;
  String secret = "";
  int concurrency = 8;
  int warmupSeconds = 10;
  int durationSeconds = 20;
  double rate = 0; // 0 = half the phase-1 rate
  int settleSeconds = 180;
  int drainSeconds = 60;
  int maxInFlight = 2000;
  double pgbenchTps = 0;
  List<String> recipients = List.of("CNB", "CLB:MX-VER", "FGE:MX-VER");

  // ---- receiver state ----
  /** Idempotency-Key → first arrival, System.nanoTime(). */
  final Map<String, Long> firstArrival = new ConcurrentHashMap<>();
  final LongAdder duplicates = new LongAdder();
  final LongAdder badSignatures = new LongAdder();
  final LongAdder hookRequests = new LongAdder();

  // ---- client state ----
  /** Every accepted folio of every phase (for the lost count). */
  final Set<String> acceptedFolios = ConcurrentHashMap.newKeySet();
  /** Phase-2 folio → time its 201 arrived, System.nanoTime(). */
  final Map<String, Long> phase2Accepted = new ConcurrentHashMap<>();

  final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .executor(Executors.newVirtualThreadPerTaskExecutor())
      .build();

  public static void main(String[] args) throws Exception {
    DeliveryBenchmark b = new DeliveryBenchmark();
    b.parse(args);
    System.exit(b.run() ? 0 : 1);
  }

  boolean run() throws Exception {
    HttpServer receiver = startReceiver();
    try {
      say("receiver on http://localhost:%d/hook; gateway %s; expecting %d deliveries per report: %s",
          hookPort, base, recipients.size(), String.join(", ", recipients));

      if (warmupSeconds > 0) {
        say("warm-up: %d s closed loop, %d clients (not measured)", warmupSeconds, concurrency);
        closedLoop(warmupSeconds, null);
      }

      say("phase 1 (capacity): %d s closed loop, %d clients", durationSeconds, concurrency);
      Phase p1 = closedLoop(durationSeconds, null);
      double acceptedPerSecond = p1.accepted / p1.seconds;
      say("phase 1: %d accepted, %d errors%s in %.1f s -> %.1f accepted reports/s; mean response %.1f ms",
          p1.accepted, p1.errors, p1.errorSummary(), p1.seconds, acceptedPerSecond, p1.meanResponseMs());

      // Let the outbox drain, so phase 2 measures latency rather than the backlog of phase 1.
      long drainStart = System.nanoTime();
      int missingBefore = awaitDeliveries(settleSeconds);
      double settled = (System.nanoTime() - drainStart) / 1e9;
      say("backlog of warm-up + phase 1: %s after %.1f s%s",
          missingBefore == 0 ? "drained" : missingBefore + " deliveries still missing",
          settled, missingBefore == 0 ? "" : " (phase 2 starts with a backlog: its latencies include it)");

      double phase2Rate = rate > 0 ? rate : Math.max(1, acceptedPerSecond / 2);
      say("phase 2 (latency): %d s open loop at %.1f reports/s", durationSeconds, phase2Rate);
      Phase p2 = openLoop(durationSeconds, phase2Rate);
      say("phase 2: %d sent, %d accepted, %d errors%s, %d not sent (more than %d in flight); mean response %.1f ms",
          p2.sent, p2.accepted, p2.errors, p2.errorSummary(), p2.skipped, maxInFlight, p2.meanResponseMs());

      long waitStart = System.nanoTime();
      int lost = awaitDeliveries(drainSeconds);
      say("deliveries %s after %.1f s", lost == 0 ? "complete" : "incomplete", (System.nanoTime() - waitStart) / 1e9);

      return report(acceptedPerSecond, phase2Rate, p1, p2, missingBefore, settled, lost);
    } finally {
      receiver.stop(0);
    }
  }

  // ------------------------------------------------------------------ webhook receiver

  HttpServer startReceiver() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", hookPort), 256);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/hook", this::onDelivery);
    server.start();
    return server;
  }

  void onDelivery(HttpExchange x) throws IOException {
    long now = System.nanoTime();
    try (x; InputStream in = x.getRequestBody()) {
      byte[] body = in.readAllBytes();
      hookRequests.increment();
      String key = x.getRequestHeaders().getFirst("Idempotency-Key");
      String timestamp = x.getRequestHeaders().getFirst("X-MAE-Timestamp");
      String signature = x.getRequestHeaders().getFirst("X-MAE-Signature");
      if (!validSignature(timestamp, body, signature)) {
        badSignatures.increment();
      }
      if (key != null && firstArrival.putIfAbsent(key, now) != null) {
        duplicates.increment();
      }
      // Answer 200 either way: the benchmark measures delivery, not rejection handling.
      x.sendResponseHeaders(200, -1);
    }
  }

  boolean validSignature(String timestamp, byte[] body, String signature) {
    if (timestamp == null || signature == null || secret.isEmpty()) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
      return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    } catch (Exception e) {
      return false;
    }
  }

  // ------------------------------------------------------------------ load generation

  /** Counters of one phase. */
  static final class Phase {
    final LongAdder sentCount = new LongAdder();
    final LongAdder acceptedCount = new LongAdder();
    final LongAdder responseNanos = new LongAdder();
    final LongAdder responses = new LongAdder();
    final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
    long sent, accepted, errors, skipped;
    double seconds;

    void error(String kind) {
      errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    void close(double seconds, long skipped) {
      this.seconds = seconds;
      this.skipped = skipped;
      sent = sentCount.sum();
      accepted = acceptedCount.sum();
      errors = errorKinds.values().stream().mapToLong(LongAdder::sum).sum();
    }

    double meanResponseMs() {
      long n = responses.sum();
      return n == 0 ? 0 : responseNanos.sum() / 1e6 / n;
    }

    String errorSummary() {
      if (errorKinds.isEmpty()) {
        return "";
      }
      StringBuilder s = new StringBuilder(" (");
      errorKinds.forEach((k, v) -> s.append(s.length() > 2 ? ", " : "").append(k).append(": ").append(v.sum()));
      return s.append(")").toString();
    }
  }

  /** POSTs one report; on 201 records the folio (and, in phase 2, when the 201 arrived). */
  void postReport(Phase phase, Map<String, Long> acceptedAt) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/reports"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json; charset=UTF-8")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(REPORT.replace("Hernández", surname()), StandardCharsets.UTF_8))
        .build();
    phase.sentCount.increment();
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      long end = System.nanoTime();
      phase.responseNanos.add(end - start);
      phase.responses.increment();
      if (response.statusCode() != 201) {
        phase.error("HTTP " + response.statusCode());
        return;
      }
      Matcher m = FOLIO.matcher(response.body());
      if (!m.find()) {
        phase.error("201 without folio");
        return;
      }
      String folio = m.group(1);
      acceptedFolios.add(folio);
      if (acceptedAt != null) {
        acceptedAt.put(folio, end);
      }
      phase.acceptedCount.increment();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      phase.error("interrupted");
    } catch (IOException e) {
      phase.error(e.getClass().getSimpleName());
    }
  }

  /** C virtual threads, each posting back-to-back until the deadline. */
  Phase closedLoop(int seconds, Map<String, Long> acceptedAt) throws InterruptedException {
    Phase phase = new Phase();
    long start = System.nanoTime();
    long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
    try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < concurrency; i++) {
        workers.submit(() -> {
          while (System.nanoTime() < deadline) {
            postReport(phase, acceptedAt);
          }
        });
      }
      workers.shutdown();
      // a request started just before the deadline may take up to its 30 s timeout
      workers.awaitTermination(seconds + 40L, TimeUnit.SECONDS);
    }
    // Elapsed until the last answer: requests finishing after the deadline are counted too.
    phase.close((System.nanoTime() - start) / 1e9, 0);
    return phase;
  }

  /**
   * Open loop: a request is started every 1/rate seconds whatever the answers do, each on its own
   * virtual thread. Past maxInFlight outstanding requests a tick is skipped (and counted), so an
   * overloaded gateway cannot make this program grow without bound.
   */
  Phase openLoop(int seconds, double perSecond) throws InterruptedException {
    Phase phase = new Phase();
    Semaphore inFlight = new Semaphore(maxInFlight);
    AtomicLong skipped = new AtomicLong();
    long interval = (long) (1e9 / perSecond);
    long start = System.nanoTime();
    long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
    try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (long next = start; next < deadline; next += interval) {
        long wait = next - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        if (!inFlight.tryAcquire()) {
          skipped.incrementAndGet();
          continue;
        }
        workers.submit(() -> {
          try {
            postReport(phase, phase2Accepted);
          } finally {
            inFlight.release();
          }
        });
      }
      workers.shutdown();
      workers.awaitTermination(40, TimeUnit.SECONDS);
    }
    phase.close((System.nanoTime() - start) / 1e9, skipped.get());
    return phase;
  }

  // ------------------------------------------------------------------ results

  List<String> expectedKeys(String folio) {
    List<String> keys = new ArrayList<>(recipients.size());
    for (String r : recipients) {
      keys.add(folio + ":" + r + ":v1");
    }
    return keys;
  }

  int missingDeliveries() {
    int missing = 0;
    for (String folio : acceptedFolios) {
      for (String key : expectedKeys(folio)) {
        if (!firstArrival.containsKey(key)) {
          missing++;
        }
      }
    }
    return missing;
  }

  /** Polls until every expected delivery has arrived or the time is up; returns how many are missing. */
  int awaitDeliveries(int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    int missing = missingDeliveries();
    int lastPrinted = -1;
    long nextProgress = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (missing > 0 && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(100);
      missing = missingDeliveries();
      if (System.nanoTime() > nextProgress && missing != lastPrinted) {
        say("  ... %d deliveries still missing", missing);
        lastPrinted = missing;
        nextProgress = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      }
    }
    return missing;
  }

  boolean report(double acceptedPerSecond, double phase2Rate, Phase p1, Phase p2, int backlog, double settled, int lost) {
    // accepted→delivered over every delivery of phase 2 (one per recipient per folio)
    List<Long> latencies = new ArrayList<>();
    int beforeAnswer = 0;
    for (Map.Entry<String, Long> e : phase2Accepted.entrySet()) {
      for (String key : expectedKeys(e.getKey())) {
        Long arrived = firstArrival.get(key);
        if (arrived != null) {
          long ns = arrived - e.getValue();
          // the dispatcher may deliver before the 201 has reached us: that counts as 0 ms
          if (ns < 0) {
            beforeAnswer++;
            ns = 0;
          }
          latencies.add(ns);
        }
      }
    }
    latencies.sort(null);
    Set<String> expected = ConcurrentHashMap.newKeySet();
    acceptedFolios.forEach(f -> expected.addAll(expectedKeys(f)));
    long unexpected = firstArrival.keySet().stream().filter(k -> !expected.contains(k)).count();

    double p99 = percentileMs(latencies, 99);
    double ratio = pgbenchTps > 0 ? acceptedPerSecond / pgbenchTps : Double.NaN;
    boolean capacityOk = pgbenchTps > 0 && ratio >= 0.5;
    boolean latencyOk = !latencies.isEmpty() && p99 <= 1000;
    boolean lostOk = lost == 0;

    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("pgbench single-row insert TPS", pgbenchTps > 0 ? fmt(pgbenchTps) : "(not given)");
    rows.put("phase 1 accepted reports/s", fmt(acceptedPerSecond) + "  (" + p1.accepted + " in " + fmt(p1.seconds) + " s, "
        + concurrency + " clients, " + p1.errors + " errors, mean response " + fmt(p1.meanResponseMs()) + " ms)");
    rows.put("phase-1 backlog drained in", fmt(settled) + " s" + (backlog == 0 ? "" : "  (NOT drained: " + backlog
        + " deliveries still pending when phase 2 started)"));
    rows.put("phase 2 rate (reports/s)", fmt(phase2Rate) + "  (" + p2.accepted + " accepted, " + p2.errors + " errors, "
        + p2.skipped + " not sent, mean response " + fmt(p2.meanResponseMs()) + " ms)");
    rows.put("phase 2 deliveries measured", latencies.size() + " of " + phase2Accepted.size() * recipients.size()
        + (beforeAnswer > 0 ? "  (" + beforeAnswer + " arrived before the 201, counted as 0 ms)" : ""));
    rows.put("accepted->delivered p50 ms", fmt(percentileMs(latencies, 50)));
    rows.put("accepted->delivered p95 ms", fmt(percentileMs(latencies, 95)));
    rows.put("accepted->delivered p99 ms", fmt(p99));
    rows.put("accepted->delivered max ms", fmt(latencies.isEmpty() ? Double.NaN : latencies.getLast() / 1e6));
    rows.put("reports accepted (all phases)", String.valueOf(acceptedFolios.size()));
    rows.put("deliveries expected / received", expected.size() + " / " + hookRequests.sum() + " webhook calls");
    rows.put("lost (expected, never delivered)", String.valueOf(lost));
    rows.put("duplicates (same key twice)", String.valueOf(duplicates.sum()));
    rows.put("unexpected keys", String.valueOf(unexpected));
    rows.put("bad signatures", String.valueOf(badSignatures.sum()));
    rows.put("accepted/s / pgbench TPS", Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.3f", ratio));

    System.out.println();
    System.out.println("==================== delivery benchmark ====================");
    rows.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-36s %s%n", k, v));
    System.out.println("------------------------------------------------------------");
    System.out.printf(Locale.ROOT, "%-6s accepted/s >= 0.5 x pgbench TPS   (%s >= %s)%n", verdict(capacityOk),
        fmt(acceptedPerSecond), pgbenchTps > 0 ? fmt(0.5 * pgbenchTps) : "n/a");
    System.out.printf(Locale.ROOT, "%-6s p99 accepted->delivered <= 1000 ms (%s ms at %s reports/s)%n", verdict(latencyOk),
        fmt(p99), fmt(phase2Rate));
    System.out.printf(Locale.ROOT, "%-6s 0 lost                             (%d lost)%n", verdict(lostOk), lost);
    System.out.println("============================================================");
    return capacityOk && latencyOk && lostOk;
  }

  static String verdict(boolean ok) {
    return ok ? "PASS" : "MISS";
  }

  /** Nearest-rank percentile, in ms. */
  static double percentileMs(List<Long> sortedNanos, double p) {
    if (sortedNanos.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sortedNanos.size());
    return sortedNanos.get(Math.max(0, rank - 1)) / 1e6;
  }

  static String fmt(double d) {
    return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.1f", d);
  }

  static void say(String format, Object... args) {
    System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
  }

  // ------------------------------------------------------------------ options

  void parse(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals("--help") || name.equals("-h")) {
        usage(0);
      }
      if (i + 1 >= args.length) {
        System.err.println("Missing value for " + name);
        usage(2);
      }
      String v = args[++i];
      switch (name) {
        case "--base" -> base = v.replaceAll("/+$", "");
        case "--hook-port" -> hookPort = Integer.parseInt(v);
        case "--secret" -> secret = v;
        case "--concurrency" -> concurrency = Integer.parseInt(v);
        case "--warmup" -> warmupSeconds = Integer.parseInt(v);
        case "--duration" -> durationSeconds = Integer.parseInt(v);
        case "--rate" -> rate = Double.parseDouble(v);
        case "--settle" -> settleSeconds = Integer.parseInt(v);
        case "--drain" -> drainSeconds = Integer.parseInt(v);
        case "--max-in-flight" -> maxInFlight = Integer.parseInt(v);
        case "--pgbench-tps" -> pgbenchTps = Double.parseDouble(v);
        case "--recipients" -> recipients = List.of(v.split(","));
        default -> {
          System.err.println("Unknown option " + name);
          usage(2);
        }
      }
    }
    if (concurrency < 1 || durationSeconds < 1 || settleSeconds < 1 || drainSeconds < 1 || maxInFlight < 1) {
      System.err.println("--concurrency, --duration, --settle, --drain and --max-in-flight must be at least 1");
      usage(2);
    }
  }

  static void usage(int status) {
    System.err.println("""
        usage: java DeliveryBenchmark.java [options]
          --base URL          gateway address (http://localhost:18080)
          --hook-port N       port of the webhook receiver on 127.0.0.1 (18090); path /hook
          --secret S          webhook secret, to check X-MAE-Signature
          --concurrency C     clients of phase 1 (8)
          --warmup S          unmeasured warm-up seconds before phase 1 (10; 0 = none)
          --duration T        seconds of phase 1 and of phase 2 (20)
          --rate R            phase-2 reports/s (default: half the phase-1 rate)
          --settle S          longest wait for the phase-1 backlog to drain before phase 2 (180)
          --drain S           longest wait for the last deliveries after phase 2 (60)
          --max-in-flight N   phase-2 cap on outstanding requests (2000)
          --pgbench-tps X     pgbench baseline, for the capacity ratio
          --recipients LIST   expected recipients per report (CNB,CLB:MX-VER,FGE:MX-VER)
        Exit status 0 when every target is met, 1 when one is missed, 2 on bad options.""");
    System.exit(status);
  }
}
