package mx.gob.sre.mae.gateway.interfaces.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Who may touch one case, role pair by role pair: a case filed at Los Angeles (last seen in
 * Jalisco, so routed to CNB, CLB:MX-JAL and FGE:MX-JAL) is asked for, read, changed and listed by
 * every kind of caller. Only its own consulate's officer and supervisor see it; an officer of another
 * consulate, an agency it was not delivered to and a guessed id get exactly what a missing case gets
 * (404); a role without the function gets 403; nobody anonymous gets past 401.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessScopeApiIT {

  /** Callers in the column order of the table below. */
  static final List<String> CALLERS =
      List.of("-", "lax.oficial", "lax.supervisor", "gua.oficial", "cnb", "fge.mx-jal", "fge.mx-oax", "admin", "auditor");

  @Deployment(testable = false)
  static WebArchive gateway() {
    return GatewayDeployment.war();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void everyRoleSeesAndChangesOnlyWhatItsScopeAllows() throws Exception {
    String body = DistinctPersons.distinct(ReportApiIT.DOCUMENTED_BODY).replace("{\"language\":\"en\",", "{\"language\":\"en\",\"consulate\":\"LAX\",")
        .replace("\"place\":\"Coatzacoalcos\",\"state\":\"MX-VER\"", "\"place\":\"Guadalajara\",\"state\":\"MX-JAL\"");
    JsonObject filed = json(send("POST", "api/v1/reports", null, body).body());
    String folio = filed.getString("folio");
    long cnbDelivery = await().atMost(Duration.ofSeconds(30)).until(() -> deliveryOf(folio, "cnb"), OptionalLong::isPresent).getAsLong();
    long fgeDelivery = await().atMost(Duration.ofSeconds(30)).until(() -> deliveryOf(folio, "fge.mx-jal"), OptionalLong::isPresent).getAsLong();

    // row: method, path, body, then the expected status for each caller of CALLERS
    Object[][] table = {
        {"GET", "api/v1/cases/" + folio, null, 401, 200, 200, 404, 403, 403, 403, 403, 403},
        {"GET", "api/v1/matching/cases/" + folio + "/links", null, 401, 200, 200, 404, 403, 403, 403, 403, 403},
        {"POST", "api/v1/cases/" + folio + "/translations", "{\"field\":\"circumstances\",\"spanish\":\"Llamó desde una central de autobuses.\"}",
            401, 200, 200, 404, 403, 403, 403, 403, 403},
        {"POST", "api/v1/cases/" + folio + "/versions?reason=scope", body, 401, -1, -1, 404, 403, 403, 403, 403, 403},
        {"GET", "api/v1/inbox/" + cnbDelivery, null, 401, 403, 403, 403, 200, 404, 404, 403, 403},
        {"GET", "api/v1/inbox/" + cnbDelivery + "/document", null, 401, 403, 403, 403, 200, 404, 404, 403, 403},
        {"GET", "api/v1/inbox/" + fgeDelivery + "/pdf", null, 401, 403, 403, 403, 404, 200, 404, 403, 403},
        {"POST", "api/v1/inbox/" + fgeDelivery + "/ack", "{\"reference\":\"CI-VER-2026-77\"}", 401, 403, 403, 403, 404, -1, 404, 403, 403},
        {"GET", "api/v1/audit?folio=" + folio, null, 401, 403, 403, 403, 403, 403, 403, 403, 200},
        {"GET", "audit/index.xhtml?folio=" + folio, null, -1, 403, 403, 403, 403, 403, 403, 403, 200},
        {"GET", "api/v1/audit/verify", null, 401, 403, 403, 403, 403, 403, 403, 403, 200},
        {"GET", "api/v1/admin/outbox", null, 401, 403, 403, 403, 403, 403, 403, 200, 403},
        {"GET", "api/v1/pfif/persons", null, 401, 200, 200, 200, 403, 403, 403, 200, 403},
        {"GET", "api/v1/alerts", null, 401, 200, 200, 200, 403, 403, 403, 403, 403},
        {"GET", "api/v1/reports/" + folio + "/status?code=AAAA-BBBB-CCCC", null, 404, 404, 404, 404, 404, 404, 404, 404, 404},
    };
    List<Executable> checks = new ArrayList<>();
    for (Object[] row : table) {
      for (int i = 0; i < CALLERS.size(); i++) {
        int expected = (Integer) row[3 + i];
        if (expected < 0) {
          continue; // a change the caller may make: shown elsewhere, kept out of this table's side effects
        }
        String caller = CALLERS.get(i);
        HttpResponse<String> r = send((String) row[0], (String) row[1], caller.equals("-") ? null : caller, (String) row[2]);
        checks.add(() -> assertEquals(expected, r.statusCode(), caller + " " + row[0] + " " + row[1] + " → " + r.body()));
      }
    }
    // lists and exports: a case appears only in its own consulate's list and PFIF export
    for (String caller : List.of("lax.oficial", "lax.supervisor", "gua.oficial", "mad.oficial")) {
      boolean listed = send("GET", "api/v1/cases?limit=200", caller, null).body().contains(folio);
      checks.add(() -> assertEquals(caller.startsWith("lax."), listed, caller + " lists " + folio));
      boolean exported = send("GET", "api/v1/pfif/persons", caller, null).body().contains(folio);
      checks.add(() -> assertEquals(caller.startsWith("lax."), exported, caller + " exports " + folio));
    }
    for (String agency : List.of("cnb", "fge.mx-jal", "clb.mx-jal", "fge.mx-oax", "fgr.uidpm")) {
      boolean listed = deliveryOf(folio, agency).isPresent();
      checks.add(() -> assertEquals(!agency.equals("fge.mx-oax") && !agency.equals("fgr.uidpm"), listed, agency + " inbox lists " + folio));
    }
    // the auditor's page shows the case's events, its own reading among them
    String page = send("GET", "audit/index.xhtml?folio=" + folio, "auditor", null).body();
    checks.add(() -> assertEquals(true, page.contains("VERSION_RECORDED") && page.contains("AUDIT_READ"), page));
    assertAll(checks);
  }

  private OptionalLong deliveryOf(String folio, String agency) throws Exception {
    return json("{\"a\":" + send("GET", "api/v1/inbox?limit=200", agency, null).body() + "}").getJsonArray("a").stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("folio").equals(folio))
        .mapToLong(i -> i.getJsonNumber("deliveryId").longValue())
        .findFirst();
  }

  private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/" + path))
        .timeout(Duration.ofSeconds(30)).header("Accept-Language", "en");
    if (user != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    if (body != null) {
      b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
