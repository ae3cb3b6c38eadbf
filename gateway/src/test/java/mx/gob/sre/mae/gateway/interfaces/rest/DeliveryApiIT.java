package mx.gob.sre.mae.gateway.interfaces.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Routing and delivery end to end on Payara Micro: the routing table decides, the outbox delivers
 * to the built-in inboxes and to a webhook receiver (FGE:MX-VER here, see the failsafe
 * environment), agencies acknowledge, an unreachable receiver (FGR:FEIDDF) is parked and replayed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeliveryApiIT {

  static WireMockServer fgeVeracruz;
  static GreenMail smtp;
  static WireMockServer libreTranslate;

  @Deployment(testable = false)
  static WebArchive gateway() {
    return GatewayDeployment.war();
  }

  @BeforeAll
  static void startReceiver() {
    fgeVeracruz = new WireMockServer(wireMockConfig().port(Integer.getInteger("mae.it.port.webhook", 18089)));
    fgeVeracruz.start();
    fgeVeracruz.stubFor(post("/mae").willReturn(aResponse().withStatus(200)));
    libreTranslate = new WireMockServer(wireMockConfig().port(Integer.getInteger("mae.it.port.translate", 18090)));
    libreTranslate.start();
    libreTranslate.stubFor(post("/translate").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"translatedText\":\"Llamó desde una central de autobuses y no ha contestado desde entonces.\"}")));
    smtp = new GreenMail(new ServerSetup(Integer.getInteger("mae.it.port.smtp", 3025), "localhost", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopReceiver() {
    fgeVeracruz.stop();
    libreTranslate.stop();
    smtp.stop();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  static final String GUATEMALAN_WOMAN =
      """
      {"language":"es","consulate":"GUA",
       "reporter":{"name":"Rosa Xol","relationship":"MOTHER","phone":"+50255550100","country":"GT"},
       "missingPersons":[{"givenNames":"María","firstSurname":"Xol","sex":"F","dateOfBirth":"2001-05-05","nationality":"GT",
                          "lastSeen":{"date":"2026-10-20","place":"Tapachula","state":"MX-CHP"}}],
       "circumstances":"Cruzó a México por Ciudad Hidalgo."}
      """;

  @Test
  void aGuatemalanWomanLastSeenInChiapasReachesCnbClbAndUidpmFlaggedAlba() throws Exception {
    String folio = file(GUATEMALAN_WOMAN);
    for (String user : new String[] {"cnb", "clb.mx-chp", "fgr.uidpm"}) {
      JsonObject item = await().atMost(Duration.ofSeconds(10)).until(() -> inboxItem(user, folio), Optional::isPresent).orElseThrow();
      assertTrue(item.getJsonArray("flags").toString().contains("ALBA"), user + ": " + item);
      assertEquals(1, item.getInt("caseVersion"));
    }
    assertTrue(inboxItem("fge.mx-chp", folio).isEmpty(), "a migrant's case does not go to the state prosecutor");

    MimeMessage mail = await().atMost(Duration.ofSeconds(10)).until(() -> mailAbout(folio, "clb.chiapas@example.org"), Optional::isPresent).orElseThrow();
    assertEquals("clb.chiapas@example.org", mail.getAllRecipients()[0].toString());
    assertEquals("<" + folio + ".CLB.MX-CHP.v1@mae.sre.gob.mx>", mail.getMessageID());
    String raw = GreenMailUtil.getWholeMessage(mail);
    assertTrue(raw.contains(folio + "-v1.pdf") && raw.contains("application/pdf"), "the PDF record is attached");

    JsonObject detail = json(get("api/v1/cases/" + folio, "gua.oficial").body());
    assertTrue(detail.getJsonArray("flags").toString().contains("ALBA"));
    assertEquals(3, detail.getJsonArray("recipients").size(), detail.toString());
  }

  @Test
  void anAgencyAcknowledgesWithItsReferenceAndTheConsulateSeesIt() throws Exception {
    String folio = file(GUATEMALAN_WOMAN);
    JsonObject item = await().atMost(Duration.ofSeconds(10)).until(() -> inboxItem("cnb", folio), Optional::isPresent).orElseThrow();
    long id = item.getJsonNumber("deliveryId").longValue();

    HttpResponse<String> document = get("api/v1/inbox/" + id + "/document", "cnb");
    assertEquals(200, document.statusCode());
    assertTrue(document.body().contains("MX-CHP") && document.body().contains(folio), document.body());
    HttpResponse<byte[]> pdf = http.send(request("api/v1/inbox/" + id + "/pdf", "cnb").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

    assertEquals(404, get("api/v1/inbox/" + id, "fge.mx-ver").statusCode(), "another agency cannot open it");
    HttpResponse<String> ack = postJson("api/v1/inbox/" + id + "/ack", "cnb", "{\"reference\":\"RNPDNO-2026-77\"}");
    assertEquals(200, ack.statusCode(), ack.body());
    assertEquals(400, postJson("api/v1/inbox/" + id + "/ack", "cnb", "{\"reference\":\"\"}").statusCode());

    JsonArray recipients = json(get("api/v1/cases/" + folio, "gua.oficial").body()).getJsonArray("recipients");
    JsonObject cnb = recipients.stream().map(JsonValue::asJsonObject).filter(r -> r.getString("recipient").equals("CNB")).findFirst().orElseThrow();
    assertEquals("RNPDNO-2026-77", cnb.getString("ackReference"));
  }

  @Test
  void aMexicanManInVeracruzGoesToTheStateProsecutorsWebhookSigned() throws Exception {
    String body = GUATEMALAN_WOMAN.replace("\"sex\":\"F\"", "\"sex\":\"M\"").replace("\"nationality\":\"GT\"", "\"nationality\":\"MX\"")
        .replace("MX-CHP", "MX-VER").replace("María", "Juan");
    String folio = file(body);
    await().atMost(Duration.ofSeconds(10)).until(() -> !fgeVeracruz.findAll(postRequestedFor(urlEqualTo("/mae"))).stream()
        .filter(r -> r.getHeader("Idempotency-Key").equals(folio + ":FGE:MX-VER:v1")).toList().isEmpty());
    LoggedRequest r = fgeVeracruz.findAll(postRequestedFor(urlEqualTo("/mae"))).stream()
        .filter(x -> x.getHeader("Idempotency-Key").equals(folio + ":FGE:MX-VER:v1")).findFirst().orElseThrow();
    assertTrue(r.getHeader("X-MAE-Signature").matches("sha256=[0-9a-f]{64}"));
    JsonObject complaint = json(r.getBodyAsString());
    assertEquals(folio, complaint.getString("folio"));
    assertFalse(r.getBodyAsString().contains("Rosa Xol") && complaint.toString().contains("identityWithheld"));
    assertTrue(inboxItem("fgr.uidpm", folio).isEmpty(), "a Mexican national's case does not go to the migrants unit");
  }

  @Test
  void anUnreachableReceiverIsParkedAlertedAndCanBeReplayed() throws Exception {
    String body = GUATEMALAN_WOMAN.replace("\"circumstances\"", "\"publicOfficialInvolvementSuspected\":true,\"circumstances\"");
    String folio = file(body);
    String key = folio + ":FGR:FEIDDF:v1";
    JsonObject parked = await().atMost(Duration.ofSeconds(20)).until(() -> parked(key), Optional::isPresent).orElseThrow();
    assertTrue(parked.getString("lastError").length() > 0);
    assertEquals(2, parked.getInt("attempts"));

    HttpResponse<String> replay = postJson("api/v1/admin/outbox/" + parked.getJsonNumber("id").longValue() + "/replay", "admin", "{}");
    assertEquals(200, replay.statusCode(), replay.body());
    assertEquals("PENDING", json(replay.body()).getString("status"));
    assertEquals(409, postJson("api/v1/admin/outbox/" + parked.getJsonNumber("id").longValue() + "/replay", "admin", "{}").statusCode());
    assertEquals(403, get("api/v1/admin/outbox", "gua.oficial").statusCode(), "officers cannot administer deliveries");
  }

  @Test
  void anUrgentDeliveryNotAcknowledgedInTimeAlertsTheConsulate() throws Exception {
    // the IT environment sets the urgent (ALBA/CHILD) deadline to 0 minutes and checks every second
    String folio = file(GUATEMALAN_WOMAN);
    await().atMost(Duration.ofSeconds(15)).until(() -> alerts("gua.oficial").stream()
        .anyMatch(a -> a.getString("folio").equals(folio) && a.getString("kind").equals("ACK_OVERDUE")));
    assertTrue(alerts("lax.oficial").stream().noneMatch(a -> a.getString("folio").equals(folio)), "only the case's consulate is alerted");
    await().atMost(Duration.ofSeconds(10)).until(() -> java.util.Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> {
      try {
        return m.getAllRecipients()[0].toString().equals("supervision.gua@example.org") && m.getSubject().contains(folio);
      } catch (jakarta.mail.MessagingException e) {
        return false;
      }
    }));
  }

  @Test
  void anEnglishReportIsForwardedAtOnceThenItsTranslationFollowsAsAnUpdate() throws Exception {
    String body = """
        {"language":"en","consulate":"LAX","reporter":{"anonymous":true},
         "missingPersons":[{"givenNames":"Pedro","firstSurname":"Ramírez","sex":"M","nationality":"MX","lastSeen":{"state":"MX-VER"}}],
         "circumstances":"He called from a bus station and has not answered since."}""";
    String folio = file(body);
    // v1 leaves untranslated; the machine translation (LibreTranslate stub) then goes out as v2 to the same recipients
    JsonObject v2 = await().atMost(Duration.ofSeconds(15)).until(() -> inboxItems("cnb", folio).stream()
        .filter(i -> i.getInt("caseVersion") == 2).findFirst(), Optional::isPresent).orElseThrow();
    assertTrue(inboxItems("cnb", folio).stream().anyMatch(i -> i.getInt("caseVersion") == 1));
    String v1 = get("api/v1/inbox/" + inboxItems("cnb", folio).stream().filter(i -> i.getInt("caseVersion") == 1)
        .findFirst().orElseThrow().getJsonNumber("deliveryId").longValue() + "/document", "cnb").body();
    assertTrue(v1.contains("\"translationPending\":true"), v1);
    String v2doc = get("api/v1/inbox/" + v2.getJsonNumber("deliveryId").longValue() + "/document", "cnb").body();
    assertTrue(v2doc.contains("Llamó desde una central de autobuses") && v2doc.contains("machine:libretranslate"), v2doc);

    HttpResponse<String> byOfficer = postJson("api/v1/cases/" + folio + "/translations", "lax.oficial",
        "{\"field\":\"circumstances\",\"spanish\":\"Llamó desde la central de autobuses; no contesta desde entonces.\"}");
    assertEquals(200, byOfficer.statusCode(), byOfficer.body());
    assertEquals(3, json(byOfficer.body()).getInt("version"));
    await().atMost(Duration.ofSeconds(10)).until(() -> inboxItems("fge.mx-ver", folio).stream().anyMatch(i -> i.getInt("caseVersion") == 3)
        || !fgeVeracruz.findAll(postRequestedFor(urlEqualTo("/mae"))).stream()
            .filter(x -> x.getHeader("Idempotency-Key").equals(folio + ":FGE:MX-VER:v3")).toList().isEmpty());
    assertEquals(400, postJson("api/v1/cases/" + folio + "/translations", "lax.oficial",
        "{\"field\":\"missingPersons[5].description\",\"spanish\":\"x\"}").statusCode());
    assertEquals(404, postJson("api/v1/cases/" + folio + "/translations", "gua.oficial",
        "{\"field\":\"circumstances\",\"spanish\":\"x\"}").statusCode(), "another consulate cannot touch the case");
  }

  private java.util.List<JsonObject> inboxItems(String user, String folio) throws Exception {
    return json("{\"l\":" + get("api/v1/inbox?limit=200", user).body() + "}").getJsonArray("l").stream()
        .map(JsonValue::asJsonObject).filter(o -> o.getString("folio").equals(folio)).toList();
  }

  private java.util.List<JsonObject> alerts(String user) throws Exception {
    HttpResponse<String> r = get("api/v1/alerts", user);
    assertEquals(200, r.statusCode(), r.body());
    return json("{\"l\":" + r.body() + "}").getJsonArray("l").stream().map(JsonValue::asJsonObject).toList();
  }

  private Optional<MimeMessage> mailAbout(String folio, String to) throws Exception {
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (m.getSubject().contains(folio) && m.getAllRecipients()[0].toString().equals(to)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private Optional<JsonObject> parked(String key) throws Exception {
    return json("{\"l\":" + get("api/v1/admin/outbox?status=PARKED", "admin").body() + "}").getJsonArray("l").stream()
        .map(JsonValue::asJsonObject).filter(o -> o.getString("idempotencyKey").equals(key)).findFirst();
  }

  private Optional<JsonObject> inboxItem(String user, String folio) throws Exception {
    HttpResponse<String> r = get("api/v1/inbox?limit=200", user);
    assertEquals(200, r.statusCode(), user + ": " + r.body());
    return json("{\"l\":" + r.body() + "}").getJsonArray("l").stream().map(JsonValue::asJsonObject)
        .filter(o -> o.getString("folio").equals(folio)).findFirst();
  }

  private String file(String body) throws Exception {
    HttpResponse<String> r = http.send(request("api/v1/reports", null).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(DistinctPersons.distinct(body), StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r.body());
    return json(r.body()).getString("folio");
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/" + path)).timeout(Duration.ofSeconds(30));
    if (user != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return b;
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postJson(String path, String user, String body) throws Exception {
    return http.send(request(path, user).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
