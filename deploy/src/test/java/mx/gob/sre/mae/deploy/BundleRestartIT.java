package mx.gob.sre.mae.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundle on its embedded default keeps every accepted report across a restart and a kill -9. */
class BundleRestartIT {

  static final String BODY =
      """
      {"language":"en","consulate":"LAX",
       "reporter":{"name":"Ana Pérez","relationship":"MOTHER","email":"ana@example.org","phone":"+13105550100","address":"123 Main St, Los Angeles, CA","country":"US"},
       "missingPersons":[{"givenNames":"José Luis","firstSurname":"Hernández","secondSurname":"López","sex":"M","dateOfBirth":"1998-04-12","nationality":"MX","lastSeen":{"date":"2026-10-02","place":"Coatzacoalcos","state":"MX-VER"},"description":"1.70 m, scar on left hand"}],
       "circumstances":"He called from a bus station and has not answered since.",
       "publicOfficialInvolvementSuspected":false}
      """;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void everyAcceptedReportSurvivesAGracefulRestartAndAKill() throws Exception {
    RunningBundle bundle = RunningBundle.onEmbeddedDefault("restart").start();
    System.out.printf("[figures] bundle start-up to ready: %d ms, RSS after start: %d MiB%n", bundle.startupMillis(), bundle.rssMegabytes());
    List<String[]> accepted = new ArrayList<>();
    try {
      for (int i = 0; i < 5; i++) {
        accepted.add(file(bundle));
      }
      System.out.printf("[figures] RSS after 5 reports: %d MiB%n", bundle.rssMegabytes());
      bundle.stop();

      RunningBundle restarted = new RunningBundle(bundle.dataDir(), java.util.Map.of()).start();
      try {
        for (String[] r : accepted) {
          assertEquals(200, status(restarted, r).statusCode(), "after restart: " + r[0]);
        }
        String[] beforeKill = file(restarted);
        accepted.add(beforeKill);
        restarted.kill();
      } finally {
        restarted.kill();
      }

      RunningBundle afterKill = new RunningBundle(bundle.dataDir(), java.util.Map.of()).start();
      try {
        for (String[] r : accepted) {
          HttpResponse<String> s = status(afterKill, r);
          assertEquals(200, s.statusCode(), "after kill -9: " + r[0]);
          assertTrue(s.body().contains("\"RECEIVED\""), s.body());
        }
        // every accepted report reaches its recipients once per idempotency key, also those in flight at the kill
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
          String inbox = cnbInbox(afterKill);
          return accepted.stream().allMatch(r -> inbox.contains("\"" + r[0] + "\""));
        });
        String inbox = cnbInbox(afterKill);
        for (String[] r : accepted) {
          assertEquals(1, inbox.split("\"folio\":\"" + r[0] + "\"", -1).length - 1, "delivered once: " + r[0]);
        }
        String[] next = file(afterKill);
        assertTrue(next[0].compareTo(accepted.get(accepted.size() - 1)[0]) > 0, "folios keep growing, never reused: " + next[0]);
      } finally {
        afterKill.stop();
      }
    } finally {
      bundle.kill();
    }
  }

  private String[] file(RunningBundle bundle) throws Exception {
    HttpResponse<String> r = http.send(
        HttpRequest.newBuilder(URI.create(bundle.url("/api/v1/reports"))).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(distinct(BODY), StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r.body());
    return new String[] {field(r.body(), "folio"), field(r.body(), "accessCode")};
  }

  private String cnbInbox(RunningBundle bundle) throws Exception {
    String auth = java.util.Base64.getEncoder().encodeToString("cnb:demo".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(bundle.url("/api/v1/inbox?limit=200")))
        .header("Authorization", "Basic " + auth).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  private HttpResponse<String> status(RunningBundle bundle, String[] report) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(bundle.url("/api/v1/reports/" + report[0] + "/status?code=" + report[1]))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    assertTrue(m.find(), name + " in " + json);
    return m.group(1);
  }

  /**
   * The report with made-up surnames and date of birth: these tests are about delivery, and a second
   * report of the same person would be linked to the first case (an update of it) instead of routed as a
   * new case.
   */
  static String distinct(String json) {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    String date = String.format("%d-%02d-%02d", 1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
    return json.replaceAll("\"firstSurname\"\\s*:\\s*\"[^\"]*\"", "\"firstSurname\":\"" + madeUp(random) + "\"")
        .replaceAll("\"secondSurname\"\\s*:\\s*\"[^\"]*\"", "\"secondSurname\":\"" + madeUp(random) + "\"")
        .replaceAll("\"dateOfBirth\"\\s*:\\s*\"[^\"]*\"", "\"dateOfBirth\":\"" + date + "\"");
  }

  private static String madeUp(java.util.concurrent.ThreadLocalRandom random) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      s.append("bcdfglmnprstvz".charAt(random.nextInt(14))).append("aeiou".charAt(random.nextInt(5)));
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

}
