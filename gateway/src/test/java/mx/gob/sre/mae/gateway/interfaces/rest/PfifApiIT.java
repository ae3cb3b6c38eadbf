package mx.gob.sre.mae.gateway.interfaces.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.gob.sre.mae.routes.pfif.PfifDocument;
import mx.gob.sre.mae.routes.pfif.PfifNote;
import mx.gob.sre.mae.routes.pfif.PfifPerson;
import mx.gob.sre.mae.routes.pfif.PfifReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PFIF 1.4 on Payara Micro: the shipped sample is imported and comes back in the export with the same
 * records; importing the export again changes nothing; a case filed through the API is in its
 * consulate's export without the withheld reporter; a received person the engine is sure of is added
 * to the case (once); bad documents are a 400 in the caller's language; roles are enforced.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PfifApiIT {

  @Deployment(testable = false)
  static WebArchive gateway() {
    return GatewayDeployment.war();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** The shipped sample, its repositories' domains made unique to this run (the IT database outlives a run). */
  private static String sample(String run) throws Exception {
    return Files.readString(Path.of("../deploy/samples/pfif-sample.xml"), StandardCharsets.UTF_8)
        .replace("busqueda.example.org", "busqueda-" + run + ".example.org").replace("albergues.example.net", "albergues-" + run + ".example.net");
  }

  @Test
  void theSampleComesBackInTheExportAndReimportingTheExportChangesNothing() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String xml = sample(run);
    PfifDocument sent = read(xml);

    JsonObject summary = importAs("admin", xml);
    assertEquals(3, summary.getInt("personsImported"), summary.toString());
    assertEquals(4, summary.getInt("notesImported"), summary.toString());
    assertEquals(0, summary.getInt("personsUnchanged") + summary.getInt("personsUpdated") + summary.getInt("ownRecordsSkipped"));

    HttpResponse<String> exported = get("api/v1/pfif/persons", "admin");
    assertEquals(200, exported.statusCode(), exported.body());
    assertTrue(exported.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
    PfifDocument back = read(exported.body());
    Map<String, PfifPerson> persons = back.persons().stream().collect(Collectors.toMap(PfifPerson::personRecordId, Function.identity()));
    Map<String, PfifNote> notes = back.allNotes().stream().collect(Collectors.toMap(PfifNote::noteRecordId, Function.identity(), (a, b) -> a));
    for (PfifPerson p : sent.persons()) {
      PfifPerson again = persons.get(p.personRecordId());
      assertEquals(p.withNotes(List.of()).withEntryDate(null), again.withNotes(List.of()).withEntryDate(null),
          "every field but the entry date (the exporting repository's own) comes back");
    }
    for (PfifNote n : sent.allNotes()) {
      assertEquals(n.withEntryDate(null), notes.get(n.noteRecordId()).withEntryDate(null), n.noteRecordId());
    }
    PfifPerson joaquin = persons.get("busqueda-" + run + ".example.org/person.4471");
    assertEquals("Joaquín Ávalos Peña", joaquin.fullName());
    assertEquals(List.of(PfifNote.Status.INFORMATION_SOUGHT, PfifNote.Status.BELIEVED_ALIVE),
        joaquin.notes().stream().map(PfifNote::status).toList(), "the notes come back nested in their person");
    assertEquals(PfifNote.Status.IS_NOTE_AUTHOR, notes.get("albergues-" + run + ".example.net/n-340").status());

    JsonObject again = importAs("admin", exported.body());
    assertEquals(0, again.getInt("personsImported") + again.getInt("personsUpdated"), again.toString());
    assertEquals(0, again.getInt("notesImported") + again.getInt("notesUpdated"), again.toString());
    assertTrue(again.getInt("personsUnchanged") >= 3, again.toString());
    assertEquals(back.persons().size(), again.getInt("personsUnchanged") + (int) back.persons().stream()
        .filter(p -> p.personRecordId().startsWith("mae.sre.gob.mx/")).count(), "ours are recognised and skipped");
    assertEquals(0, again.getInt("casesUpdated"));
  }

  @Test
  void aCaseIsInItsConsulatesExportWithoutTheWithheldReporterAndASureMatchIsAddedToItOnce() throws Exception {
    String surname = DistinctPersons.surname();
    String second = DistinctPersons.surname();
    String folio = file("""
        {"language":"es","consulate":"LAX",
         "reporter":{"identityWithheld":true,"name":"Remedios Reservada","relationship":"MOTHER","email":"remedios.reservada@example.org","country":"US"},
         "missingPersons":[{"givenNames":"Eustaquio","firstSurname":"%s","secondSurname":"%s","sex":"M","dateOfBirth":"1991-07-23",
                            "nationality":"MX","lastSeen":{"date":"2026-10-01","place":"Coatzacoalcos","state":"MX-VER"}}],
         "circumstances":"Relato confidencial que no sale por PFIF."}
        """.formatted(surname, second));
    String ourId = "mae.sre.gob.mx/" + folio + ".1";

    String lax = get("api/v1/pfif/persons", "lax.oficial").body();
    PfifPerson ours = read(lax).persons().stream().filter(p -> p.personRecordId().equals(ourId)).findFirst().orElseThrow(() -> new AssertionError(lax));
    assertEquals("Eustaquio " + surname + " " + second, ours.fullName());
    assertEquals(PfifNote.Status.INFORMATION_SOUGHT, ours.notes().get(0).status());
    for (String secret : List.of("Remedios Reservada", "remedios.reservada", "Relato confidencial")) {
      assertFalse(lax.contains(secret), secret + " left in the export");
    }
    assertFalse(get("api/v1/pfif/persons", "gua.oficial").body().contains(ourId), "another consulate's export has not got it");

    // another repository knows the same person; the engine must be sure of it once the case is indexed
    String feed = "feed-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
    String document = """
        <pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">
          <pfif:person>
            <pfif:person_record_id>%1$s/p-1</pfif:person_record_id><pfif:entry_date>2026-10-09T10:00:00Z</pfif:entry_date>
            <pfif:source_name>Feed de prueba</pfif:source_name><pfif:source_date>2026-10-09T09:00:00Z</pfif:source_date>
            <pfif:full_name>Eustaquio %2$s %3$s</pfif:full_name><pfif:given_name>Eustaquio</pfif:given_name>
            <pfif:family_name>%2$s %3$s</pfif:family_name><pfif:sex>male</pfif:sex><pfif:date_of_birth>1991-07-23</pfif:date_of_birth>
            <pfif:note><pfif:note_record_id>%1$s/n-1</pfif:note_record_id><pfif:author_name>Albergue de prueba</pfif:author_name>
              <pfif:source_date>2026-10-08T19:00:00Z</pfif:source_date><pfif:status>believed_alive</pfif:status>
              <pfif:last_known_location>Coatzacoalcos</pfif:last_known_location>
              <pfif:text>Durmió en el albergue la noche del 8 de octubre.</pfif:text></pfif:note>
          </pfif:person>
          <pfif:note><pfif:note_record_id>%1$s/n-2</pfif:note_record_id><pfif:person_record_id>%4$s</pfif:person_record_id>
            <pfif:author_name>Voluntaria</pfif:author_name><pfif:source_date>2026-10-09T08:00:00Z</pfif:source_date>
            <pfif:text>Nota sobre su registro: lo buscan también en Tabasco.</pfif:text></pfif:note>
        </pfif:pfif>""".formatted(feed, surname, second, ourId);
    String probe = "{\"givenNames\":\"Eustaquio\",\"firstSurname\":\"" + surname + "\",\"secondSurname\":\"" + second
        + "\",\"sex\":\"M\",\"dateOfBirth\":\"1991-07-23\"}";
    await().atMost(Duration.ofSeconds(20)).until(() -> post("api/v1/persons/match", "lax.oficial", "application/json", probe).body()
        .contains("\"folio\":\"" + folio + "\""));

    JsonObject summary = importAs("lax.supervisor", document);
    assertEquals(1, summary.getInt("matched"), summary.toString());
    assertEquals(1, summary.getInt("casesUpdated"), summary.toString());
    JsonObject match = summary.getJsonArray("matches").getJsonObject(0);
    assertEquals(folio, match.getString("folio"), "the supervisor's own consulate's case is named");
    assertEquals("AUTO_LINK", match.getString("decision"));
    JsonObject detail = json(get("api/v1/cases/" + folio, "lax.oficial").body());
    assertEquals(2, detail.getInt("currentVersion"), "the received record is a new version of the case");
    String account = detail.getJsonObject("content").getString("circumstances");
    assertTrue(account.contains("NO VERIFICADO") && account.contains(feed + "/p-1"), account);
    assertTrue(account.contains("Durmió en el albergue") && account.contains("lo buscan también en Tabasco"), account);

    JsonObject again = importAs("lax.supervisor", document);
    assertEquals(0, again.getInt("matched") + again.getInt("casesUpdated"), again.toString());
    assertEquals(1, again.getInt("personsUnchanged"));
    assertEquals(2, again.getInt("notesUnchanged"));
    assertEquals(2, json(get("api/v1/cases/" + folio, "lax.oficial").body()).getInt("currentVersion"), "a re-import adds nothing");

    PfifPerson exported = read(get("api/v1/pfif/persons", "lax.oficial").body()).persons().stream()
        .filter(p -> p.personRecordId().equals(ourId)).findFirst().orElseThrow();
    assertEquals(List.of(ourId + ".v1", feed + "/n-2"),
        exported.notes().stream().map(PfifNote::noteRecordId).toList(),
        "the received note about our person is passed on under its own id; the version it made is not echoed");
  }

  @Test
  void anUnsureMatchWaitsForAnOfficerOfTheCasesConsulateAndNotTheSameIsRemembered() throws Exception {
    String surname = DistinctPersons.surname();
    String folio = file("""
        {"language":"es","consulate":"LAX","reporter":{"anonymous":true},
         "missingPersons":[{"givenNames":"María Guadalupe","firstSurname":"%s","secondSurname":"Xolo","sex":"F","dateOfBirth":"2001-05-05",
                            "nationality":"MX","lastSeen":{"place":"Tapachula","state":"MX-CHP"}}],
         "circumstances":"Salió de Tapachula."}
        """.formatted(surname));
    // the same names without a date of birth or a place: never linked on a name alone, but worth an officer's look
    String probe = "{\"givenNames\":\"María Guadalupe\",\"firstSurname\":\"" + surname + "\",\"secondSurname\":\"Xolo\",\"sex\":\"F\"}";
    String candidates = await().atMost(Duration.ofSeconds(20)).until(() -> post("api/v1/persons/match", "lax.oficial", "application/json",
        probe).body(), body -> body.contains("\"folio\":\"" + folio + "\""));
    assertTrue(candidates.contains("\"decision\":\"REVIEW\""), candidates);
    String feed = "feed-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
    String person = """
          <pfif:person><pfif:person_record_id>%1$s/%2$s</pfif:person_record_id><pfif:entry_date>%3$s</pfif:entry_date>
            <pfif:source_date>2026-10-09T09:00:00Z</pfif:source_date><pfif:full_name>%4$s %5$s Xolo</pfif:full_name>
            <pfif:given_name>%4$s</pfif:given_name><pfif:family_name>%5$s Xolo</pfif:family_name><pfif:sex>female</pfif:sex>%6$s
          </pfif:person>""";
    String lupe = person.formatted(feed, "lupe", "2026-10-09T10:00:00Z", "María Guadalupe", surname,
        "<pfif:note><pfif:note_record_id>" + feed + "/n-lupe</pfif:note_record_id><pfif:author_name>Prima</pfif:author_name>"
            + "<pfif:source_date>2026-10-09T09:30:00Z</pfif:source_date><pfif:text>La vi en la estación de Arriaga.</pfif:text></pfif:note>");
    String guadalupe = person.formatted(feed, "ma-guadalupe", "2026-10-09T10:00:00Z", "Ma. Guadalupe", surname, "");
    JsonObject summary = importAs("admin", "<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\">" + lupe + guadalupe + "</pfif:pfif>");
    assertEquals(2, summary.getInt("toReview"), summary.toString());
    assertEquals(0, summary.getInt("matched") + summary.getInt("casesUpdated"), "an unsure match changes no case: " + summary);

    List<JsonObject> waiting = array(get("api/v1/pfif/matches", "lax.oficial").body()).stream().map(v -> v.asJsonObject())
        .filter(m -> m.getString("personRecordId").startsWith(feed)).toList();
    assertEquals(2, waiting.size(), waiting.toString());
    JsonObject lupeMatch = waiting.stream().filter(m -> m.getString("personRecordId").endsWith("/lupe")).findFirst().orElseThrow();
    JsonObject maMatch = waiting.stream().filter(m -> m.getString("personRecordId").endsWith("/ma-guadalupe")).findFirst().orElseThrow();
    assertEquals("REVIEW", lupeMatch.getString("decision"));
    assertEquals(folio, lupeMatch.getString("folio"));
    assertEquals("María Guadalupe " + surname + " Xolo", lupeMatch.getString("fullName"));
    assertFalse(get("api/v1/pfif/matches", "gua.oficial").body().contains(feed), "the case's consulate decides");
    String page = get("console/matches.xhtml?lang=es", "lax.oficial").body();
    assertTrue(page.contains("María Guadalupe " + surname + " Xolo") && page.contains(feed + "/lupe"), "the console's review page lists it: " + page);
    long lupeId = lupeMatch.getJsonNumber("id").longValue();
    assertEquals(404, post("api/v1/pfif/matches/" + lupeId + "/link", "gua.oficial", "application/json", "").statusCode());

    HttpResponse<String> linked = post("api/v1/pfif/matches/" + lupeId + "/link", "lax.oficial", "application/json", "");
    assertEquals(200, linked.statusCode(), linked.body());
    assertEquals("LINKED", json(linked.body()).getString("decision"));
    JsonObject detail = json(get("api/v1/cases/" + folio, "lax.oficial").body());
    assertEquals(2, detail.getInt("currentVersion"));
    String account = detail.getJsonObject("content").getString("circumstances");
    assertTrue(account.contains(feed + "/lupe") && account.contains("La vi en la estación de Arriaga"), account);
    assertEquals(409, post("api/v1/pfif/matches/" + lupeId + "/link", "lax.oficial", "application/json", "").statusCode());

    long maId = maMatch.getJsonNumber("id").longValue();
    assertEquals("NOT_SAME", json(post("api/v1/pfif/matches/" + maId + "/not-same", "lax.oficial", "application/json", "").body())
        .getString("decision"));
    String newer = guadalupe.replace("2026-10-09T10:00:00Z", "2026-10-10T10:00:00Z")
        .replace("</pfif:full_name>", "</pfif:full_name><pfif:description>Lleva lentes.</pfif:description>");
    JsonObject again = importAs("admin", "<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\">" + newer + "</pfif:pfif>");
    assertEquals(1, again.getInt("personsUpdated"), again.toString());
    assertEquals(0, again.getInt("toReview") + again.getInt("matched"), "not the same is remembered: " + again);
    assertEquals(2, json(get("api/v1/cases/" + folio, "lax.oficial").body()).getInt("currentVersion"));
  }

  @Test
  void badDocumentsAreRefusedInTheCallersLanguage() throws Exception {
    HttpResponse<String> malformed = post("api/v1/pfif/import", "admin", "application/xml", "<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\"><pfif:person>",
        "fr");
    assertEquals(400, malformed.statusCode(), malformed.body());
    assertTrue(malformed.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertTrue(json(malformed.body()).getString("detail").contains("XML bien formé"), malformed.body());

    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE pfif [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\"><pfif:person><pfif:person_record_id>a.org/p</pfif:person_record_id>"
        + "<pfif:source_date>2026-01-01T00:00:00Z</pfif:source_date><pfif:full_name>&x;</pfif:full_name></pfif:person></pfif:pfif>";
    HttpResponse<String> refused = post("api/v1/pfif/import", "admin", "application/xml", xxe, "es");
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(json(refused.body()).getString("detail").contains("DOCTYPE"), refused.body());
    assertFalse(refused.body().contains("root:"), "no file content in the answer");

    HttpResponse<String> missing = post("api/v1/pfif/import", "admin", "application/xml", "<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\">"
        + "<pfif:person><pfif:person_record_id>a.org/p</pfif:person_record_id><pfif:full_name>Ana</pfif:full_name></pfif:person></pfif:pfif>", "en");
    assertEquals(400, missing.statusCode());
    assertTrue(json(missing.body()).getString("detail").contains("source_date"), missing.body());

    HttpResponse<String> since = get("api/v1/pfif/persons?since=ayer&lang=pt", "admin");
    assertEquals(400, since.statusCode(), since.body());
    assertTrue(json(since.body()).getString("detail").contains("parâmetro since"), since.body());
  }

  @Test
  void onlySupervisorsAndAdministratorsImportAndAgenciesDoNotExport() throws Exception {
    String xml = sample(UUID.randomUUID().toString().substring(0, 8));
    HttpResponse<String> officer = post("api/v1/pfif/import", "lax.oficial", "application/xml", xml, "es");
    assertEquals(403, officer.statusCode(), officer.body());
    assertEquals(403, get("api/v1/pfif/persons", "cnb").statusCode());
    assertEquals(401, http.send(request("api/v1/pfif/persons", null).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    assertNull(json(officer.body()).get("personsImported"), "nothing was imported: " + officer.body());
  }

  private JsonObject importAs(String user, String xml) throws Exception {
    HttpResponse<String> r = post("api/v1/pfif/import", user, "application/xml", xml, "es");
    assertEquals(200, r.statusCode(), r.body());
    return json(r.body());
  }

  private static PfifDocument read(String xml) {
    return new PfifReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private String file(String body) throws Exception {
    HttpResponse<String> r = post("api/v1/reports", null, "application/json", body);
    assertEquals(201, r.statusCode(), r.body());
    return json(r.body()).getString("folio");
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String user, String type, String body) throws Exception {
    return post(path, user, type, body, "es");
  }

  private HttpResponse<String> post(String path, String user, String type, String body, String language) throws Exception {
    return http.send(request(path, user).header("Content-Type", type).header("Accept-Language", language)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/" + path)).timeout(Duration.ofSeconds(60));
    if (user != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return b;
  }

  private static jakarta.json.JsonArray array(String text) {
    return Json.createReader(new StringReader(text)).readArray();
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
