package mx.gob.sre.mae.gateway.interfaces.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
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
 * Humanitarian visa requests end to end on Payara Micro: a relative applies for a case with its
 * access code, documents are uploaded and seen, an appointment is offered and confirmed, the
 * officer approves, and the National Institute of Migration receives the notice in its inbox; a
 * refusal with reasons also reaches the inviting authority; a missing case and a wrong code are
 * refused alike; another consulate cannot read the request. No fee is ever charged.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VisaApiIT {

  static GreenMail smtp;

  @Deployment(testable = false)
  static WebArchive gateway() {
    return GatewayDeployment.war();
  }

  @BeforeAll
  static void startMail() {
    smtp = new GreenMail(new ServerSetup(Integer.getInteger("mae.it.port.smtp", 3025), "localhost", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopMail() {
    smtp.stop();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  static final String REPORT =
      """
      {"language":"es","consulate":"GUA",
       "reporter":{"name":"Rosa Xol","relationship":"MOTHER","phone":"+50255550100","country":"GT"},
       "missingPersons":[{"givenNames":"María","firstSurname":"Xol","sex":"F","nationality":"GT",
                          "lastSeen":{"date":"2026-10-20","place":"Tapachula","state":"MX-CHP"}}],
       "circumstances":"Cruzó a México por Ciudad Hidalgo."}
      """;

  static String application(String link) {
    return """
        {"language":"en","consulate":"GUA",
         "applicant":{"name":"Rosa Xol","nationality":"GT","travelDocumentType":"PASSPORT","travelDocumentNumber":"G1234567",
                      "dateOfBirth":"1970-03-01","email":"rosa.xol@example.org"},
         "relationship":"MOTHER","missingPersonName":"María Xol",%s,
         "travelFrom":"2026-12-01","travelTo":"2026-12-15"}
        """.formatted(link);
  }

  static String relatedCase(String folio, String code) {
    return "\"relatedCase\":{\"folio\":\"" + folio + "\",\"accessCode\":\"" + code + "\"}";
  }

  @Test
  void aMotherAppliesIsGivenAnAppointmentIsApprovedAndInmReceivesTheNotice() throws Exception {
    JsonObject report = json(send("api/v1/reports", null, "POST", REPORT, 201).body());
    JsonObject applied = json(send("api/v1/visa-requests", null, "POST",
        application(relatedCase(report.getString("folio"), report.getString("accessCode"))), 201).body());
    String ref = applied.getString("reference");
    String code = applied.getString("accessCode");
    assertTrue(ref.matches("VH-\\d{4}-\\d{6}"), ref);
    String pub = "api/v1/visa-requests/" + ref;

    JsonObject status = json(send(pub + "/status?code=" + code + "&lang=en", null, "GET", null, 200).body());
    assertEquals("SUBMITTED", status.getString("status"));
    assertEquals(3, status.getJsonArray("missingDocuments").size(), "passport, proof of relationship, photo; no invitation");
    assertEquals(0, status.getJsonNumber("fee").intValue());
    assertFalse(status.toString().contains("G1234567") || status.toString().contains("rosa.xol"), "no personal data in the status");

    // the officer asks for the documents: the applicant is written to in English, durably
    String staff = "api/v1/staff/visa-requests/" + ref;
    JsonObject requested = json(send(staff + "/document-requests", "gua.oficial", "POST", "{\"note\":\"A recent photo, please.\"}", 200).body());
    assertEquals(List.of("EMAIL"), requested.getJsonArray("channels").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
    MimeMessage mail = await().atMost(Duration.ofSeconds(15)).until(() -> mailTo("rosa.xol@example.org", ref), Optional::isPresent).orElseThrow();
    assertTrue(mail.getSubject().contains("documents missing"), mail.getSubject());
    assertTrue(GreenMailUtil.getWholeMessage(mail).contains("recent photo"), "the officer's note is in the message");

    // uploads are checked by content; the counter sees the proof of relationship
    assertEquals(400, upload(pub + "/documents?code=" + code + "&type=PASSPORT", "not a pdf".getBytes(StandardCharsets.UTF_8)).statusCode());
    assertEquals(400, upload(pub + "/documents?code=" + code + "&type=INVITATION", PDF).statusCode(), "no invitation on this checklist");
    assertEquals(200, upload(pub + "/documents?code=" + code + "&type=PASSPORT&fileName=passport.pdf", PDF).statusCode());
    assertEquals(200, upload(pub + "/documents?code=" + code + "&type=PHOTO", PNG).statusCode());
    assertEquals(409, send(staff + "/decision", "gua.oficial", "POST", "{\"decision\":\"APPROVED\",\"reasons\":\"ok\"}", 409).statusCode(),
        "no approval while the proof of relationship is missing");
    send(staff + "/documents/RELATIONSHIP_PROOF/seen", "gua.oficial", "POST", "", 200);

    // appointments
    String slot = OffsetDateTime.now(ZoneOffset.ofHours(-6)).plusDays(3).withNano(0).toString();
    send(staff + "/slots", "gua.oficial", "POST", "{\"startTimes\":[\"" + slot + "\"]}", 200);
    status = json(send(pub + "/status?code=" + code, null, "GET", null, 200).body());
    assertEquals("APPOINTMENT_OFFERED", status.getString("status"));
    assertEquals(0, status.getJsonArray("missingDocuments").size());
    long slotId = status.getJsonArray("slots").getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(400, send(pub + "/appointment?code=" + code, null, "POST", "{\"slotId\":" + (slotId + 999) + "}", 400).statusCode());
    status = json(send(pub + "/appointment?code=" + code, null, "POST", "{\"slotId\":" + slotId + "}", 200).body());
    assertEquals("APPOINTMENT_CONFIRMED", status.getString("status"));
    assertEquals(409, send(pub + "/letter?code=" + code, null, "GET", null, 409).statusCode(), "no letter before a decision");

    // approval: the notice goes to INM through the outbox, to the built-in inbox
    JsonObject decided = json(send(staff + "/decision", "gua.oficial", "POST",
        "{\"decision\":\"APPROVED\",\"reasons\":\"Parentesco acreditado; cita en el consulado atendida.\"}", 200).body());
    assertEquals("APPROVED", decided.getString("status"));
    assertEquals(0, decided.getJsonNumber("fee").intValue());
    assertTrue(decided.getString("feeWaiverBasis").contains("CED/C/MEX/VR/1"));

    JsonObject item = await().atMost(Duration.ofSeconds(15)).until(() -> inboxItem("inm", ref), Optional::isPresent).orElseThrow();
    assertEquals("VISA_NOTICE", item.getString("kind"));
    assertEquals("Rosa Xol", item.getString("applicant"));
    long id = item.getJsonNumber("deliveryId").longValue();
    JsonObject notice = json(send("api/v1/inbox/" + id + "/document", "inm", "GET", null, 200).body());
    assertEquals(ref, notice.getString("reference"));
    assertEquals("APPROVED", notice.getString("decision"));
    assertEquals(report.getString("folio"), notice.getString("relatedFolio"));
    assertEquals("G1234567", notice.getJsonObject("applicant").getString("travelDocumentNumber"));
    assertEquals(0, notice.getJsonObject("fee").getJsonNumber("amount").intValue());
    assertTrue(notice.getJsonObject("fee").getString("waiverBasis").length() > 20);
    HttpResponse<byte[]> noticePdf = http.send(request("api/v1/inbox/" + id + "/pdf", "inm").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("%PDF", new String(noticePdf.body(), 0, 4, StandardCharsets.US_ASCII));
    send("api/v1/inbox/" + id + "/ack", "inm", "POST", "{\"reference\":\"INM-VH-2026-1\"}", 200);

    JsonObject detail = json(send(staff, "gua.oficial", "GET", null, 200).body());
    JsonObject inm = detail.getJsonArray("notices").getJsonObject(0);
    assertEquals("INM", inm.getString("recipient"));
    assertEquals("INM-VH-2026-1", inm.getString("ackReference"));
    List<String> steps = detail.getJsonArray("history").stream().map(v -> v.asJsonObject().getString("action")).toList();
    assertTrue(steps.containsAll(List.of("APPLIED", "DOCUMENTS_REQUESTED", "DOCUMENT_UPLOADED", "DOCUMENT_SEEN_AT_COUNTER",
        "APPOINTMENTS_OFFERED", "APPOINTMENT_CONFIRMED", "DECIDED_APPROVED")), steps.toString());

    HttpResponse<byte[]> letter = http.send(request(pub + "/letter?code=" + code, null).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, letter.statusCode());
    assertEquals("%PDF", new String(letter.body(), 0, 4, StandardCharsets.US_ASCII));
    assertEquals(200, http.send(request(staff + "/letter", "gua.oficial").GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode());
    assertEquals(409, upload(pub + "/documents?code=" + code + "&type=PHOTO", PNG).statusCode(), "a decided request is not changed");

    JsonObject figures = json(send("api/v1/staff/visa-requests/statistics", "lax.supervisor", "GET", null, 200).body());
    assertTrue(figures.getJsonObject("byConsulateAndStatus").getJsonObject("GUA").getInt("APPROVED") >= 1, figures.toString());
    assertTrue(figures.getInt("decided") >= 1);
    send("api/v1/staff/visa-requests/statistics", "gua.oficial", "GET", null, 403);
  }

  @Test
  void aRefusalWithReasonsNotifiesInmAndTheInvitingAuthority() throws Exception {
    String invitation = "\"invitation\":{\"agency\":\"CNB\",\"reference\":\"CNB/INV/2026/77\",\"purpose\":\"Búsqueda en campo\","
        + "\"from\":\"2026-12-02\",\"to\":\"2026-12-09\"}";
    JsonObject applied = json(send("api/v1/visa-requests", null, "POST", application(invitation), 201).body());
    String ref = applied.getString("reference");
    JsonObject status = json(send("api/v1/visa-requests/" + ref + "/status?code=" + applied.getString("accessCode"), null, "GET", null, 200).body());
    assertEquals(4, status.getJsonArray("missingDocuments").size(), "the invitation is on the checklist");

    String staff = "api/v1/staff/visa-requests/" + ref;
    JsonObject problem = json(send(staff + "/decision?lang=fr", "gua.oficial", "POST", "{\"decision\":\"REFUSED\",\"reasons\":\" \"}", 400).body());
    assertEquals("reasons", problem.getJsonArray("violations").getJsonObject(0).getString("field"));
    assertTrue(problem.getJsonArray("violations").getJsonObject(0).getString("message").contains("motifs"), problem.toString());
    JsonObject decided = json(send(staff + "/decision", "gua.oficial", "POST",
        "{\"decision\":\"REFUSED\",\"reasons\":\"La invitación no corresponde a la persona solicitante.\"}", 200).body());
    assertEquals("REFUSED", decided.getString("status"));
    assertEquals("La invitación no corresponde a la persona solicitante.", decided.getString("decisionReasons"));

    await().atMost(Duration.ofSeconds(15)).until(() -> inboxItem("inm", ref).isPresent() && inboxItem("cnb", ref).isPresent());
    long cnb = inboxItem("cnb", ref).orElseThrow().getJsonNumber("deliveryId").longValue();
    JsonObject notice = json(send("api/v1/inbox/" + cnb + "/document", "cnb", "GET", null, 200).body());
    assertEquals("REFUSED", notice.getString("decision"));
    assertEquals("CNB/INV/2026/77", notice.getJsonObject("invitation").getString("reference"));
    JsonArray notices = json(send(staff, "gua.oficial", "GET", null, 200).body()).getJsonArray("notices");
    assertEquals(List.of("INM", "CNB"), notices.stream().map(v -> v.asJsonObject().getString("recipient")).toList());
    assertEquals(409, send(staff + "/decision", "gua.oficial", "POST", "{\"decision\":\"APPROVED\",\"reasons\":\"x\"}", 409).statusCode());
  }

  @Test
  void aCaseThatDoesNotExistAndAWrongAccessCodeAreRefusedAlike() throws Exception {
    JsonObject report = json(send("api/v1/reports", null, "POST", REPORT, 201).body());
    HttpResponse<String> wrongCode = send("api/v1/visa-requests?lang=es", null, "POST",
        application(relatedCase(report.getString("folio"), "AAAA-BBBB-CCCC")), 400);
    HttpResponse<String> noCase = send("api/v1/visa-requests?lang=es", null, "POST",
        application(relatedCase("MAE-2026-999999", "AAAA-BBBB-CCCC")), 400);
    HttpResponse<String> notAFolio = send("api/v1/visa-requests?lang=es", null, "POST",
        application(relatedCase("nonsense", "AAAA-BBBB-CCCC")), 400);
    assertEquals(wrongCode.body(), noCase.body(), "the answer does not tell whether the case exists");
    assertEquals(wrongCode.body(), notAFolio.body());
    assertTrue(wrongCode.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    assertEquals("relatedCase", json(wrongCode.body()).getJsonArray("violations").getJsonObject(0).getString("field"));
    // the applicant's language is the request's: English here, whatever ?lang= says
    assertTrue(json(wrongCode.body()).getString("language").equals("en"), wrongCode.body());
  }

  @Test
  void anOfficerOfAnotherConsulateCannotReadTheRequest() throws Exception {
    JsonObject report = json(send("api/v1/reports", null, "POST", REPORT, 201).body());
    String ref = json(send("api/v1/visa-requests", null, "POST",
        application(relatedCase(report.getString("folio"), report.getString("accessCode"))), 201).body()).getString("reference");
    send("api/v1/staff/visa-requests/" + ref, "gua.oficial", "GET", null, 200);
    send("api/v1/staff/visa-requests/" + ref, "lax.oficial", "GET", null, 404);
    send("api/v1/staff/visa-requests/" + ref + "/decision", "lax.oficial", "POST", "{\"decision\":\"APPROVED\",\"reasons\":\"x\"}", 404);
    assertTrue(json("{\"l\":" + send("api/v1/staff/visa-requests", "lax.oficial", "GET", null, 200).body() + "}")
        .getJsonArray("l").stream().noneMatch(v -> v.asJsonObject().getString("reference").equals(ref)));
    send("api/v1/visa-requests/" + ref + "/status?code=AAAA-BBBB-CCCC", null, "GET", null, 404);
    send("api/v1/staff/visa-requests/" + ref, "cnb", "GET", null, 403);
    send("api/v1/staff/visa-requests/" + ref, null, "GET", null, 401);
  }

  @Test
  void theApplicationPageWorksWithoutJavaScriptInTwoLanguages() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    String spanish = browser.send(request("visa.xhtml?lang=es", null).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    assertTrue(spanish.contains("Visa humanitaria para familiares") && spanish.contains("gratuita"), spanish);
    String french = browser.send(request("visa.xhtml?lang=fr", null).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    assertTrue(french.contains("Visa humanitaire pour les proches"), french);

    java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(french);
    assertTrue(state.find(), "a plain HTML form with its view state");
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("visa", "visa");
    fields.put("consulate", "GUA");
    fields.put("name", "Marie Joseph");
    fields.put("nationality", "HT");
    fields.put("travelDocumentType", "PASSPORT");
    fields.put("travelDocumentNumber", "HT998877");
    fields.put("email", "marie.joseph@example.org");
    fields.put("relationship", "SISTER");
    fields.put("invitationAgency", "FGR:FEIDDF");
    fields.put("invitationReference", "FEIDDF/2026/12");
    fields.put("travelFrom", "2026-12-01");
    fields.put("submitVisa", "Envoyer la demande");
    fields.put("jakarta.faces.ViewState", state.group(1));
    String form = fields.entrySet().stream()
        .map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(java.util.stream.Collectors.joining("&"));
    HttpResponse<String> sent = browser.send(request("visa.xhtml?lang=fr", null).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, sent.statusCode());
    java.util.regex.Matcher ref = java.util.regex.Pattern.compile("id=\"visaReference\"[^>]*>(VH-\\d{4}-\\d{6})<").matcher(sent.body());
    assertTrue(ref.find(), sent.body());
    assertTrue(sent.body().contains("Nous avons reçu votre demande"), "the answer is in French");
    assertEquals(3 + 1, json(send("api/v1/staff/visa-requests/" + ref.group(1), "gua.oficial", "GET", null, 200).body())
        .getJsonArray("documents").size(), "an invited applicant's checklist has the invitation");
  }

  private Optional<JsonObject> inboxItem(String user, String reference) throws Exception {
    HttpResponse<String> r = send("api/v1/inbox?limit=200", user, "GET", null, 200);
    return json("{\"l\":" + r.body() + "}").getJsonArray("l").stream().map(JsonValue::asJsonObject)
        .filter(o -> o.getString("folio").equals(reference)).findFirst();
  }

  private Optional<MimeMessage> mailTo(String to, String reference) throws Exception {
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (m.getAllRecipients()[0].toString().equals(to) && m.getSubject().contains(reference)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private HttpResponse<String> upload(String path, byte[] content) throws Exception {
    return http.send(request(path, null).header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a request (JSON body when given) and checks the status it must answer with. */
  private HttpResponse<String> send(String path, String user, String method, String body, int expected) throws Exception {
    HttpRequest.Builder b = request(path, user);
    if (body != null) {
      b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(expected, r.statusCode(), method + " " + path + " as " + user + ": " + r.body());
    return r;
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
}
