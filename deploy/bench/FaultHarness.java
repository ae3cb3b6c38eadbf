/*
 * Fault-tolerance harness of the MAE gateway (issue 9): load, a webhook receiver, and the checks of
 * the three fault scripts (fault-kill.sh, fault-receiver-down.sh, fault-db-restart.sh), which start it.
 *
 * A source-file program (JDK 22+, no dependencies). The receiver and the load client are
 * WebhookReceiver.java and ReportClient.java, next to it, shared with the delivery benchmark:
 *
 *   java deploy/bench/FaultHarness.java --scenario kill --base http://localhost:18280 --hook-port 18290 \
 *        --secret <MAE_DELIVERY_DEFAULT_SECRET> --control /tmp/control
 *
 * What it does:
 *   1. starts the receiver (HMAC check, first arrival and rank of each Idempotency-Key, duplicates),
 *      prints "[fault] ready" and starts N closed-loop clients. Each files a report of a new person
 *      (random first surname); after an accepted one, with probability --update-ratio it corrects
 *      one of its own earlier cases as a consular officer (a new version, routed as an update), so
 *      that the order of versions per recipient can be checked;
 *   2. obeys the control file, to which the script appends one command a line while the fault runs:
 *        phase NAME      the requests sent from now on count in phase NAME (figures per phase);
 *        receiver off    the receiver stops listening (the agency is down); receiver on: back;
 *        stop            the load ends;
 *   3. waits (bounded by --drain) for every expected delivery: each recipient gets
 *      "<folio>:<recipient>:v<n>" for each accepted report (v1) and accepted correction (vn); and
 *      for the outbox to hold nothing pending or in flight, so that a re-sent message is seen.
 *      Meanwhile it lists parked deliveries (admin API) and, with --replay-parked, replays them;
 *   4. asks PostgreSQL with psql (the PG* environment of the script) which versions are stored;
 *   5. prints the figures and the verdict. Exit status 0 when every invariant holds, 1 when one
 *      does not, 2 on bad options or when a check could not be made.
 *
 * Invariants: every 2xx (report or correction) is stored; every expected delivery arrives; no
 * Idempotency-Key arrives twice; per recipient, no version of a case arrives before an earlier one.
 * Every loop and wait is bounded in time. All traffic is on loopback.
 */

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class FaultHarness {

  // ---- options (see usage()) ----
  String scenario = "fault";
  String base = "http://localhost:18280";
  int hookPort = 18290;
  String secret = "";
  Path control;
  int clients = 4;
  int thinkMillis = 0;
  int errorPauseMillis = 200;
  double updateRatio = 0.2;
  String officer = "lax.oficial:demo";
  String admin = "admin:demo";
  boolean replayParked = false;
  boolean checkDatabase = true;
  int drainSeconds = 240;
  int maxLoadSeconds = 3600;
  List<String> recipients = List.of(ReportClient.RECIPIENTS.split(","));

  /** A phase of the run: its name, when it began, and the counters of the reports and corrections sent in it. */
  record Phase(String name, long startNanos, Instant startedAt, ReportClient.Phase reports, ReportClient.Phase updates,
      Set<String> pendingAtStart) {}

  /** A case filed by one client: it corrects only its own, one correction at a time. */
  static final class OwnCase {
    final String folio;
    final String report;
    int corrections;

    OwnCase(String folio, String report) {
      this.folio = folio;
      this.report = report;
    }
  }

  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  static final Pattern KEY = Pattern.compile("^(.+?):(.+):v(\\d+)$");

  WebhookReceiver receiver;
  ReportClient reports;
  final List<Phase> phases = new CopyOnWriteArrayList<>();
  volatile Phase current;
  volatile boolean loading = true;
  /** "folio:vN" of every 2xx → the phase it was sent in. */
  final Map<String, String> accepted = new ConcurrentHashMap<>();
  final List<String> parkedReplayed = new CopyOnWriteArrayList<>();
  final Set<String> parkedSeen = ConcurrentHashMap.newKeySet();

  public static void main(String[] args) throws Exception {
    FaultHarness h = new FaultHarness();
    h.parse(args);
    System.exit(h.run());
  }

  int run() throws Exception {
    receiver = new WebhookReceiver(hookPort, secret).start();
    reports = new ReportClient(base);
    try {
      beginPhase("load");
      Thread controller = Thread.ofVirtual().start(this::followControl);
      say("ready: receiver on http://localhost:%d/hook, gateway %s, %d clients, think %d ms, update ratio %.2f, control %s",
          hookPort, base, clients, thinkMillis, updateRatio, control);
      long loadStart = System.nanoTime();
      long loadDeadline = loadStart + TimeUnit.SECONDS.toNanos(maxLoadSeconds);
      List<List<OwnCase>> own = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        own.add(new ArrayList<>());
      }
      ReportClient.closedLoop(clients, () -> loading && System.nanoTime() < loadDeadline, c -> step(own.get(c)), maxLoadSeconds + 60L);
      loading = false;
      controller.interrupt();
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      say("load ended after %.1f s: %d reports and corrections accepted", loadSeconds, accepted.size());
      if (!receiver.running()) {
        say("the receiver was still off at the end of the load: turning it on");
        receiver.start();
      }

      long drainStart = System.nanoTime();
      int missing = awaitDeliveries();
      double drained = (System.nanoTime() - drainStart) / 1e9;
      say("deliveries %s %.1f s after the load ended", missing == 0 ? "complete" : "INCOMPLETE (" + missing + " missing)", drained);

      Set<String> stored = checkDatabase ? storedVersions() : null;
      return report(loadSeconds, drained, missing, stored);
    } finally {
      receiver.stop();
    }
  }

  // ------------------------------------------------------------------ load

  void step(List<OwnCase> own) {
    Phase phase = current;
    String report = ReportClient.newReport();
    ReportClient.Accepted filed = reports.file(phase.reports(), report);
    if (filed == null) {
      pause(errorPauseMillis);
      return;
    }
    accepted.put(filed.folio() + ":v1", phase.name());
    own.add(new OwnCase(filed.folio(), report));
    if (updateRatio > 0 && ThreadLocalRandom.current().nextDouble() < updateRatio) {
      OwnCase c = own.get(ThreadLocalRandom.current().nextInt(own.size()));
      c.corrections++;
      String corrected = c.report.replace("Benchmark report.", "Benchmark report, correction " + c.corrections + ".");
      Integer version = reports.correct(phase.updates(), c.folio, corrected, officer);
      if (version == null) {
        pause(errorPauseMillis);
      } else {
        accepted.put(c.folio + ":v" + version, phase.name());
      }
    }
    pause(thinkMillis);
  }

  static void pause(int millis) {
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  // ------------------------------------------------------------------ control

  void beginPhase(String name) {
    Set<String> pending = new HashSet<>();
    for (String key : expectedKeys()) {
      if (!receiver.received(key)) {
        pending.add(key);
      }
    }
    Phase p = new Phase(name, System.nanoTime(), Instant.now(), new ReportClient.Phase(name), new ReportClient.Phase(name),
        pending);
    phases.add(p);
    current = p;
    say("phase %s begins (%d deliveries pending)", name, pending.size());
  }

  /** Reads the commands appended to the control file, every 100 ms, until the load ends. */
  void followControl() {
    int done = 0;
    while (loading) {
      try {
        List<String> lines = control == null || !Files.exists(control) ? List.of() : Files.readAllLines(control);
        for (; done < lines.size(); done++) {
          command(lines.get(done).strip());
        }
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      } catch (IOException e) {
        say("cannot read the control file: %s", e);
        pause(1000);
      }
    }
  }

  void command(String line) throws IOException {
    if (line.isEmpty()) {
      return;
    }
    if (line.startsWith("phase ")) {
      beginPhase(line.substring(6).strip());
    } else if (line.equals("receiver off")) {
      receiver.stop();
      say("receiver OFF");
    } else if (line.equals("receiver on")) {
      receiver.start();
      say("receiver ON");
    } else if (line.equals("stop")) {
      say("stop: the load ends");
      loading = false;
    } else {
      say("unknown control command '%s' (ignored)", line);
    }
  }

  // ------------------------------------------------------------------ deliveries

  List<String> expectedKeys() {
    List<String> keys = new ArrayList<>(accepted.size() * recipients.size());
    for (String version : accepted.keySet()) {
      int colon = version.lastIndexOf(':');
      for (String r : recipients) {
        keys.add(version.substring(0, colon) + ":" + r + version.substring(colon));
      }
    }
    return keys;
  }

  /**
   * Polls until every expected delivery has arrived and (with --check-db) the outbox holds nothing
   * PENDING or IN_FLIGHT any more, or --drain is up; lists (and replays) parked ones. Returns how many
   * expected deliveries are missing. Waiting for the outbox too matters: a message the gateway had
   * sent but not recorded as delivered (a kill, a lost connection) is sent again later, and only
   * then would the duplicate show.
   */
  int awaitDeliveries() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(drainSeconds);
    List<String> expected = expectedKeys();
    int missing = receiver.missing(expected);
    long unfinished = unfinishedInOutbox();
    long nextProgress = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while ((missing > 0 || unfinished != 0) && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(500);
      missing = receiver.missing(expected);
      unfinished = unfinishedInOutbox();
      if (System.nanoTime() > nextProgress) {
        say("  ... %d of %d deliveries still missing; outbox: %s", missing, expected.size(),
            unfinished < 0 ? "not checked" : unfinished + " messages pending or in flight");
        handleParked();
        nextProgress = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      }
    }
    if (unfinished > 0) {
      say("the outbox still holds %d messages pending or in flight", unfinished);
    }
    handleParked();
    return missing;
  }

  /** Outbox messages PENDING or IN_FLIGHT (psql); 0 without --check-db, -1 when psql fails. */
  long unfinishedInOutbox() throws InterruptedException {
    if (!checkDatabase) {
      return 0;
    }
    List<String> rows = psql("select count(*) from outbox_message where status in ('PENDING', 'IN_FLIGHT')");
    return rows == null || rows.isEmpty() ? -1 : Long.parseLong(rows.get(0));
  }

  /** Parked deliveries, from the admin API: counted, and replayed with --replay-parked. */
  void handleParked() {
    try {
      HttpResponse<String> list = reports.client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/outbox?status=PARKED"))
          .timeout(Duration.ofSeconds(30)).header("Authorization", ReportClient.basic(admin)).header("Accept", "application/json").build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (list.statusCode() != 200) {
        say("  parked deliveries: cannot list them (HTTP %d)", list.statusCode());
        return;
      }
      Matcher m = ID.matcher(list.body());
      while (m.find()) {
        String id = m.group(1);
        if (parkedSeen.add(id)) {
          say("  delivery %s is PARKED%s", id, replayParked ? ": replaying it" : "");
        }
        if (replayParked) {
          HttpResponse<String> r = reports.client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/outbox/" + id + "/replay"))
              .timeout(Duration.ofSeconds(30)).header("Authorization", ReportClient.basic(admin)).POST(HttpRequest.BodyPublishers.noBody())
              .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          if (r.statusCode() == 200) {
            parkedReplayed.add(id);
          } else {
            say("  replay of %s: HTTP %d %s", id, r.statusCode(), r.body());
          }
        }
      }
    } catch (IOException e) {
      say("  parked deliveries: cannot list them (%s)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ------------------------------------------------------------------ database

  /** "folio:vN" of every stored case version; null when psql fails. */
  Set<String> storedVersions() throws InterruptedException {
    List<String> rows = psql("select c.folio || ':v' || v.version_no from case_version v join case_file c on c.id = v.case_id");
    if (rows == null) {
      say("the stored versions could not be checked");
      return null;
    }
    return new HashSet<>(rows);
  }

  /** The rows of a query, by psql with the script's PG* environment; null (and said why) when psql fails. */
  static List<String> psql(String sql) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("psql", "-qAt", "-v", "ON_ERROR_STOP=1", "-c", sql)
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      List<String> rows;
      try (var out = p.getInputStream()) {
        rows = new String(out.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
      }
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        say("psql failed (%s)", sql);
        return null;
      }
      return rows;
    } catch (IOException e) {
      say("psql could not be run (%s)", e);
      return null;
    }
  }

  // ------------------------------------------------------------------ results

  int report(double loadSeconds, double drained, int missing, Set<String> stored) {
    List<String> expected = expectedKeys();
    Set<String> expectedSet = new HashSet<>(expected);
    Map<String, WebhookReceiver.Arrival> arrivals = receiver.firstArrival;

    // stored: every 2xx is a stored version; versions stored without a 2xx are only counted
    List<String> notStored = new ArrayList<>();
    Map<String, Integer> notStoredByPhase = new TreeMap<>();
    Set<String> storedWithout2xx = new HashSet<>();
    if (stored != null) {
      accepted.forEach((version, phase) -> {
        if (!stored.contains(version)) {
          notStored.add(version + " (" + phase + ")");
          notStoredByPhase.merge(phase, 1, Integer::sum);
        }
      });
      for (String version : stored) {
        if (!accepted.containsKey(version)) {
          storedWithout2xx.add(version);
        }
      }
    }

    // unexpected keys: deliveries of versions the clients never got a 2xx for
    long unexpected = 0;
    long ofStoredWithout2xx = 0;
    for (String key : arrivals.keySet()) {
      if (!expectedSet.contains(key)) {
        unexpected++;
        Matcher k = KEY.matcher(key);
        if (k.matches() && storedWithout2xx.contains(k.group(1) + ":v" + k.group(3))) {
          ofStoredWithout2xx++;
        }
      }
    }

    List<String> lostKeys = expected.stream().filter(k -> !arrivals.containsKey(k)).sorted().toList();
    List<String> orderViolations = orderViolations(arrivals);
    List<Map.Entry<String, Long>> duplicated = receiver.duplicatedKeys();

    long reportsAccepted = accepted.keySet().stream().filter(v -> v.endsWith(":v1")).count();
    long updatesAccepted = accepted.size() - reportsAccepted;

    System.out.println();
    System.out.printf(Locale.ROOT, "==================== fault scenario: %s ====================%n", scenario);
    System.out.println("per phase (requests sent in it): reports 2xx/sent, corrections 2xx/sent, errors, 2xx not stored");
    for (Phase p : phases) {
      p.reports().close((System.nanoTime() - p.startNanos()) / 1e9, 0);
      p.updates().close(0, 0);
      System.out.printf(Locale.ROOT, "  %-16s from %s  reports %d/%d%s, mean %.0f ms  corrections %d/%d%s  2xx not stored %s%n", p.name(),
          p.startedAt(), p.reports().accepted, p.reports().sent, p.reports().errorSummary(), p.reports().meanResponseMs(),
          p.updates().accepted, p.updates().sent, p.updates().errorSummary(), stored == null ? "?" : notStoredByPhase.getOrDefault(p.name(), 0));
    }
    for (Phase p : phases) {
      if (!p.pendingAtStart().isEmpty()) {
        long last = p.pendingAtStart().stream().map(arrivals::get).filter(a -> a != null).mapToLong(WebhookReceiver.Arrival::nanos)
            .max().orElse(p.startNanos());
        long left = p.pendingAtStart().stream().filter(k -> !arrivals.containsKey(k)).count();
        System.out.printf(Locale.ROOT, "  %d deliveries pending when %s began: %s%n", p.pendingAtStart().size(), p.name(),
            left == 0 ? String.format(Locale.ROOT, "all arrived within %.1f s", (last - p.startNanos()) / 1e9) : left + " never arrived");
      }
    }

    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("load", String.format(Locale.ROOT, "%.1f s, %d clients, think %d ms", loadSeconds, clients, thinkMillis));
    rows.put("accepted (2xx)", reportsAccepted + " reports + " + updatesAccepted + " corrections = " + accepted.size() + " versions");
    rows.put("client errors (all phases)", String.valueOf(phases.stream().mapToLong(p -> p.reports().errors + p.updates().errors).sum()));
    rows.put("stored (2xx found in the DB)", stored == null ? "NOT CHECKED" : (accepted.size() - notStored.size()) + " of " + accepted.size());
    rows.put("stored without a 2xx", stored == null ? "?" : storedWithout2xx.size() + " versions (the client saw an error; fine)");
    rows.put("delivered (expected keys)", (expected.size() - lostKeys.size()) + " of " + expected.size() + "  ("
        + recipients.size() + " recipients per version; " + receiver.requests.sum() + " webhook calls)");
    rows.put("drained after the load ended", String.format(Locale.ROOT, "%.1f s", drained));
    rows.put("lost", String.valueOf(lostKeys.size()));
    rows.put("duplicated (key twice or more)", duplicated.size() + " keys, " + receiver.duplicates.sum() + " extra arrivals");
    rows.put("out of order (per recipient)", String.valueOf(orderViolations.size()));
    rows.put("unexpected keys", unexpected + (unexpected == 0 ? "" : "  (" + ofStoredWithout2xx + " of versions stored without a 2xx)"));
    rows.put("bad signatures", String.valueOf(receiver.badSignatures.sum()));
    rows.put("parked seen / replayed", parkedSeen.size() + " / " + parkedReplayed.size());
    rows.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-32s %s%n", k, v));

    listSome("stored without a 2xx (fine: the client saw an error, the version is kept and delivered)", List.copyOf(storedWithout2xx));
    listSome("2xx NOT STORED", notStored);
    listSome("LOST", lostKeys);
    listSome("DUPLICATED", duplicated.stream().map(e -> e.getKey() + " x" + e.getValue() + " (first arrival in "
        + phaseAt(arrivals.get(e.getKey()).nanos()) + ", again in " + phaseAt(receiver.lastRepeat.get(e.getKey())) + " "
        + String.format(Locale.ROOT, "%.1f s later", (receiver.lastRepeat.get(e.getKey()) - arrivals.get(e.getKey()).nanos()) / 1e9)
        + ")").toList());
    listSome("OUT OF ORDER", orderViolations);

    boolean storedOk = stored != null && notStored.isEmpty();
    boolean lostOk = lostKeys.isEmpty();
    boolean duplicatesOk = duplicated.isEmpty();
    boolean orderOk = orderViolations.isEmpty();
    boolean signaturesOk = receiver.badSignatures.sum() == 0;
    System.out.println("------------------------------------------------------------");
    verdict(storedOk, "every 2xx is stored" + (stored == null ? " (NOT CHECKED)" : " (" + notStored.size() + " not stored)"));
    verdict(lostOk, "every expected delivery arrived (" + lostKeys.size() + " lost)");
    verdict(duplicatesOk, "no idempotency key received twice (" + duplicated.size() + " duplicated)");
    verdict(orderOk, "versions in order per recipient (" + orderViolations.size() + " out of order)");
    verdict(signaturesOk, "every signature valid (" + receiver.badSignatures.sum() + " bad)");
    boolean ok = storedOk && lostOk && duplicatesOk && orderOk && signaturesOk;
    System.out.println("RESULT " + (ok ? "PASS: every invariant holds" : "FAIL: an invariant does not hold"));
    System.out.println("============================================================");
    if (stored == null) {
      return 2;
    }
    return ok ? 0 : 1;
  }

  /**
   * Per folio and recipient, the versions received must have arrived in version order, and none may
   * have arrived while an earlier version never did.
   */
  List<String> orderViolations(Map<String, WebhookReceiver.Arrival> arrivals) {
    Map<String, TreeMap<Integer, Long>> byCaseAndRecipient = new TreeMap<>();
    for (Map.Entry<String, WebhookReceiver.Arrival> e : arrivals.entrySet()) {
      Matcher k = KEY.matcher(e.getKey());
      if (k.matches()) {
        byCaseAndRecipient.computeIfAbsent(k.group(1) + " to " + k.group(2), x -> new TreeMap<>())
            .put(Integer.valueOf(k.group(3)), e.getValue().rank());
      }
    }
    List<String> violations = new ArrayList<>();
    byCaseAndRecipient.forEach((caseAndRecipient, versions) -> {
      long previousRank = -1;
      int expectedVersion = 1;
      for (Map.Entry<Integer, Long> v : versions.entrySet()) {
        if (v.getKey() != expectedVersion) {
          violations.add(caseAndRecipient + ": v" + v.getKey() + " arrived, v" + expectedVersion + " never did");
        } else if (v.getValue() < previousRank) {
          violations.add(caseAndRecipient + ": v" + v.getKey() + " arrived before v" + (v.getKey() - 1));
        }
        previousRank = v.getValue();
        expectedVersion = v.getKey() + 1;
      }
    });
    return violations;
  }

  String phaseAt(long nanos) {
    String name = "?";
    for (Phase p : phases) {
      if (p.startNanos() <= nanos) {
        name = p.name();
      }
    }
    return name;
  }

  static void listSome(String title, List<String> items) {
    if (!items.isEmpty()) {
      List<String> sorted = new ArrayList<>(items);
      Collections.sort(sorted);
      System.out.printf(Locale.ROOT, "%s (%d; first %d):%n", title, sorted.size(), Math.min(10, sorted.size()));
      sorted.stream().limit(10).forEach(s -> System.out.println("  " + s));
    }
  }

  static void verdict(boolean ok, String text) {
    System.out.printf(Locale.ROOT, "%-6s %s%n", ok ? "PASS" : "FAIL", text);
  }

  static void say(String format, Object... args) {
    System.out.printf(Locale.ROOT, "[fault] " + format + "%n", args);
  }

  // ------------------------------------------------------------------ options

  void parse(String[] args) {
    BenchOptions.parse(args, (name, v) -> {
      switch (name) {
        case "--scenario" -> scenario = v;
        case "--base" -> base = v.replaceAll("/+$", "");
        case "--hook-port" -> hookPort = Integer.parseInt(v);
        case "--secret" -> secret = v;
        case "--control" -> control = Path.of(v);
        case "--clients" -> clients = Integer.parseInt(v);
        case "--think-ms" -> thinkMillis = Integer.parseInt(v);
        case "--error-pause-ms" -> errorPauseMillis = Integer.parseInt(v);
        case "--update-ratio" -> updateRatio = Double.parseDouble(v);
        case "--officer" -> officer = v;
        case "--admin" -> admin = v;
        case "--replay-parked" -> replayParked = Boolean.parseBoolean(v);
        case "--check-db" -> checkDatabase = Boolean.parseBoolean(v);
        case "--drain" -> drainSeconds = Integer.parseInt(v);
        case "--max-load" -> maxLoadSeconds = Integer.parseInt(v);
        case "--recipients" -> recipients = List.of(v.split(","));
        default -> {
          return false;
        }
      }
      return true;
    }, FaultHarness::usage);
    if (clients < 1 || drainSeconds < 1 || maxLoadSeconds < 1 || thinkMillis < 0 || updateRatio < 0 || updateRatio > 1) {
      System.err.println("--clients, --drain and --max-load must be at least 1, --think-ms at least 0, --update-ratio in [0, 1]");
      usage(2);
    }
  }

  static void usage(int status) {
    System.err.println("""
        usage: java FaultHarness.java [options]
          --scenario NAME      title of the summary (fault)
          --base URL           gateway address (http://localhost:18280)
          --hook-port N        port of the webhook receiver on 127.0.0.1 (18290); path /hook
          --secret S           webhook secret, to check X-MAE-Signature
          --control FILE       commands appended by the script: phase NAME | receiver off | receiver on | stop
          --clients N          closed-loop clients (4)
          --think-ms MS        pause of each client after each report (0)
          --error-pause-ms MS  pause of a client after an error, so a down gateway is not hammered (200)
          --update-ratio R     chance that an accepted report is followed by a correction of an own case (0.2)
          --officer U:P        consular officer who corrects (lax.oficial:demo)
          --admin U:P          administrator who lists and replays parked deliveries (admin:demo)
          --replay-parked B    replay parked deliveries while waiting (false)
          --check-db B         check with psql (PG* environment) that every 2xx is stored (true)
          --drain S            longest wait for the deliveries after the load ends (240)
          --max-load S         longest load if no "stop" comes (3600)
          --recipients LIST    expected recipients per version (CNB,CLB:MX-VER,FGE:MX-VER)
        Exit status 0 when every invariant holds, 1 when one does not, 2 on bad options or an unchecked store.""");
    System.exit(status);
  }
}
