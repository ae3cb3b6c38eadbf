package mx.gob.sre.mae.gateway.interfaces.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
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
 * The email channel on Payara Micro against a real IMAP/SMTP server (GreenMail): the Guatemala
 * consulate's mailbox is polled, each new email becomes one preliminary case, is forwarded, and the
 * family is answered in the language it wrote in; re-delivery, replies and auto-replies behave.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmailChannelIT {

  static final String MAILBOX = ItMailServer.MAILBOX;
  static GreenMail mail;

  @Deployment(testable = false)
  static WebArchive gateway() {
    return GatewayDeployment.war();
  }

  @BeforeAll
  static void startMailServer() {
    mail = ItMailServer.start();
  }

  @AfterAll
  static void stopMailServer() {
    mail.stop();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void anEmailBecomesAForwardedCaseAndTheFamilyIsAnsweredInItsLanguage() throws Exception {
    String subject = "My brother is missing " + UUID.randomUUID();
    deliver(raw("<" + UUID.randomUUID() + "@mail.example>", "maria.family@example.org", subject,
        "Hello, my brother Carlos left Tecun Uman three weeks ago to cross Mexico and we have not heard from him since. Please help us find him."));

    JsonObject c = await().atMost(Duration.ofSeconds(30)).until(() -> caseWithSubject(subject), Optional::isPresent).orElseThrow();
    String folio = c.getString("folio");
    assertEquals("EMAIL", c.getString("channel"));
    assertTrue(c.getBoolean("preliminary"));
    JsonObject detail = json(get("api/v1/cases/" + folio, "gua.oficial").body());
    assertEquals("en", detail.getString("originalLanguage"));
    assertEquals("maria.family@example.org", detail.getJsonObject("content").getJsonObject("reporter").getString("email"));
    List<String> recipients = detail.getJsonArray("recipients").stream().map(v -> v.asJsonObject().getString("recipient")).toList();
    assertTrue(recipients.containsAll(List.of("CNB", "FGR:UIDPM")), recipients.toString());

    MimeMessage ack = await().atMost(Duration.ofSeconds(20)).until(() -> received("maria.family@example.org", folio), Optional::isPresent).orElseThrow();
    assertEquals(Messages.text(Language.EN, "email.ack.subject", folio), ack.getSubject());
    String ackText = ack.getContent() instanceof jakarta.mail.Multipart parts ? parts.getBodyPart(0).getContent().toString()
        : ack.getContent().toString();
    assertTrue(ackText.contains("800-028-77-83"), "the national 24/7 numbers: " + ackText);
    assertFalse(ackText.contains("[[ACCESS_CODE]]"), ackText);
    // the acknowledgement went through the durable family outbox; the stored copy keeps no access code
    JsonObject stored = await().atMost(Duration.ofSeconds(10)).until(
        () -> Json.createReader(new StringReader(get("api/v1/admin/family-messages?folio=" + folio, "admin").body())).readArray().getJsonObject(0),
        m -> m.getString("status").equals("SENT"));
    assertEquals("ACKNOWLEDGEMENT", stored.getString("purpose"));
    assertTrue(stored.getString("body").contains("[[ACCESS_CODE]]"), stored.getString("body"));

    // the officer completes the structured fields: a new version, routed as an update, out of triage
    String completed = """
        {"language":"en","reporter":{"name":"Maria","relationship":"SISTER","email":"maria.family@example.org"},
         "missingPersons":[{"givenNames":"Carlos","firstSurname":"Pérez","sex":"M","nationality":"GT","lastSeen":{"place":"Tecún Umán"}}],
         "circumstances":"Left Tecún Umán three weeks ago to cross Mexico."}""";
    HttpResponse<String> v2 = http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/v1/cases/" + folio + "/versions?reason=triage"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("gua.oficial:demo".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(completed)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, v2.statusCode(), v2.body());
    JsonObject after = json(get("api/v1/cases/" + folio, "gua.oficial").body());
    assertEquals(2, after.getInt("currentVersion"));
    assertEquals("Carlos", after.getJsonObject("content").getJsonArray("missingPersons").getJsonObject(0).getString("givenNames"));
    await().atMost(Duration.ofSeconds(15)).until(() -> json(get("api/v1/cases/" + folio, "gua.oficial").body()).getJsonArray("recipients")
        .stream().anyMatch(r -> r.asJsonObject().getString("recipient").equals("CNB") && r.asJsonObject().getInt("version") == 2
            && r.asJsonObject().getString("status").equals("DELIVERED")));
    assertTrue(cases().stream().filter(o -> o.getString("folio").equals(folio)).noneMatch(o -> o.getBoolean("preliminary")));
  }

  @Test
  void theSameMessageTakenTwiceMakesOneCase() throws Exception {
    String subject = "Desaparecido " + UUID.randomUUID();
    String raw = raw("<" + UUID.randomUUID() + "@mail.example>", "jose.family@example.org", subject,
        "Mi hijo Luis salió de Tapachula hacia el norte y ya no contesta el teléfono desde hace dos semanas.");
    deliver(raw);
    await().atMost(Duration.ofSeconds(30)).until(() -> caseWithSubject(subject), Optional::isPresent);
    deliver(raw);
    String marker = "after-" + UUID.randomUUID();
    deliver(raw("<" + UUID.randomUUID() + "@mail.example>", "x.family@example.org", marker, "Otra persona desaparecida en Chiapas desde ayer."));
    await().atMost(Duration.ofSeconds(30)).until(() -> caseWithSubject(marker), Optional::isPresent);
    assertEquals(1, cases().stream().filter(o -> subjectOf(o).contains(subject)).count(), "a re-delivered message is a duplicate");
  }

  @Test
  void aReplyWithTheFolioInTheSubjectAddsToTheCase() throws Exception {
    String subject = "Ayuda " + UUID.randomUUID();
    deliver(raw("<" + UUID.randomUUID() + "@mail.example>", "ana.family@example.org", subject,
        "Mi hermana Rosa desapareció en Veracruz hace un mes, viajaba en autobús hacia Reynosa."));
    String folio = await().atMost(Duration.ofSeconds(30)).until(() -> caseWithSubject(subject), Optional::isPresent).orElseThrow().getString("folio");
    deliver(raw("<" + UUID.randomUUID() + "@mail.example>", "ana.family@example.org", "Re: Recibimos su reporte – folio " + folio,
        "Olvidé decir que Rosa tiene un tatuaje de una rosa en el brazo derecho."));
    await().atMost(Duration.ofSeconds(30)).until(() -> json(get("api/v1/cases/" + folio, "gua.oficial").body()).getInt("currentVersion") == 2);
    String circumstances = json(get("api/v1/cases/" + folio, "gua.oficial").body()).getJsonObject("content").getString("circumstances");
    assertTrue(circumstances.contains("tatuaje de una rosa"), circumstances);
  }

  @Test
  void anAutoReplyMakesNoCaseAndGetsNoAnswer() throws Exception {
    String subject = "Out of office " + UUID.randomUUID();
    String raw = raw("<" + UUID.randomUUID() + "@mail.example>", "busy@example.org", subject, "I am away until Monday.")
        .replace("MIME-Version: 1.0\r\n", "MIME-Version: 1.0\r\nAuto-Submitted: auto-replied\r\n");
    deliver(raw);
    String marker = "after-" + UUID.randomUUID();
    deliver(raw("<" + UUID.randomUUID() + "@mail.example>", "y.family@example.org", marker, "Mi esposo desapareció en Sonora la semana pasada."));
    await().atMost(Duration.ofSeconds(30)).until(() -> caseWithSubject(marker), Optional::isPresent);
    assertTrue(caseWithSubject(subject).isEmpty());
    assertTrue(Arrays.stream(mail.getReceivedMessages()).noneMatch(m -> {
      try {
        return m.getAllRecipients()[0].toString().equals("busy@example.org");
      } catch (jakarta.mail.MessagingException e) {
        return false;
      }
    }), "no mail loops");
  }

  private static String raw(String messageId, String from, String subject, String body) {
    return "Message-ID: " + messageId + "\r\nFrom: Family <" + from + ">\r\nTo: " + MAILBOX + "\r\nSubject: " + subject
        + "\r\nDate: Sun, 29 Nov 2026 08:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
        + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
  }

  private static void deliver(String raw) throws Exception {
    ItMailServer.deliver(mail, raw);
  }

  private Optional<MimeMessage> received(String to, String folio) throws Exception {
    for (MimeMessage m : mail.getReceivedMessages()) {
      if (m.getAllRecipients()[0].toString().equals(to) && m.getSubject() != null && m.getSubject().contains(folio)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private Optional<JsonObject> caseWithSubject(String subject) throws Exception {
    return cases().stream().filter(o -> subjectOf(o).contains(subject)).findFirst();
  }

  private String subjectOf(JsonObject summary) {
    try {
      return json(get("api/v1/cases/" + summary.getString("folio"), "gua.oficial").body()).getJsonObject("content").getString("circumstances", "");
    } catch (Exception e) {
      return "";
    }
  }

  private List<JsonObject> cases() throws Exception {
    return json("{\"l\":" + get("api/v1/cases?limit=200", "gua.oficial").body() + "}").getJsonArray("l").stream()
        .map(JsonValue::asJsonObject).filter(o -> o.getString("channel").equals("EMAIL")).toList();
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/" + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
