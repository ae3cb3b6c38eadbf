package mx.gob.sre.mae.gateway.interfaces.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
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
 * Notifications from foreign authorities on Payara Micro: the register and its keys (missing, wrong
 * and revoked keys refused, rotation without a gap, a type the authority may not send refused), and
 * each notification type end to end: the right case among the candidates, nothing in any inbox or
 * family outbox before an officer confirms, then the update to the case's recipients (with the
 * forensic services for a death), the family's message in their language for a person found alive
 * and an alert to inform them in person for a death. An unmatched notification becomes a new case;
 * another consulate's officer sees nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorityNotificationApiIT {

  /** The embedded default's demo authority (LAX, every type); see DemoDataSeeder and README. */
  static final String DEMO_KEY = "mae_00000000000000aa.demo-los-angeles-county-medical-examiner-00";

  /** The Guatemala consulate's mailbox the ITs configure (pom.xml); as in EmailChannelIT. */
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
  void keysAreIssuedRotatedAndRevokedAndOnlyAValidKeyForAnAllowedTypeIsHeard() throws Exception {
    HttpResponse<String> registered = staffPost("api/v1/authorities", "admin", """
        {"consulate":"LAX","name":"San Diego Police Department %s","country":"US","kind":"POLICE",
         "contactEmails":["records@sdpd.example.org"],"allowedTypes":["LOCATED_ALIVE","DECEASED"]}""".formatted(DistinctPersons.surname()));
    assertEquals(201, registered.statusCode(), registered.body());
    long id = json(registered.body()).getJsonNumber("id").longValue();
    assertEquals(403, staffPost("api/v1/authorities", "lax.oficial", "{}").statusCode(), "officers do not register authorities");
    assertEquals(403, staffPost("api/v1/authorities/" + id + "/keys", "mad.oficial", "").statusCode(), "nor issue keys");
    HttpResponse<String> invalid = staffPost("api/v1/authorities?lang=en", "admin", """
        {"consulate":"LAX","name":"","country":"ZZ","kind":"SHERIFF","allowedTypes":["UNKNOWN"]}""");
    assertEquals(400, invalid.statusCode());
    assertTrue(invalid.body().contains("allowedTypes") && invalid.body().contains("country"), invalid.body());

    JsonObject issued = json(staffPost("api/v1/authorities/" + id + "/keys", "admin", "").body());
    String key = issued.getString("apiKey");
    String keyId = issued.getString("keyId");
    assertTrue(key.startsWith("mae_" + keyId + "."), key);
    String listed = staffGet("api/v1/authorities", "lax.supervisor").body();
    assertTrue(listed.contains(keyId), "the supervisor of the consulate sees the key id");
    assertFalse(listed.contains(key.substring(key.indexOf('.') + 1)), "never the secret");

    String alive = notification("LOCATED_ALIVE", "SDPD-" + id + "-1", "Ramiro", DistinctPersons.surname(), "1990-01-01");
    HttpResponse<String> missing = notify(null, alive, "X-Unused");
    assertEquals(401, missing.statusCode());
    assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), missing.headers().toString());
    assertEquals(401, notify("mae_" + keyId + "." + "A".repeat(43), alive, "Authorization").statusCode(), "wrong secret");
    assertEquals(401, notify("not-a-key", alive, "X-Api-Key").statusCode());
    assertEquals(401, staffGetAsAuthority("api/v1/authority-notifications/AN-2026-000001", null).statusCode());
    HttpResponse<String> wrongType = notify(key, notification("DETAINED", "SDPD-" + id + "-2", "Ramiro", DistinctPersons.surname(), null),
        "Authorization");
    assertEquals(403, wrongType.statusCode(), wrongType.body());

    HttpResponse<String> accepted = notify(key, alive, "Authorization");
    assertEquals(202, accepted.statusCode(), accepted.body());
    String reference = json(accepted.body()).getString("reference");
    HttpResponse<String> again = notify(key, alive, "X-Api-Key");
    assertEquals(202, again.statusCode());
    assertEquals(reference, json(again.body()).getString("reference"), "the same authority reference is the same notification");
    assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
    JsonObject status = json(staffGetAsAuthority("api/v1/authority-notifications/" + reference, key).body());
    assertEquals("PENDING_REVIEW", status.getString("status"));
    assertEquals(404, staffGetAsAuthority("api/v1/authority-notifications/" + reference, DEMO_KEY).statusCode(),
        "another authority does not see it");

    JsonObject rotated = json(staffPost("api/v1/authorities/" + id + "/keys/" + keyId + "/rotate", "lax.supervisor", "").body());
    String newKey = rotated.getString("apiKey");
    assertEquals(keyId, rotated.getString("rotatedFrom"));
    assertEquals(202, notify(newKey, notification("DECEASED", "SDPD-" + id + "-3", "Ramiro", DistinctPersons.surname(), null),
        "Authorization").statusCode(), "the new key works");
    assertEquals(202, notify(key, alive, "Authorization").statusCode(), "the old key works until it is revoked");
    assertEquals(200, staffPost("api/v1/authorities/" + id + "/keys/" + keyId + "/revoke", "admin", "").statusCode());
    assertEquals(401, notify(key, alive, "Authorization").statusCode(), "a revoked key is refused");
    assertEquals(202, notify(newKey, alive, "Authorization").statusCode());

    // multipart: the JSON in a part "notification", each document in a part of its own
    byte[] pdf = "%PDF-1.4\n% multipart document\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    String boundary = "mae-" + ThreadLocalRandom.current().nextLong(1L << 40);
    String json = notification("LOCATED_ALIVE", "SDPD-" + id + "-mp", "Ramiro", DistinctPersons.surname(), null);
    byte[] body = multipart(boundary, json, "acta.pdf", pdf);
    HttpResponse<String> multipart = http.send(request("api/v1/authority-notifications", null)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", "Bearer " + newKey)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(202, multipart.statusCode(), multipart.body());
    JsonObject withFiles = json(staffGet("api/v1/staff/authority-notifications/" + json(multipart.body()).getString("reference"),
        "lax.oficial").body());
    assertEquals(List.of("report.pdf", "acta.pdf"), withFiles.getJsonArray("files").stream()
        .map(f -> f.asJsonObject().getString("fileName")).toList());
    assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)),
        withFiles.getJsonArray("files").getJsonObject(1).getString("sha256"), "stored by its SHA-256");
    assertEquals(400, http.send(request("api/v1/authority-notifications", null)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", "Bearer " + newKey)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, null, "acta.pdf", pdf))).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode(), "no notification part");
  }

  static byte[] multipart(String boundary, String json, String fileName, byte[] file) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    if (json != null) {
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"notification\"\r\n"
          + "Content-Type: application/json\r\n\r\n" + json + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(file);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void eachTypeReachesNobodyBeforeAnOfficerConfirmsAndThenTheRightRecipientsAndTheFamilyAsFitting() throws Exception {
    Map<String, String> languages = Map.of("LOCATED_ALIVE", "en", "DETAINED", "fr", "HOSPITALIZED", "pt", "MIGRATION_ENCOUNTER", "es",
        "DECEASED", "en", "REMAINS_FOUND", "es");
    for (String type : List.of("LOCATED_ALIVE", "DETAINED", "HOSPITALIZED", "MIGRATION_ENCOUNTER", "DECEASED", "REMAINS_FOUND")) {
      String language = languages.get(type);
      String given = "Elías " + DistinctPersons.surname();
      String surname = DistinctPersons.surname();
      String dob = String.format("%d-%02d-%02d", 1960 + ThreadLocalRandom.current().nextInt(40), 1 + ThreadLocalRandom.current().nextInt(12),
          1 + ThreadLocalRandom.current().nextInt(28));
      String folio = fileReport(language, given, surname, dob);
      awaitMatchable(given, surname, dob, folio);
      Set<String> before = recipients(folio, 1);
      assertTrue(before.contains("CNB"), before.toString());

      HttpResponse<String> accepted = notify(DEMO_KEY, notification(type, "LACME-" + surname, given, surname, dob), "Authorization");
      assertEquals(202, accepted.statusCode(), accepted.body());
      String reference = json(accepted.body()).getString("reference");
      JsonObject detail = json(staffGet("api/v1/staff/authority-notifications/" + reference, "lax.oficial").body());
      JsonObject candidate = detail.getJsonArray("candidates").stream().map(JsonValue::asJsonObject)
          .filter(c -> c.getString("folio").equals(folio)).findFirst().orElseThrow(() -> new AssertionError(type + ": " + detail));
      assertTrue(candidate.getJsonNumber("score").doubleValue() >= 0.7, candidate.toString());
      assertTrue(candidate.getString("explanation").contains("firstSurname"), candidate.toString());
      assertTrue(staffGet("api/v1/staff/authority-notifications?status=PENDING_REVIEW", "lax.oficial").body().contains(reference));

      // nothing reaches an agency or the family before an officer confirms
      assertEquals(1, json(staffGet("api/v1/cases/" + folio, "lax.oficial").body()).getInt("currentVersion"), type);
      assertEquals(Set.of(), recipients(folio, 2), type + ": no new delivery");
      assertEquals(0, familyMessages(folio).size(), type + ": nothing to the family");
      assertFalse(inbox("fgr.forensic").contains(folio));

      HttpResponse<String> confirmed = staffPost("api/v1/staff/authority-notifications/" + reference + "/confirm", "lax.oficial",
          "{\"folio\":\"" + folio + "\"}");
      assertEquals(200, confirmed.statusCode(), confirmed.body());
      assertEquals("CONFIRMED", json(confirmed.body()).getString("status"));
      assertEquals(409, staffPost("api/v1/staff/authority-notifications/" + reference + "/confirm", "lax.oficial",
          "{\"folio\":\"" + folio + "\"}").statusCode(), "decided once");
      JsonObject updatedCase = json(staffGet("api/v1/cases/" + folio, "lax.oficial").body());
      assertEquals(2, updatedCase.getInt("currentVersion"));
      JsonObject notice = updatedCase.getJsonArray("authorityNotices").getJsonObject(0);
      assertEquals(reference, notice.getString("reference"));
      assertEquals(type, notice.getString("type"));
      assertEquals(List.of("report.pdf"), updatedCase.getJsonArray("attachments").stream()
          .map(a -> a.asJsonObject().getString("fileName")).toList(), "the authority's document is on the case");
      assertTrue(staffGet("console/case.xhtml?folio=" + folio, "lax.oficial").body().contains(reference));

      boolean death = type.equals("DECEASED") || type.equals("REMAINS_FOUND");
      Set<String> updated = recipients(folio, 2);
      assertTrue(updated.containsAll(before), type + ": an update to every recipient of the case: " + updated + " ⊇ " + before);
      assertTrue(updated.contains("CNB") && updated.contains("FGE:MX-VER"), type + ": the case's search commission and prosecutor: " + updated);
      assertEquals(death, updated.contains("FGR:FORENSIC"), type + ": the forensic services only for a death: " + updated);
      if (death) {
        await().atMost(Duration.ofSeconds(15)).until(() -> inbox("fgr.forensic").contains(folio));
        assertEquals(0, familyMessages(folio).size(), "never an automatic message about a death");
        JsonArray alerts = array(staffGet("api/v1/alerts", "lax.oficial").body());
        assertTrue(alerts.stream().map(JsonValue::asJsonObject).anyMatch(a -> folio.equals(a.getString("folio"))
            && a.getString("kind").equals("INFORM_FAMILY_IN_PERSON")), "inform the family in person: " + alerts);
      } else {
        JsonArray messages = familyMessages(folio);
        assertEquals(Set.of("EMAIL", "SMS"), messages.stream().map(m -> m.asJsonObject().getString("channel")).collect(Collectors.toSet()));
        for (JsonValue m : messages) {
          JsonObject message = m.asJsonObject();
          assertEquals(language, message.getString("language"), "in the family's language");
          assertTrue(message.getString("body").contains(folio));
          assertFalse(message.getString("body").contains("Hospital") || message.getString("body").contains("Otay"),
              "never where the person is: " + message.getString("body"));
        }
      }
      JsonObject forAuthority = json(staffGetAsAuthority("api/v1/authority-notifications/" + reference, DEMO_KEY).body());
      assertEquals("CONFIRMED", forAuthority.getString("status"));
      assertFalse(forAuthority.toString().contains(folio), "the authority learns nothing about the case");
    }
  }

  @Test
  void anUnmatchedNotificationBecomesANewCaseAndAnotherConsulateSeesNothing() throws Exception {
    String surname = DistinctPersons.surname();
    HttpResponse<String> accepted = notify(DEMO_KEY, notification("REMAINS_FOUND", "LACME-NEW-" + surname, "Nadie", surname, null),
        "Authorization");
    assertEquals(202, accepted.statusCode(), accepted.body());
    String reference = json(accepted.body()).getString("reference");
    assertEquals(404, staffGet("api/v1/staff/authority-notifications/" + reference, "gua.oficial").statusCode());
    assertEquals(404, staffPost("api/v1/staff/authority-notifications/" + reference + "/new-case", "gua.oficial", "{}").statusCode());
    assertFalse(staffGet("api/v1/staff/authority-notifications", "gua.oficial").body().contains(reference));

    HttpResponse<String> opened = staffPost("api/v1/staff/authority-notifications/" + reference + "/new-case", "lax.oficial", "{}");
    assertEquals(200, opened.statusCode(), opened.body());
    JsonObject detail = json(opened.body());
    assertEquals("NEW_CASE", detail.getString("status"));
    String folio = detail.getString("folio");
    assertFalse(staffGet("console/authority.xhtml", "lax.oficial").body().contains(reference), "decided: off the console's queue");
    JsonObject c = json(staffGet("api/v1/cases/" + folio, "lax.oficial").body());
    assertEquals("FOREIGN_AUTHORITY", c.getString("channel"));
    await().atMost(Duration.ofSeconds(20)).until(() -> inbox("fgr.forensic").contains(folio) && inbox("cnb").contains(folio));
    assertEquals("NEW_CASE", json(staffGetAsAuthority("api/v1/authority-notifications/" + reference, DEMO_KEY).body()).getString("status"));

    // a notification an officer does not believe is rejected with a reason, and then stays rejected
    HttpResponse<String> other = notify(DEMO_KEY, notification("DECEASED", "LACME-X-" + surname, "Otro", DistinctPersons.surname(), null),
        "Authorization");
    String rejected = json(other.body()).getString("reference");
    HttpResponse<String> page = staffGet("console/authority.xhtml", "lax.oficial");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(rejected) && page.body().contains("Otro"), "the console lists the pending notification");
    assertEquals(400, staffPost("api/v1/staff/authority-notifications/" + rejected + "/reject", "lax.oficial", "{}").statusCode());
    assertEquals(200, staffPost("api/v1/staff/authority-notifications/" + rejected + "/reject", "lax.oficial",
        "{\"reason\":\"The medical examiner withdrew it by phone\"}").statusCode());
    assertEquals(409, staffPost("api/v1/staff/authority-notifications/" + rejected + "/new-case", "lax.oficial", "{}").statusCode());
    JsonObject history = json(staffGet("api/v1/staff/authority-notifications/" + rejected, "lax.oficial").body());
    assertEquals(List.of("RECEIVED", "REJECTED"), history.getJsonArray("history").stream()
        .map(e -> e.asJsonObject().getString("action")).toList());
    assertTrue(!history.containsKey("folio") || history.isNull("folio"), "a rejected notification is in no case: " + history);
  }

  @Test
  void anEmailFromARegisteredAuthorityIsANotificationForAnOfficerToClassifyNotAFamilyReport() throws Exception {
    String surname = DistinctPersons.surname();
    String address = "pnc." + surname.toLowerCase(java.util.Locale.ROOT) + "@pnc.example.gt";
    HttpResponse<String> registered = staffPost("api/v1/authorities", "admin", """
        {"consulate":"GUA","name":"Policía Nacional Civil %s","country":"GT","kind":"POLICE",
         "contactEmails":["%s"],"allowedTypes":["DETAINED"]}""".formatted(surname, address.toUpperCase(java.util.Locale.ROOT)));
    assertEquals(201, registered.statusCode(), registered.body());
    String dob = "1987-03-0" + (1 + ThreadLocalRandom.current().nextInt(9));
    String laxFolio = fileReport("es", "Mateo", surname, dob);
    String guaFolio = fileReportAt("GUA", "Rosa", DistinctPersons.surname(), dob);

    deliver("Message-ID: <" + java.util.UUID.randomUUID() + "@pnc.example.gt>\r\nFrom: PNC <" + address + ">\r\nTo: " + MAILBOX
        + "\r\nSubject: Persona detenida\r\nDate: Sun, 29 Nov 2026 08:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + "Detuvimos a Rosa, mexicana, en la frontera de Tecún Umán. Nacida el " + dob + ".\r\n");
    JsonObject summary = await().atMost(Duration.ofSeconds(30)).until(() -> array(staffGet("api/v1/staff/authority-notifications",
            "gua.oficial").body()).stream().map(JsonValue::asJsonObject)
        .filter(n -> n.getString("authority").endsWith(surname)).findFirst(), java.util.Optional::isPresent).orElseThrow();
    assertEquals("UNKNOWN", summary.getString("type"));
    String reference = summary.getString("reference");
    JsonObject detail = json(staffGet("api/v1/staff/authority-notifications/" + reference, "gua.oficial").body());
    assertEquals("EMAIL", detail.getString("source"));
    assertTrue(detail.getJsonObject("facts").getString("narrative").contains("Tecún Umán"), detail.toString());
    assertTrue(mail.getReceivedMessages().length == 0
        || java.util.Arrays.stream(mail.getReceivedMessages()).noneMatch(m -> recipientIs(m, address)), "no acknowledgement as to a family");

    assertEquals(409, staffPost("api/v1/staff/authority-notifications/" + reference + "/confirm", "gua.oficial",
        "{\"folio\":\"" + guaFolio + "\"}").statusCode(), "an unclassified notification is classified first");
    assertEquals(404, staffPost("api/v1/staff/authority-notifications/" + reference + "/confirm", "gua.oficial",
        "{\"folio\":\"" + laxFolio + "\",\"type\":\"DETAINED\"}").statusCode(), "a case of another consulate that is no candidate");
    HttpResponse<String> confirmed = staffPost("api/v1/staff/authority-notifications/" + reference + "/confirm", "gua.oficial",
        "{\"folio\":\"" + guaFolio + "\",\"type\":\"DETAINED\"}");
    assertEquals(200, confirmed.statusCode(), confirmed.body());
    assertEquals(List.of("RECEIVED", "CLASSIFIED", "CONFIRMED"), json(confirmed.body()).getJsonArray("history").stream()
        .map(e -> e.asJsonObject().getString("action")).toList());
    JsonObject c = json(staffGet("api/v1/cases/" + guaFolio, "gua.oficial").body());
    assertEquals(2, c.getInt("currentVersion"));
    assertEquals(Set.of("EMAIL", "SMS"), familyMessages(guaFolio).stream().map(m -> m.asJsonObject().getString("channel"))
        .collect(Collectors.toSet()));
  }

  // ---- helpers ----

  private static boolean recipientIs(jakarta.mail.internet.MimeMessage m, String address) {
    try {
      return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deliver(String raw) throws Exception {
    ItMailServer.deliver(mail, raw);
  }

  static String notification(String type, String reference, String given, String surname, String dob) {
    return """
        {"type":"%s","reference":"%s",
         "person":{"givenNames":"%s","firstSurname":"%s","secondSurname":"López","sex":"M",%s"nationality":"MX",
                   "documents":[{"type":"PASSPORT","number":"G%07d"}]},
         "eventDate":"2026-10-20","place":"Otay Mesa, San Diego County","country":"US",
         "facility":{"name":"Sharp Chula Vista Hospital","contact":"+16195550100"},
         "narrative":"Found near the border fence; carried a Mexican passport.",
         "attachments":[{"fileName":"report.pdf","contentBase64":"%s"}]}
        """.formatted(type, reference, given, surname, dob == null ? "" : "\"dateOfBirth\":\"" + dob + "\",",
        ThreadLocalRandom.current().nextInt(10_000_000),
        Base64.getEncoder().encodeToString("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
  }

  private String fileReport(String language, String given, String surname, String dob) throws Exception {
    return fileReport("LAX", language, given, surname, dob);
  }

  @Test
  void anOfficersNewCaseIsNotSwallowedByTheMatchingEngineButQueuedForReview() throws Exception {
    String given = "Rubén " + DistinctPersons.surname();
    String surname = DistinctPersons.surname();
    String dob = "1987-03-09";
    String existing = fileReport("es", given, surname, dob);
    awaitMatchable(given, surname, dob, existing);
    HttpResponse<String> accepted = notify(DEMO_KEY, notification("DETAINED", "LACME-TWIN-" + surname, given, surname, dob), "Authorization");
    String reference = json(accepted.body()).getString("reference");
    assertTrue(staffGet("api/v1/staff/authority-notifications/" + reference, "lax.oficial").body().contains(existing), "the engine proposes it");

    // the officer knows better (say, a namesake born the same day): a new case, routed as one
    HttpResponse<String> opened = staffPost("api/v1/staff/authority-notifications/" + reference + "/new-case", "lax.oficial", "{}");
    assertEquals(200, opened.statusCode(), opened.body());
    String folio = json(opened.body()).getString("folio");
    assertFalse(folio.equals(existing));
    await().atMost(Duration.ofSeconds(20)).until(() -> inbox("cnb").contains("\"folio\":\"" + folio + "\""));
    assertEquals(1, json(staffGet("api/v1/cases/" + existing, "lax.oficial").body()).getInt("currentVersion"), "the other case is untouched");
    assertTrue(staffGet("api/v1/matching/reviews", "lax.oficial").body().contains(folio), "the pair waits for a person's review");
  }

  private String fileReportAt(String consulate, String given, String surname, String dob) throws Exception {
    return fileReport(consulate, "es", given, surname, dob);
  }

  private String fileReport(String consulate, String language, String given, String surname, String dob) throws Exception {
    String body = """
        {"language":"%s","consulate":"%s",
         "reporter":{"name":"Ana Pérez","relationship":"MOTHER","email":"ana@example.org","phone":"+13105550100","country":"US"},
         "missingPersons":[{"givenNames":"%s","firstSurname":"%s","secondSurname":"López","sex":"M","dateOfBirth":"%s",
                            "nationality":"MX","lastSeen":{"state":"MX-VER","place":"Coatzacoalcos"}}],
         "circumstances":"Salió hacia el norte y no ha llamado."}
        """.formatted(language, consulate, given, surname, dob);
    HttpResponse<String> r = http.send(request("api/v1/reports", null).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r.body());
    return json(r.body()).getString("folio");
  }

  /** The report is indexed for matching after its commit: wait until the engine finds it. */
  private void awaitMatchable(String given, String surname, String dob, String folio) {
    String probe = "{\"givenNames\":\"" + given + "\",\"firstSurname\":\"" + surname + "\",\"secondSurname\":\"López\",\"dateOfBirth\":\""
        + dob + "\"}";
    await().atMost(Duration.ofSeconds(20)).until(() -> staffPost("api/v1/persons/match", "lax.oficial", probe).body().contains(folio));
  }

  /** The recipients of one version of the case (queued, delivered or acknowledged): the outbox is written with the version. */
  private Set<String> recipients(String folio, int version) throws Exception {
    return json(staffGet("api/v1/cases/" + folio, "lax.oficial").body()).getJsonArray("recipients").stream()
        .map(JsonValue::asJsonObject).filter(r -> r.getInt("version") == version).map(r -> r.getString("recipient"))
        .collect(Collectors.toSet());
  }

  private JsonArray familyMessages(String folio) throws Exception {
    return array(staffGet("api/v1/admin/family-messages?folio=" + folio, "admin").body());
  }

  private String inbox(String user) throws Exception {
    return staffGet("api/v1/inbox", user).body();
  }

  private HttpResponse<String> notify(String key, String body, String header) throws Exception {
    HttpRequest.Builder b = request("api/v1/authority-notifications?lang=en", null).header("Content-Type", "application/json");
    if (key != null) {
      b.header(header, header.equals("Authorization") ? "Bearer " + key : key);
    }
    return http.send(b.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> staffGetAsAuthority(String path, String key) throws Exception {
    HttpRequest.Builder b = request(path, null);
    if (key != null) {
      b.header("X-Api-Key", key);
    }
    return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> staffGet(String path, String user) throws Exception {
    return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> staffPost(String path, String user, String json) throws Exception {
    HttpRequest.Builder b = request(path, user);
    if (json.isEmpty()) {
      b.POST(HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
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
