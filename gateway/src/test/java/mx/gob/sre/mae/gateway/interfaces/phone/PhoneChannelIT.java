package mx.gob.sre.mae.gateway.interfaces.phone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mx.gob.sre.mae.gateway.interfaces.rest.GatewayDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The phone channel end to end on Payara Micro, with the real Twilio SDK talking to a local stub of
 * Twilio's API (WireMock): signed webhooks from "Twilio" hold a conversation in each language, the
 * case is made and routed, the folio and access code leave through the SDK, STATUS answers, STOP
 * silences, forged webhooks are refused, a voice call leaves a stored recording and a callback task,
 * and Twilio's errors are retried or parked. The gateway believes it is reached at its public URL
 * behind a proxy (MAE_PUBLIC_URL), and signatures are made for that URL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneChannelIT {

  static final String TOKEN = "it-twilio-auth-token-0123456789";
  static final String ACCOUNT = "AC00000000000000000000000000000001";
  static final String PUBLIC_URL = "https://mae.example.gob.mx";
  static final String LINE = "+15005550006";
  static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
  static final Pattern FOLIO = Pattern.compile("MAE-\\d{4}-\\d{6}");
  static final Pattern CODE = Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
  static WireMockServer twilio;

  @Deployment(testable = false)
  static WebArchive gateway() {
    return GatewayDeployment.war();
  }

  @BeforeAll
  static void startTwilioStub() {
    twilio = new WireMockServer(wireMockConfig().port(Integer.getInteger("mae.it.port.twilio", 18091)));
    twilio.start();
    twilio.stubFor(post(urlEqualTo(MESSAGES)).atPriority(10).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withTransformers("response-template")
        .withBody("{\"sid\":\"SM{{randomValue length=32 type='HEXADECIMAL'}}\",\"status\":\"queued\",\"account_sid\":\"" + ACCOUNT
            + "\",\"api_version\":\"2010-04-01\"}")));
    // a number Twilio refuses for good, and one whose first attempt meets an outage
    twilio.stubFor(post(urlEqualTo(MESSAGES)).atPriority(1).withRequestBody(containing("To=%2B15550009999"))
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
            .withBody("{\"code\":21211,\"message\":\"The 'To' number +15550009999 is not a valid phone number.\",\"status\":400}")));
    twilio.stubFor(post(urlEqualTo(MESSAGES)).atPriority(1).withRequestBody(containing("To=%2B15550008888"))
        .inScenario("outage").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered")
        .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
    twilio.stubFor(get(urlPathMatching("/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/RE[0-9a-f]+\\.mp3"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/mpeg").withBody(mp3())));
  }

  @AfterAll
  static void stopTwilioStub() {
    twilio.stop();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SMS      | Hola, necesito ayuda        | Juan Pérez López    | 23 años  | Veracruz       | 15/10/2026 | 1 | sí  | ESTADO",
      "SMS      | Hello, I need help          | Mary Smith Jones    | 31       | Oaxaca         | 2026-10-20 | 3 | yes | STATUS",
      "WHATSAPP | Bonjour, j'ai besoin d'aide | Jean Baptiste Louis | 40 ans   | Chiapas        | 01/11/2026 | 2 | oui | STATUT",
      "WHATSAPP | Olá, preciso de ajuda       | João Silva Santos   | 19 anos  | Tamaulipas     | 05/11/2026 | 4 | sim | SITUACAO"})
  void aFamilyReportsByTextInItsLanguageAndFollowsTheCase(String channel, String greeting, String name, String age, String state,
      String date, String relationship, String callback, String statusWord) throws Exception {
    String from = number();
    String sender = channel.equals("WHATSAPP") ? "whatsapp:" + from : from;
    for (String answer : List.of(greeting, name, age, state, date, relationship, callback)) {
      assertEquals(200, text(sender, answer).statusCode());
    }
    LoggedRequest ack = await().atMost(Duration.ofSeconds(20)).until(() -> sentTo(sender), Optional::isPresent).orElseThrow();
    Map<String, String> form = form(ack.getBodyAsString());
    assertEquals(channel.equals("WHATSAPP") ? "whatsapp:+14155238886" : LINE, form.get("From"));
    assertEquals(PUBLIC_URL + "/api/twilio/status", form.get("StatusCallback"));
    assertTrue(ack.getHeader("Authorization").startsWith("Basic "), "the SDK authenticates with the account");
    String folio = find(FOLIO, form.get("Body"));
    String code = find(CODE, form.get("Body"));

    JsonObject c = json(staff("api/v1/cases/" + folio, "gua.oficial").body());
    assertEquals(channel, c.getString("channel"));
    JsonObject person = c.getJsonObject("content").getJsonArray("missingPersons").getJsonObject(0);
    assertEquals(name.split(" ")[0], person.getString("givenNames"));
    assertEquals(from, c.getJsonObject("content").getJsonObject("reporter").getString("phone"));
    List<String> recipients = c.getJsonArray("recipients").stream().map(v -> v.asJsonObject().getString("recipient")).toList();
    assertTrue(recipients.contains("CNB"), recipients.toString());

    String status = reply(text(sender, statusWord + " " + folio + " " + code));
    assertTrue(status.contains(folio), status);
    assertFalse(status.contains(name.split(" ")[0]), "a status by text reveals no personal data: " + status);
    String wrong = reply(text(sender, statusWord + " " + folio + " AAAA-BBBB-CCCC"));
    assertFalse(wrong.isEmpty() || wrong.equals(status), "a wrong code gets the not-found answer: " + wrong);
  }

  @Test
  void aPersonReportedOnTheWebAndAgainByTextIsLinkedOrQueuedNotDuplicated() throws Exception {
    String surname = mx.gob.sre.mae.gateway.interfaces.rest.DistinctPersons.surname();
    String web = """
        {"language":"es","consulate":"LAX","reporter":{"name":"Ana Pérez","relationship":"MOTHER","email":"ana@example.org","country":"US"},
         "missingPersons":[{"givenNames":"José Luis","firstSurname":"%s","secondSurname":"López","sex":"M","dateOfBirth":"1998-04-12",
           "nationality":"MX","lastSeen":{"place":"Coatzacoalcos","state":"MX-VER"}}],"circumstances":"Salió hacia el norte."}
        """.formatted(surname);
    HttpResponse<String> filed = http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/v1/reports"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(web, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(201, filed.statusCode(), filed.body());
    String first = find(FOLIO, filed.body());
    // the first report is indexed for matching just after its commit: wait until the engine can find it
    String probe = "{\"givenNames\":\"José Luis\",\"firstSurname\":\"" + surname + "\",\"secondSurname\":\"López\"}";
    await().atMost(Duration.ofSeconds(20)).until(() -> http.send(authorized("api/v1/persons/match", "gua.oficial")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(probe, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString()).body().contains(first));
    // the brother texts the consulate in Guatemala: accent dropped, second surname misspelt, an age instead of a date
    String from = number();
    for (String answer : List.of("Hola", "Jose Luis " + surname + " Lopes", "28 años", "Coatzacoalcos, Veracruz", "no sé", "4", "sí")) {
      text(from, answer);
    }
    LoggedRequest ack = await().atMost(Duration.ofSeconds(20)).until(() -> sentTo(from), Optional::isPresent).orElseThrow();
    String second = find(FOLIO, form(ack.getBodyAsString()).get("Body"));
    JsonObject primary = json(staff("api/v1/cases/" + first, "lax.oficial").body());
    boolean linked = primary.getInt("currentVersion") == 2 && primary.getJsonObject("content").getString("circumstances").contains(second);
    boolean queued = staff("api/v1/matching/reviews", "gua.oficial").body().contains(second);
    assertTrue(linked || queued, "the text report is linked to the web report or waits for an officer: " + primary);
    if (linked) {
      assertEquals(0, json(staff("api/v1/cases/" + second, "gua.oficial").body()).getJsonArray("recipients").size(),
          "a linked report is an update of the first case, not a new case");
    }
  }

  @Test
  void aForgedOrUnsignedWebhookIsRefusedAndChangesNothing() throws Exception {
    String from = number();
    Map<String, String> params = message(from, "Hola");
    String signature = sign(PUBLIC_URL + "/api/twilio/messages", params);
    Map<String, String> tampered = new LinkedHashMap<>(params);
    tampered.put("Body", "Hola, otra cosa");
    assertEquals(403, postForm("api/twilio/messages", tampered, signature).statusCode());
    assertEquals(403, postForm("api/twilio/messages", params, null).statusCode());
    String local = sign(base.toString().replaceAll("/$", "") + "/api/twilio/messages", params);
    assertEquals(403, postForm("api/twilio/messages", params, local).statusCode(), "signed for the proxied URL, not the public one");
    HttpResponse<String> voice = postForm("api/twilio/voice", Map.of("CallSid", "CA" + hex(), "From", from, "To", LINE), "Zm9yZ2Vk");
    assertEquals(403, voice.statusCode());
    assertFalse(staff("api/v1/phone/received", "gua.oficial").body().contains(from), "nothing recorded for a forged request");
    assertEquals(200, postForm("api/twilio/messages", params, signature).statusCode(), "the genuine one still goes through");
  }

  @Test
  void aRetriedWebhookGetsTheSameReplyAndAdvancesNothing() throws Exception {
    String from = number();
    text(from, "Hello");
    Map<String, String> name = message(from, "Ana Gómez Ruiz");
    String first = reply(send("api/twilio/messages", name));
    String again = reply(send("api/twilio/messages", name));
    assertEquals(first, again);
    String next = reply(text(from, "30"));
    assertFalse(next.equals(first), "the conversation moved on once, not twice");
  }

  @Test
  void stopSilencesTheNumberAndStartAllowsItAgain() throws Exception {
    String from = number();
    text(from, "Hola");
    text(from, "STOP");
    String afterStop = reply(text(from, "Pedro Ramírez Soto"));
    assertTrue(afterStop.isEmpty(), "nothing but the STOP confirmation goes to a number that sent STOP: " + afterStop);
    text(from, "START");
    assertFalse(reply(text(from, "AYUDA")).isEmpty(), "after START the number is answered again");
  }

  @Test
  void aConversationThatStopsAnsweringBecomesAPreliminaryCase() throws Exception {
    String from = number();
    text(from, "Hola");
    text(from, "Rosa Martínez Flores");
    // MAE_PHONE_CONVERSATION_TIMEOUT_SECONDS is 15 in the ITs: what was gathered is sent, never lost
    LoggedRequest ack = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
        .until(() -> sentTo(from), Optional::isPresent).orElseThrow();
    String folio = find(FOLIO, form(ack.getBodyAsString()).get("Body"));
    JsonObject c = json(staff("api/v1/cases/" + folio, "gua.oficial").body());
    JsonObject summary = Json.createReader(new StringReader(staff("api/v1/cases?limit=200", "gua.oficial").body())).readArray().stream()
        .map(JsonValue::asJsonObject).filter(s -> s.getString("folio").equals(folio)).findFirst().orElseThrow();
    assertTrue(summary.getBoolean("preliminary"), "an incomplete conversation waits in the consulate's triage queue");
    assertEquals("Rosa", c.getJsonObject("content").getJsonArray("missingPersons").getJsonObject(0).getString("givenNames"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1 | es-MX | Después del tono",
      "2 | en-US | After the tone",
      "3 | fr-FR | Après le signal sonore",
      "4 | pt-BR | Após o sinal"})
  void aCallLeavesARecordedMessageACaseAndACallbackTask(String digit, String voiceLanguage, String afterTheTone) throws Exception {
    String from = number();
    String call = "CA" + hex();
    String menu = send("api/twilio/voice", Map.of("CallSid", call, "AccountSid", ACCOUNT, "From", from, "To", LINE, "CallStatus", "ringing")).body();
    assertTrue(menu.contains("<Gather") && menu.contains("For English, press 2.") && menu.contains("language=\"en-US\""), menu);
    String prompt = send("api/twilio/voice/language", Map.of("CallSid", call, "From", from, "To", LINE, "Digits", digit)).body();
    assertTrue(prompt.contains("<Record") && prompt.contains(afterTheTone) && prompt.contains("language=\"" + voiceLanguage + "\""), prompt);
    String recording = "RE" + hex();
    String url = "http://127.0.0.1:" + twilio.port() + "/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/" + recording;
    String recorded = send("api/twilio/voice/recorded", Map.of("CallSid", call, "From", from, "To", LINE, "RecordingSid", recording,
        "RecordingUrl", url, "RecordingDuration", "42")).body();
    String folio = find(FOLIO, recorded.replace(". ", "-").replace(" ", ""));
    assertTrue(recorded.contains("<Gather"), "asks whether to call back: " + recorded);
    String bye = send("api/twilio/voice/callback", Map.of("CallSid", call, "From", from, "To", LINE, "Digits", "1")).body();
    assertTrue(bye.contains("<Hangup"), bye);

    JsonArray callbacks = json("{\"a\":" + staff("api/v1/phone/callbacks", "gua.oficial").body() + "}").getJsonArray("a");
    JsonObject task = callbacks.stream().map(JsonValue::asJsonObject).filter(t -> t.getString("callSid").equals(call)).findFirst().orElseThrow();
    assertEquals(folio, task.getString("folio"));
    JsonObject c = json(staff("api/v1/cases/" + folio, "gua.oficial").body());
    assertEquals("PHONE", c.getString("channel"));
    assertTrue(c.getJsonArray("recipients").toString().contains("CNB"));
    // the recording is fetched with the account's credentials and attached by SHA-256
    await().atMost(Duration.ofSeconds(30)).until(() -> json(staff("api/v1/cases/" + folio, "gua.oficial").body()).toString().contains("call-" + call));
    assertTrue(twilio.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathMatching(".*/Recordings/" + recording + "\\.mp3")))
        .get(0).getHeader("Authorization").startsWith("Basic "));
    recordingIsDownloadedWithItsHashOnRecord(folio);
    assertEquals(204, staffPost("api/v1/phone/callbacks/" + call + "/done", "gua.oficial").statusCode());
    assertFalse(staff("api/v1/phone/callbacks", "gua.oficial").body().contains(call));
    // the folio and code also go out by SMS
    await().atMost(Duration.ofSeconds(20)).until(() -> sentTo(from), Optional::isPresent);
  }

  @Test
  void twilioOutagesAreRetriedAndRefusedNumbersParkedForAPerson() throws Exception {
    String refused = "+15550009999";
    String flaky = "+15550008888";
    for (String from : List.of(refused, flaky)) {
      text(from, "Hello");
      for (String answer : List.of("Luis Torres Vega", "25", "Sonora", "2026-11-01", "2", "no")) {
        text(from, answer);
      }
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> familyMessage(flaky).map(m -> m.getString("status").equals("SENT")).orElse(false));
    JsonObject recovered = familyMessage(flaky).orElseThrow();
    assertEquals(1, recovered.getInt("attempts"), "one failed attempt (503), then sent");
    assertTrue(recovered.getString("providerReference").startsWith("SM"));
    // Twilio reports what became of it; the status callback is signed like every webhook
    send("api/twilio/status", Map.of("MessageSid", recovered.getString("providerReference"), "MessageStatus", "delivered",
        "AccountSid", ACCOUNT));
    assertEquals("delivered", familyMessage(flaky).orElseThrow().getString("providerStatus"));
    JsonObject parked = await().atMost(Duration.ofSeconds(30)).until(() -> familyMessage(refused), m -> m.isPresent()
        && m.get().getString("status").equals("PARKED")).orElseThrow();
    assertTrue(parked.getString("lastError").contains("21211"), parked.toString());
    assertTrue(staff("api/v1/alerts", "gua.oficial").body().contains("FAMILY_MESSAGE_PARKED"), "the consulate is alerted");
    HttpResponse<String> replay = staffPost("api/v1/admin/family-messages/" + parked.getJsonNumber("id").longValue() + "/replay", "admin");
    assertEquals(200, replay.statusCode(), replay.body());
  }

  // --- Twilio's side -------------------------------------------------------------------------

  private HttpResponse<String> text(String from, String body) throws Exception {
    return send("api/twilio/messages", message(from, body));
  }

  private static Map<String, String> message(String from, String body) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("MessageSid", "SM" + hex());
    p.put("AccountSid", ACCOUNT);
    p.put("From", from);
    p.put("To", from.startsWith("whatsapp:") ? "whatsapp:" + LINE : LINE);
    p.put("Body", body);
    p.put("NumMedia", "0");
    return p;
  }

  /** Posts the form as Twilio would: signed for the public URL the gateway is configured with. */
  private HttpResponse<String> send(String path, Map<String, String> params) throws Exception {
    HttpResponse<String> r = postForm(path, params, sign(PUBLIC_URL + "/" + path, params));
    assertTrue(r.statusCode() < 300, path + " -> " + r.statusCode() + " " + r.body());
    return r;
  }

  private HttpResponse<String> postForm(String path, Map<String, String> params, String signature) throws Exception {
    String body = params.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/" + path))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      r.header("X-Twilio-Signature", signature);
    }
    return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Twilio's algorithm: HMAC-SHA1 over the URL followed by each parameter name and value, sorted by name. */
  static String sign(String url, Map<String, String> params) throws Exception {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static String reply(HttpResponse<String> twiml) {
    Matcher m = Pattern.compile("<Message>(.*?)</Message>", Pattern.DOTALL).matcher(twiml.body());
    return m.find() ? m.group(1).replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") : "";
  }

  private static Optional<LoggedRequest> sentTo(String to) {
    return twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES))).stream()
        .filter(r -> to.equals(form(r.getBodyAsString()).get("To"))).findFirst();
  }

  private Optional<JsonObject> familyMessage(String address) throws Exception {
    String list = staff("api/v1/phone/sent?limit=200", "gua.oficial").body();
    return Json.createReader(new StringReader(list)).readArray().stream().map(JsonValue::asJsonObject)
        .filter(m -> m.getString("address").equals(address)).findFirst();
  }

  static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }

  // --- staff side ---------------------------------------------------------------------------------

  /**
   * Chain of custody: the consulate's officer and an agency the version reached get the recording,
   * checked against its SHA-256; another consulate and another agency get 404; each download is on
   * the audit record with the hash.
   */
  private void recordingIsDownloadedWithItsHashOnRecord(String folio) throws Exception {
    JsonObject attachment = json(staff("api/v1/cases/" + folio, "gua.oficial").body()).getJsonArray("attachments").getJsonObject(0);
    String sha = attachment.getString("sha256");
    String path = "api/v1/cases/" + folio + "/attachments/" + attachment.getJsonNumber("id").longValue();
    HttpResponse<byte[]> officer = http.send(authorized(path, "gua.oficial").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, officer.statusCode());
    assertEquals(sha, org.apache.commons.codec.digest.DigestUtils.sha256Hex(officer.body()), "the bytes are the ones recorded");
    assertEquals(sha, officer.headers().firstValue("X-Content-SHA256").orElseThrow());
    assertTrue(officer.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
    assertEquals(404, staff(path, "lax.oficial").statusCode(), "another consulate cannot download it");

    int withRecording = attachment.getInt("version");
    long delivery = await().atMost(Duration.ofSeconds(30)).until(() -> json("{\"a\":" + staff("api/v1/inbox?limit=200", "cnb").body() + "}")
        .getJsonArray("a").stream().map(JsonValue::asJsonObject)
        .filter(i -> i.getString("folio").equals(folio) && i.getInt("caseVersion") >= withRecording)
        .mapToLong(i -> i.getJsonNumber("deliveryId").longValue()).findFirst(), java.util.OptionalLong::isPresent).getAsLong();
    HttpResponse<byte[]> agency = http.send(authorized("api/v1/inbox/" + delivery + "/attachments/" + sha, "cnb").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, agency.statusCode());
    assertEquals(sha, org.apache.commons.codec.digest.DigestUtils.sha256Hex(agency.body()));
    assertEquals(404, staff("api/v1/inbox/" + delivery + "/attachments/" + sha, "fge.mx-ver").statusCode(), "another agency cannot");
    assertEquals(404, staff("api/v1/inbox/" + delivery + "/attachments/" + "0".repeat(64), "cnb").statusCode(), "an unlisted hash");

    String log = staff("api/v1/audit?folio=" + folio, "auditor").body();
    assertTrue(log.contains("ATTACHMENT_DOWNLOAD") && log.contains(sha), log);
  }

  private HttpResponse<String> staff(String path, String user) throws Exception {
    return http.send(authorized(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> staffPost(String path, String user) throws Exception {
    return http.send(authorized(path, user).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder authorized(String path, String user) {
    return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/" + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static String find(Pattern pattern, String text) {
    assertNotNull(text);
    Matcher m = pattern.matcher(text);
    assertTrue(m.find(), pattern + " in " + text);
    return m.group();
  }

  private static String number() {
    return "+1555" + (1000000 + ThreadLocalRandom.current().nextInt(8000000));
  }

  private static String hex() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  /** A few bytes shaped like an MP3 frame header, enough for the store to keep and hash. */
  private static byte[] mp3() {
    byte[] audio = new byte[2048];
    audio[0] = 'I';
    audio[1] = 'D';
    audio[2] = '3';
    audio[3] = 3;
    return audio;
  }
}
