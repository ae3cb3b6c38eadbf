package mx.gob.sre.mae.gateway.interfaces.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Repeat reports on Payara Micro: a second report of the same person, misspelt, from another
 * consulate and channel, becomes an update of the first case (its recipients get a new version, not a
 * new case); unlinking routes it as the case it is; an unsure pair waits for an officer, and "not the
 * same" is remembered. The match endpoint explains its scores.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MatchingApiIT {

  @Deployment(testable = false)
  static WebArchive gateway() {
    return GatewayDeployment.war();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  static String report(String consulate, String given, String first, String second, String dob, String place) {
    return """
        {"language":"es","consulate":"%s",
         "reporter":{"name":"Ana Pérez","relationship":"MOTHER","email":"ana@example.org","country":"US"},
         "missingPersons":[{"givenNames":"%s","firstSurname":"%s","secondSurname":"%s","sex":"M",%s"nationality":"MX",
                            "lastSeen":{%s"state":"MX-VER"}}],
         "circumstances":"Salió de Coatzacoalcos hacia el norte y no ha llamado."}
        """.formatted(consulate, given, first, second, dob == null ? "" : "\"dateOfBirth\":\"" + dob + "\",",
        place == null ? "" : "\"place\":\"" + place + "\",");
  }

  @Test
  void aMisspeltRepeatReportBecomesAnUpdateOfTheFirstCaseAndUnlinkingRoutesItAlone() throws Exception {
    String surname = DistinctPersons.surname();
    String first = file(report("LAX", "José Luis", surname, "López", "1998-04-12", "Coatzacoalcos"));
    // the first report is indexed after its commit; the match endpoint finds it, with an explanation
    String probe = "{\"givenNames\":\"Jose Luis\",\"firstSurname\":\"" + surname + "\",\"secondSurname\":\"Lopes\",\"sex\":\"M\","
        + "\"dateOfBirth\":\"1998-04-12\",\"lastSeen\":{\"state\":\"MX-VER\"}}";
    JsonObject candidate = await().atMost(Duration.ofSeconds(20)).until(() -> candidates(probe).stream()
        .map(JsonValue::asJsonObject).filter(c -> c.getString("folio").equals(first)).findFirst(), Optional::isPresent).orElseThrow();
    assertEquals("AUTO_LINK", candidate.getString("decision"), candidate.toString());
    assertTrue(candidate.getJsonNumber("score").doubleValue() >= 0.92, candidate.toString());
    assertTrue(candidate.getJsonArray("fields").size() >= 3, "a per-field explanation: " + candidate);

    // the same person again, accent dropped and second surname misspelt, at another consulate
    String second = file(report("MAD", "Jose Luis", surname, "Lopes", "1998-04-12", null));
    JsonObject primary = json(get("api/v1/cases/" + first, "lax.oficial").body());
    assertEquals(2, primary.getInt("currentVersion"), "the first case gets the second report as a new version; links: "
        + get("api/v1/matching/cases/" + first + "/links", "lax.oficial").body() + "; candidates now: " + candidates(probe));
    assertTrue(primary.getJsonObject("content").getString("circumstances").contains(second));
    await().atMost(Duration.ofSeconds(15)).until(() -> json(get("api/v1/cases/" + first, "lax.oficial").body()).getJsonArray("recipients")
        .stream().anyMatch(r -> r.asJsonObject().getString("recipient").equals("CNB") && r.asJsonObject().getInt("version") == 2));
    JsonObject linked = json(get("api/v1/cases/" + second, "mad.oficial").body());
    assertEquals(0, linked.getJsonArray("recipients").size(), "no new case goes to the recipients: " + linked.getJsonArray("recipients"));
    JsonArray links = array(get("api/v1/matching/cases/" + first + "/links", "lax.oficial").body());
    JsonObject link = links.getJsonObject(0);
    assertEquals("LINKED", link.getString("event"));
    assertTrue(link.getBoolean("automatic"));
    assertEquals(second, link.getString("linkedCase"));

    // an officer undoes it: the second report stands alone and is routed as the case it is
    assertEquals(204, post("api/v1/matching/cases/" + first + "/links/" + second + "/unlink", "lax.oficial").statusCode());
    await().atMost(Duration.ofSeconds(15)).until(() -> json(get("api/v1/cases/" + second, "mad.oficial").body())
        .getJsonArray("recipients").stream().anyMatch(r -> r.asJsonObject().getString("recipient").equals("CNB")));
    assertEquals(3, json(get("api/v1/cases/" + first, "lax.oficial").body()).getInt("currentVersion"), "the unlink is in the history");
    assertEquals("UNLINKED", array(get("api/v1/matching/cases/" + first + "/links", "lax.oficial").body()).getJsonObject(1).getString("event"));
  }

  @Test
  void anUnsurePairWaitsForAnOfficerAndNotTheSameIsRemembered() throws Exception {
    String surname = DistinctPersons.surname();
    String first = file(report("LAX", "María Guadalupe", surname, "Xolo", "2001-05-05", "Tapachula").replace("\"sex\":\"M\"", "\"sex\":\"F\""));
    await().atMost(Duration.ofSeconds(20)).until(() -> candidates("{\"givenNames\":\"María Guadalupe\",\"firstSurname\":\"" + surname
        + "\",\"secondSurname\":\"Xolo\"}").toString().contains(first));
    // a name alike, but no date of birth and no place: never linked on a name alone, but worth a look
    String second = file(report("GUA", "Lupe", surname, "Xolo", null, null).replace("\"sex\":\"M\"", "\"sex\":\"F\""));
    String seen = candidates("{\"givenNames\":\"Lupe\",\"firstSurname\":\"" + surname + "\",\"secondSurname\":\"Xolo\",\"sex\":\"F\"}").toString();
    assertTrue(seen.contains("\"decision\":\"REVIEW\""), "the engine is unsure: " + seen);
    JsonObject review = await().atMost(Duration.ofSeconds(10)).until(() -> array(get("api/v1/matching/reviews", "gua.oficial").body())
        .stream().map(JsonValue::asJsonObject).filter(r -> r.getString("linkedCase").equals(second)).findFirst(), Optional::isPresent)
        .orElseThrow();
    assertEquals(first, review.getString("primaryCase"));
    assertTrue(review.getString("explanation").contains("score"), review.toString());
    assertFalse(json(get("api/v1/cases/" + second, "gua.oficial").body()).getJsonArray("recipients").isEmpty(),
        "an unsure report is forwarded meanwhile: it never waits for a person");
    assertFalse(get("api/v1/matching/reviews", "lax.oficial").body().contains(second), "the later report's consulate decides");

    // the officer decides on the console's review page (a plain form, no JavaScript)
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    String page = browser.send(request("console/matches.xhtml?lang=es", "gua.oficial").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    assertTrue(page.contains("Posibles reportes repetidos") && page.contains(second) && page.contains(first), page);
    assertFalse(browser.send(request("console/matches.xhtml", "lax.oficial").GET().build(), HttpResponse.BodyHandlers.ofString()).body()
        .contains(second), "another consulate's queue does not show it");
    String row = page.substring(page.lastIndexOf("<tr", page.indexOf(second)));
    String form = row.substring(row.indexOf("<form"), row.indexOf("</form>"));
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input([^>]*)>").matcher(form);
    while (input.find()) {
      String tag = input.group(1);
      String name = attribute(tag, "name");
      if (name != null && (!"submit".equals(attribute(tag, "type")) || tag.contains("class=\"notSame\""))) {
        fields.put(name, java.util.Objects.requireNonNullElse(attribute(tag, "value"), ""));
      }
    }
    String body = fields.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(java.util.stream.Collectors.joining("&"));
    HttpResponse<String> decided = browser.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(attribute(form, "action").replace("&amp;", "&")))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("gua.oficial:demo".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, decided.statusCode(), decided.body());
    assertTrue(decided.body().contains("no son la misma persona") && !decided.body().contains(">" + second + "<"),
        "the decision is confirmed and the pair leaves the queue: " + decided.body());
    assertFalse(get("api/v1/matching/reviews", "gua.oficial").body().contains(second));
    assertEquals(409, post("api/v1/matching/reviews/" + review.getJsonNumber("id").longValue() + "/link", "gua.oficial").statusCode());
    assertEquals("NOT_SAME", array(get("api/v1/matching/cases/" + second + "/links", "gua.oficial").body()).getJsonObject(0).getString("event"));
  }

  private static String attribute(String tag, String name) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1) : null;
  }

  @Test
  void theMatchEndpointIsForOfficersAndRefusesBadInput() throws Exception {
    HttpResponse<String> anonymous = http.send(request("api/v1/persons/match", null).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"givenNames\":\"Juan\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(401, anonymous.statusCode());
    assertEquals(400, match("{\"givenNames\":\"Juan\",\"dateOfBirth\":\"not a date\"}").statusCode());
    assertEquals(400, match("{}").statusCode());
  }

  private JsonArray candidates(String person) throws Exception {
    HttpResponse<String> r = match(person);
    assertEquals(200, r.statusCode(), r.body());
    return array(r.body());
  }

  private HttpResponse<String> match(String person) throws Exception {
    return http.send(request("api/v1/persons/match", "lax.oficial").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(person, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private String file(String body) throws Exception {
    HttpResponse<String> r = http.send(request("api/v1/reports", null).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r.body());
    return json(r.body()).getString("folio");
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String user) throws Exception {
    return http.send(request(path, user).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/" + path)).timeout(Duration.ofSeconds(30));
    if (user != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return b;
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static JsonArray array(String text) {
    return Json.createReader(new StringReader(text)).readArray();
  }
}
