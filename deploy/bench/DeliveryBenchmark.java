/*
 * Delivery benchmark for the MAE gateway: accepted reports/s and accepted→delivered latency.
 *
 * A source-file program (JDK 22+, no dependencies; its receiver and load client are WebhookReceiver.java
 * and ReportClient.java, next to it, shared with the fault scripts), normally started by
 * delivery-benchmark.sh:
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

import java.util.ArrayList;
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

public class DeliveryBenchmark {

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
  List<String> recipients = List.of(ReportClient.RECIPIENTS.split(","));

  // ---- client state ----
  /** Every accepted folio of every phase (for the lost count). */
  final Set<String> acceptedFolios = ConcurrentHashMap.newKeySet();
  /** Phase-2 folio → time its 201 arrived, System.nanoTime(). */
  final Map<String, Long> phase2Accepted = new ConcurrentHashMap<>();

  WebhookReceiver receiver;
  ReportClient reports;

  public static void main(String[] args) throws Exception {
    DeliveryBenchmark b = new DeliveryBenchmark();
    b.parse(args);
    System.exit(b.run() ? 0 : 1);
  }

  boolean run() throws Exception {
    receiver = new WebhookReceiver(hookPort, secret).start();
    reports = new ReportClient(base);
    try {
      say("receiver on http://localhost:%d/hook; gateway %s; expecting %d deliveries per report: %s",
          hookPort, base, recipients.size(), String.join(", ", recipients));

      if (warmupSeconds > 0) {
        say("warm-up: %d s closed loop, %d clients (not measured)", warmupSeconds, concurrency);
        closedLoop(warmupSeconds, null);
      }

      say("phase 1 (capacity): %d s closed loop, %d clients", durationSeconds, concurrency);
      ReportClient.Phase p1 = closedLoop(durationSeconds, null);
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
      ReportClient.Phase p2 = openLoop(durationSeconds, phase2Rate);
      say("phase 2: %d sent, %d accepted, %d errors%s, %d not sent (more than %d in flight); mean response %.1f ms",
          p2.sent, p2.accepted, p2.errors, p2.errorSummary(), p2.skipped, maxInFlight, p2.meanResponseMs());

      long waitStart = System.nanoTime();
      int lost = awaitDeliveries(drainSeconds);
      say("deliveries %s after %.1f s", lost == 0 ? "complete" : "incomplete", (System.nanoTime() - waitStart) / 1e9);

      return report(acceptedPerSecond, phase2Rate, p1, p2, missingBefore, settled, lost);
    } finally {
      receiver.stop();
    }
  }

  // ------------------------------------------------------------------ load generation

  /** POSTs one report; on 201 records the folio (and, in phase 2, when the 201 arrived). */
  void postReport(ReportClient.Phase phase, Map<String, Long> acceptedAt) {
    ReportClient.Accepted accepted = reports.file(phase, ReportClient.newReport());
    if (accepted != null) {
      acceptedFolios.add(accepted.folio());
      if (acceptedAt != null) {
        acceptedAt.put(accepted.folio(), accepted.at());
      }
    }
  }

  /** C virtual threads, each posting back-to-back until the deadline. */
  ReportClient.Phase closedLoop(int seconds, Map<String, Long> acceptedAt) throws InterruptedException {
    ReportClient.Phase phase = new ReportClient.Phase();
    long start = System.nanoTime();
    long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
    // a request started just before the deadline may take up to its 30 s timeout
    ReportClient.closedLoop(concurrency, () -> System.nanoTime() < deadline, client -> postReport(phase, acceptedAt), seconds + 40L);
    // Elapsed until the last answer: requests finishing after the deadline are counted too.
    phase.close((System.nanoTime() - start) / 1e9, 0);
    return phase;
  }

  /**
   * Open loop: a request is started every 1/rate seconds whatever the answers do, each on its own
   * virtual thread. Past maxInFlight outstanding requests a tick is skipped (and counted), so an
   * overloaded gateway cannot make this program grow without bound.
   */
  ReportClient.Phase openLoop(int seconds, double perSecond) throws InterruptedException {
    ReportClient.Phase phase = new ReportClient.Phase();
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
      missing += receiver.missing(expectedKeys(folio));
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

  boolean report(double acceptedPerSecond, double phase2Rate, ReportClient.Phase p1, ReportClient.Phase p2, int backlog, double settled, int lost) {
    // accepted→delivered over every delivery of phase 2 (one per recipient per folio)
    List<Long> latencies = new ArrayList<>();
    int beforeAnswer = 0;
    for (Map.Entry<String, Long> e : phase2Accepted.entrySet()) {
      for (String key : expectedKeys(e.getKey())) {
        WebhookReceiver.Arrival arrived = receiver.firstArrival.get(key);
        if (arrived != null) {
          long ns = arrived.nanos() - e.getValue();
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
    long unexpected = receiver.firstArrival.keySet().stream().filter(k -> !expected.contains(k)).count();

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
    rows.put("deliveries expected / received", expected.size() + " / " + receiver.requests.sum() + " webhook calls");
    rows.put("lost (expected, never delivered)", String.valueOf(lost));
    rows.put("duplicates (same key twice)", String.valueOf(receiver.duplicates.sum()));
    rows.put("unexpected keys", String.valueOf(unexpected));
    rows.put("bad signatures", String.valueOf(receiver.badSignatures.sum()));
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
    BenchOptions.parse(args, (name, v) -> {
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
          return false;
        }
      }
      return true;
    }, DeliveryBenchmark::usage);
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
