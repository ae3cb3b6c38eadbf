/*
 * The load side of the delivery benchmark and the fault scripts (JDK 22+: a class of its own file,
 * found by the source launcher next to the program that uses it): files reports of distinct persons
 * through the public API, corrects them as a consular officer (a new version, routed as an update),
 * counts answers and errors per phase, and runs closed-loop clients.
 */

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class ReportClient {

  /** Mexican man last seen in Veracruz, no official involvement: routes to CNB, CLB:MX-VER, FGE:MX-VER. */
  static final String REPORT = """
      {"language":"es","consulate":"LAX","reporter":{"name":"Ana Pérez","relationship":"MOTHER","email":"ana@example.org","country":"US"},\
      "missingPersons":[{"givenNames":"José Luis","firstSurname":"Hernández","sex":"M","dateOfBirth":"1998-04-12","nationality":"MX",\
      "lastSeen":{"date":"2026-10-02","place":"Coatzacoalcos","state":"MX-VER"}}],"circumstances":"Benchmark report."}""";

  /** The recipients of {@link #REPORT}, and of every correction of it. */
  static final String RECIPIENTS = "CNB,CLB:MX-VER,FGE:MX-VER";

  static final Pattern FOLIO = Pattern.compile("\"folio\"\\s*:\\s*\"([^\"]+)\"");
  static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

  /**
   * A made-up first surname per report: a second report of the same person is linked to the first case
   * (an update of it, issue 8), and the scripts file new cases.
   */
  static String surname() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      s.append("bcdfglmnprstvz".charAt(random.nextInt(14))).append("aeiou".charAt(random.nextInt(5)));
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * {@link #REPORT} of a person of its own: random given name, first surname and date of birth. A
   * random surname alone is not enough: two made-up surnames that share their first letters ("Zinirenati",
   * "Ziviritose") count as the same name misspelt, and with everything else equal the matcher links them.
   */
  static String newReport() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String born = java.time.LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000)).toString();
    return REPORT.replace("Hernández", surname()).replace("José Luis", surname().substring(0, 6)).replace("1998-04-12", born);
  }

  /** An accepted report: its folio, and when the 201 arrived (System.nanoTime()). */
  record Accepted(String folio, long at) {}

  /** Counters of one phase of load. */
  static final class Phase {
    final String name;
    final LongAdder sentCount = new LongAdder();
    final LongAdder acceptedCount = new LongAdder();
    final LongAdder responseNanos = new LongAdder();
    final LongAdder responses = new LongAdder();
    final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
    long sent, accepted, errors, skipped;
    double seconds;

    Phase() {
      this("");
    }

    Phase(String name) {
      this.name = name;
    }

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

  final String base;
  final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .executor(Executors.newVirtualThreadPerTaskExecutor())
      .build();

  ReportClient(String base) {
    this.base = base.replaceAll("/+$", "");
  }

  /** POSTs a report; on 201 with a folio returns it, otherwise counts the error and returns null. */
  Accepted file(Phase phase, String report) {
    HttpResponse<String> response = send(phase, json("/api/v1/reports", report, null), 201);
    Matcher m = response == null ? null : FOLIO.matcher(response.body());
    if (m == null || !accepted(phase, m, "201 without folio")) {
      return null;
    }
    return new Accepted(m.group(1), System.nanoTime());
  }

  /** POSTs a correction of {@code folio} as {@code user:password}; returns the version it created, or null (error counted). */
  Integer correct(Phase phase, String folio, String report, String credentials) {
    HttpResponse<String> response = send(phase, json("/api/v1/cases/" + folio + "/versions?reason=fault-test", report, credentials), 200);
    Matcher m = response == null ? null : VERSION.matcher(response.body());
    if (m == null || !accepted(phase, m, "200 without version")) {
      return null;
    }
    return Integer.valueOf(m.group(1));
  }

  /** Counts the answer as accepted when the matcher finds its value, else as the error {@code missing}. */
  private static boolean accepted(Phase phase, Matcher m, String missing) {
    if (!m.find()) {
      phase.error(missing);
      return false;
    }
    phase.acceptedCount.increment();
    return true;
  }

  HttpRequest json(String path, String body, String credentials) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json; charset=UTF-8")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (credentials != null) {
      b.header("Authorization", basic(credentials));
    }
    return b.build();
  }

  static String basic(String credentials) {
    return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sends one request of the phase; returns the response when its status is {@code expected} (the
   * caller counts it accepted once it has read it), else
   * counts the error ("HTTP 503", "ConnectException"...) and returns null.
   */
  HttpResponse<String> send(Phase phase, HttpRequest request, int expected) {
    phase.sentCount.increment();
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      phase.responseNanos.add(System.nanoTime() - start);
      phase.responses.increment();
      if (response.statusCode() != expected) {
        phase.error("HTTP " + response.statusCode());
        return null;
      }
      return response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      phase.error("interrupted");
    } catch (IOException e) {
      phase.error(e.getClass().getSimpleName());
    }
    return null;
  }

  /**
   * Closed loop: {@code clients} virtual threads, each calling {@code step} with its number back to
   * back while {@code more} holds; waits at most {@code maxWaitSeconds} for them to finish.
   */
  static void closedLoop(int clients, BooleanSupplier more, IntConsumer step, long maxWaitSeconds) throws InterruptedException {
    try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < clients; i++) {
        int client = i;
        workers.submit(() -> {
          while (more.getAsBoolean()) {
            step.accept(client);
          }
        });
      }
      workers.shutdown();
      workers.awaitTermination(maxWaitSeconds, TimeUnit.SECONDS);
    }
  }
}
