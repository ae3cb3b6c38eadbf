package mx.gob.sre.mae.gateway.interfaces.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import mx.gob.sre.mae.i18n.CodeList;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public and staff REST API on Payara Micro, against the database the environment names (the
 * build runs this class on H2 and, when MAE_TEST_PG_URL is set, on PostgreSQL).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportApiIT {

  static final String DOCUMENTED_BODY =
      """
      {"language":"en",
       "reporter":{"name":"Ana Pérez","relationship":"MOTHER","email":"ana@example.org","phone":"+13105550100","address":"123 Main St, Los Angeles, CA","country":"US"},
       "missingPersons":[{"givenNames":"José Luis","firstSurname":"Hernández","secondSurname":"López","sex":"M","dateOfBirth":"1998-04-12","nationality":"MX","lastSeen":{"date":"2026-10-02","place":"Coatzacoalcos","state":"MX-VER"},"description":"1.70 m, scar on left hand"}],
       "circumstances":"He called from a bus station and has not answered since.",
       "publicOfficialInvolvementSuspected":false}
      """;

  @Deployment(testable = false)
  static WebArchive gateway() {
    return GatewayDeployment.war();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void acceptsTheDocumentedBodyWithFolioLocationAndAccessCode() throws Exception {
    HttpResponse<String> r = post(DOCUMENTED_BODY, "application/json", null);
    assertEquals(201, r.statusCode(), r.body());
    JsonObject body = json(r.body());
    assertTrue(body.getString("folio").matches("MAE-\\d{4}-\\d{6,}"), body.toString());
    assertTrue(body.getString("accessCode").matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
    assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/cases/" + body.getString("folio")));
  }

  @Test
  void statusNeedsTheRightAccessCodeAndShowsNoPersonalData() throws Exception {
    JsonObject filed = json(post(DOCUMENTED_BODY, "application/json", null).body());
    String folio = filed.getString("folio");
    HttpResponse<String> ok = get("api/v1/reports/" + folio + "/status?code=" + filed.getString("accessCode") + "&lang=en", null, null);
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals("RECEIVED", json(ok.body()).getString("status"));
    assertEquals(CodeList.CASE_STATUS.label("RECEIVED", Language.EN.locale()), json(ok.body()).getString("statusLabel"));
    assertFalse(ok.body().contains("Hernández") || ok.body().contains("Ana"), ok.body());

    HttpResponse<String> wrong = get("api/v1/reports/" + folio + "/status?code=AAAA-BBBB-CCCC", null, null);
    assertEquals(404, wrong.statusCode());
    HttpResponse<String> none = get("api/v1/reports/MAE-1999-999999/status?code=" + filed.getString("accessCode"), null, null);
    assertEquals(404, none.statusCode());
    assertEquals(json(wrong.body()).getString("detail"), json(none.body()).getString("detail"), "wrong code and unknown folio look alike");
  }

  @Test
  void storesTheWholeReportAsVersionOneForTheChosenConsulate() throws Exception {
    String body = DOCUMENTED_BODY.replace("{\"language\":\"en\",", "{\"language\":\"en\",\"consulate\":\"LAX\",");
    String folio = json(post(body, "application/json", null).body()).getString("folio");
    HttpResponse<String> r = get("api/v1/cases/" + folio, "lax.oficial", null);
    assertEquals(200, r.statusCode(), r.body());
    JsonObject c = json(r.body());
    assertEquals("API", c.getString("channel"));
    assertEquals("LAX", c.getString("consulateCode"));
    assertEquals("en", c.getString("originalLanguage"));
    assertEquals(1, c.getInt("currentVersion"));
    assertEquals(1, c.getJsonArray("history").size());
    JsonObject content = c.getJsonObject("content");
    JsonObject person = content.getJsonArray("missingPersons").getJsonObject(0);
    assertEquals("José Luis", person.getString("givenNames"));
    assertEquals("Hernández", person.getString("firstSurname"));
    assertEquals("1998-04-12", person.getString("dateOfBirth"));
    assertEquals("MX-VER", person.getString("lastSeenState"));
    assertEquals("M", person.getString("sex"));
    JsonObject reporter = content.getJsonObject("reporter");
    assertEquals("IDENTIFIED", reporter.getString("mode"));
    assertEquals("Ana Pérez", reporter.getString("name"));
    assertEquals("MOTHER", reporter.getString("relationship"));
    assertEquals("He called from a bus station and has not answered since.", content.getString("circumstances"));

    JsonArray list = json("{\"l\":" + get("api/v1/cases", "lax.oficial", null).body() + "}").getJsonArray("l");
    assertTrue(list.stream().anyMatch(v -> v.asJsonObject().getString("folio").equals(folio)));
  }

  @Test
  void readingACaseIsOnTheAuditLogWhoseChainVerifies() throws Exception {
    String body = DistinctPersons.distinct(DOCUMENTED_BODY).replace("{\"language\":\"en\",", "{\"language\":\"en\",\"consulate\":\"LAX\",");
    String folio = json(post(body, "application/json", null).body()).getString("folio");
    assertEquals(200, get("api/v1/cases/" + folio, "lax.oficial", null).statusCode());

    HttpResponse<String> log = get("api/v1/audit?folio=" + folio, "auditor", null);
    assertEquals(200, log.statusCode(), log.body());
    JsonArray events = json("{\"e\":" + log.body() + "}").getJsonArray("e");
    JsonObject created = events.getJsonObject(0).asJsonObject();
    assertEquals("VERSION_RECORDED", created.getString("action"));
    assertEquals("public", created.getString("actor"));
    JsonObject read = events.stream().map(v -> v.asJsonObject()).filter(e -> e.getString("action").equals("CASE_READ")).findFirst()
        .orElseThrow(() -> new AssertionError(log.body()));
    assertEquals("lax.oficial", read.getString("actor"));
    assertEquals("consular-officer", read.getString("role"));
    assertEquals(folio, read.getString("objectId"));
    assertFalse(read.getString("remoteAddr").isBlank());
    assertEquals(64, read.getString("hash").length());

    HttpResponse<String> verify = get("api/v1/audit/verify", "auditor", null);
    assertEquals(200, verify.statusCode(), verify.body());
    assertTrue(json(verify.body()).getBoolean("valid"), verify.body());
    assertTrue(json(verify.body()).getInt("events") >= events.size(), verify.body());
    assertEquals(403, get("api/v1/audit/verify", "lax.oficial", null).statusCode(), "only the auditor reads the log");
  }

  @Test
  void anOfficerOfAnotherConsulateCannotReadTheCase() throws Exception {
    String body = DOCUMENTED_BODY.replace("{\"language\":\"en\",", "{\"language\":\"en\",\"consulate\":\"LAX\",");
    String folio = json(post(body, "application/json", null).body()).getString("folio");
    HttpResponse<String> r = get("api/v1/cases/" + folio, "gua.oficial", null);
    assertEquals(404, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
  }

  @Test
  void staffApiAsksForCredentials() throws Exception {
    HttpResponse<String> r = get("api/v1/cases", null, "en");
    assertEquals(401, r.statusCode());
    assertTrue(r.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
    assertEquals(Messages.text(Language.EN, "error.unauthorized"), json(r.body()).getString("detail"));
    HttpResponse<String> bad = http.send(request("api/v1/cases").header("Authorization", basic("lax.oficial", "wrong")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(401, bad.statusCode());
  }

  @Test
  void anAnonymousReportKeepsNothingAboutTheReporter() throws Exception {
    String body = DOCUMENTED_BODY
        .replaceAll("\"reporter\":\\{[^}]*}", "\"reporter\":{\"anonymous\":true}")
        .replace("{\"language\":\"en\",", "{\"language\":\"en\",\"consulate\":\"LAX\",");
    HttpResponse<String> r = post(body, "application/json", null);
    assertEquals(201, r.statusCode(), r.body());
    JsonObject reporter = json(get("api/v1/cases/" + json(r.body()).getString("folio"), "lax.oficial", null).body())
        .getJsonObject("content").getJsonObject("reporter");
    assertEquals("ANONYMOUS", reporter.getString("mode"));
    assertTrue(!reporter.containsKey("name") || reporter.isNull("name"));
    assertTrue(!reporter.containsKey("email") || reporter.isNull("email"));
  }

  @Test
  void malformedJsonGetsA400InTheLanguageOfTheRequest() throws Exception {
    HttpResponse<String> r = post("{\"missingPersons\": [", "application/json", "fr");
    assertEquals(400, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    assertEquals("fr", json(r.body()).getString("language"));
    assertEquals(Messages.text(Language.FR, "error.malformed"), json(r.body()).getString("detail"));
  }

  @Test
  void everyFieldProblemIsListedInTheReportLanguage() throws Exception {
    String body = """
        {"language":"es","missingPersons":[{"sex":"Q","dateOfBirth":"1998-02-30","nationality":"ZZ","lastSeen":{"date":"2999-01-01","state":"MX-XXX"}}],
         "reporter":{"name":"Ana","email":"not-an-email"}}""";
    HttpResponse<String> r = post(body, "application/json", "en");
    assertEquals(400, r.statusCode(), r.body());
    JsonObject problem = json(r.body());
    assertEquals("es", problem.getString("language"));
    String fields = problem.getJsonArray("violations").toString();
    for (String field : new String[] {"missingPersons[0].givenNames", "missingPersons[0].sex", "missingPersons[0].dateOfBirth",
        "missingPersons[0].nationality", "missingPersons[0].lastSeen.date", "missingPersons[0].lastSeen.state", "reporter.email"}) {
      assertTrue(fields.contains("\"" + field + "\""), field + " in " + fields);
    }
    assertTrue(fields.contains(Messages.text(Language.ES, "error.invalidDate", "1998-02-30")), fields);
  }

  @Test
  void reportWithoutMissingPersonsIsRefused() throws Exception {
    HttpResponse<String> r = post("{\"language\":\"pt\",\"missingPersons\":[]}", "application/json", null);
    assertEquals(400, r.statusCode());
    assertEquals(Messages.text(Language.PT, "error.missingPersonRequired"), json(r.body()).getJsonArray("violations").getJsonObject(0).getString("message"));
  }

  @Test
  void oversizedWrongTypeAndEmptyBodiesGet4xxNever500() throws Exception {
    String huge = "{\"circumstances\":\"" + "x".repeat(700 * 1024) + "\"}";
    assertEquals(413, post(huge, "application/json", "en").statusCode());
    HttpResponse<String> text = post("hello", "text/plain", "en");
    assertEquals(415, text.statusCode());
    assertTrue(text.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    assertEquals(400, post("", "application/json", "en").statusCode());
    assertEquals(400, post("[1,2]", "application/json", "en").statusCode());
    assertEquals(400, post("{\"missingPersons\":[{\"approximateAge\":\"old\"}]}", "application/json", "en").statusCode());
    assertEquals(404, get("api/v1/nothing-here", null, "en").statusCode());
    assertEquals(405, http.send(request("api/v1/reports").DELETE().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  @Test
  void aCommittedCaseIsHandedToCamel() throws Exception {
    String folio = json(post(DistinctPersons.distinct(DOCUMENTED_BODY), "application/json", null).body()).getString("folio");
    await().atMost(Duration.ofSeconds(10)).until(() -> health().contains(folio + "/v1"));
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : new String[] {"api/v1/reports/MAE-1999-999999/status?code=AAAA-BBBB-CCCC", "status", "api/v1/cases"}) {
      HttpResponse<String> r = get(path, null, null);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), path + ": " + csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), path);
      assertEquals("same-origin", r.headers().firstValue("Cross-Origin-Opener-Policy").orElse(""), path);
      assertTrue(r.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"), path);
      assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), path);
      // the IT environment's public address is https (a proxy in front): HSTS is on
      assertTrue(r.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="), path);
    }
  }

  /** MAE_RATE_LIMIT_STATUS_PER_MINUTE in the IT environment (gateway/pom.xml). */
  static final int STATUS_LIMIT = 20;

  @Test
  void guessingFoliosAndCodesIsSlowedDownWith429() throws Exception {
    String guesser = "203.0.113." + (1 + new java.util.Random().nextInt(250));
    for (int i = 0; i < STATUS_LIMIT; i++) {
      assertEquals(404, statusFrom(guesser, "MAE-2026-" + String.format("%06d", 900000 + i)).statusCode(), "guess " + i);
    }
    HttpResponse<String> refused = statusFrom(guesser, "MAE-2026-999999");
    assertEquals(429, refused.statusCode(), refused.body());
    assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()) >= 1);
    assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    assertEquals(Messages.text(Language.FR, "error.tooManyRequests", 1), json(refused.body()).getString("detail"));
    assertEquals(404, statusFrom("198.51.100.7", "MAE-2026-999999").statusCode(), "another address is not slowed down");
  }

  private HttpResponse<String> statusFrom(String client, String folio) throws Exception {
    return http.send(request("api/v1/reports/" + folio + "/status?code=AAAA-BBBB-CCCC").header("X-Forwarded-For", client)
        .header("Accept-Language", "fr").GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void publishesOpenApiAndHealth() throws Exception {
    HttpResponse<String> openapi = get("openapi", null, null);
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("/api/v1/reports"));
    String health = health();
    assertTrue(health.contains("\"database\"") && health.contains("\"camel\""), health);
    assertNotEquals(-1, health.indexOf("\"status\":\"UP\""));
  }

  private String health() throws Exception {
    return get("health/ready", null, null).body();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/" + path)).timeout(Duration.ofSeconds(30));
  }

  private HttpResponse<String> post(String body, String contentType, String acceptLanguage) throws Exception {
    HttpRequest.Builder b = request("api/v1/reports").header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (acceptLanguage != null) {
      b.header("Accept-Language", acceptLanguage);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String user, String acceptLanguage) throws Exception {
    HttpRequest.Builder b = request(path).GET();
    if (user != null) {
      b.header("Authorization", basic(user, "demo"));
    }
    if (acceptLanguage != null) {
      b.header("Accept-Language", acceptLanguage);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
