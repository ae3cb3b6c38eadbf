package mx.gob.sre.mae.gateway.interfaces.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Support requests from Mexican authorities to consulates (General Law art. 89) on Payara Micro: a
 * state prosecutor asks the Los Angeles consulate for a reference DNA sample on a case routed to it;
 * the supervisor assigns it, the officer records what was done, attaches the custody record and
 * closes it; the result reaches the prosecutor's inbox, is acknowledged, and the request shows the
 * receipt. Agencies the case was not routed to and other consulates get 404; an overdue request is
 * escalated to the supervisor; bad input is answered in the caller's language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportRequestApiIT {

  @Deployment(testable = false)
  static WebArchive gateway() {
    return GatewayDeployment.war();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final String REPORTER = "Reservada Quintanilla Oculta";

  /** A Mexican man last seen in Chiapas, reported at Los Angeles by a relative who asked for her identity to be withheld. */
  static String report() {
    return DistinctPersons.distinct("""
        {"language":"es","consulate":"LAX",
         "reporter":{"identityWithheld":true,"name":"%s","relationship":"MOTHER","phone":"+13235550142","country":"US"},
         "missingPersons":[{"givenNames":"Julián","firstSurname":"X","secondSurname":"Y","sex":"M","nationality":"MX",
                            "dateOfBirth":"1990-01-01","lastSeen":{"date":"2026-10-20","place":"Tuxtla Gutiérrez","state":"MX-CHP"}}],
         "circumstances":"Salió de Tuxtla rumbo a Tapachula y no volvió a llamar."}
        """.formatted(REPORTER));
  }

  static String supportRequest(String folio, String type, String dueDate, String consulate) {
    return "{\"folio\":\"" + folio + "\",\"type\":" + (type == null ? "null" : "\"" + type + "\"")
        + ",\"description\":\"Tomar muestra de referencia de ADN a la madre, que vive en Riverside, y remitir la cadena de custodia.\""
        + ",\"dueDate\":\"" + dueDate + "\"" + (consulate == null ? "" : ",\"consulate\":\"" + consulate + "\"") + "}";
  }

  static String inTenDays() {
    return LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();
  }

  @Test
  void aProsecutorsRequestReachesTheConsulateAndItsResultComesBackWithAReceipt() throws Exception {
    String folio = file();
    JsonObject created = json(send("api/v1/support-requests", "fge.mx-chp", "POST",
        supportRequest(folio, "REFERENCE_DNA_SAMPLE", inTenDays(), null), 201).body());
    String ref = created.getString("reference");
    assertTrue(ref.matches("SR-\\d{4}-\\d{6}"), ref);
    assertEquals("REQUESTED", created.getString("status"));
    assertEquals("LAX", created.getString("consulate"), "the case's consulate by default");
    assertEquals("FGE:MX-CHP", created.getString("requestingAgency"));

    // the consulate is alerted and sees it in its list
    assertTrue(alerts("lax.supervisor").stream().anyMatch(a -> a.getString("folio").equals(ref) && a.getString("kind").equals("SUPPORT_REQUESTED")));
    assertTrue(list("api/v1/staff/support-requests?limit=200", "lax.oficial").contains(ref));

    String staff = "api/v1/staff/support-requests/" + ref;
    send(staff + "/actions", "lax.oficial", "POST", "{\"description\":\"x\"}", 409);
    send(staff + "/assign", "lax.oficial", "POST", "{\"assignee\":\"lax.supervisor\"}", 403);
    send(staff + "/assign", "lax.supervisor", "POST", "{\"assignee\":\"gua.oficial\"}", 400);
    JsonObject assigned = json(send(staff + "/assign", "lax.supervisor", "POST", "{\"assignee\":\"lax.oficial\"}", 200).body());
    assertEquals("ASSIGNED", assigned.getString("status"));
    assertEquals("lax.oficial", assigned.getString("assignee"));
    JsonObject acted = json(send(staff + "/actions", "lax.oficial", "POST",
        "{\"description\":\"Muestra bucal tomada en el consulado con consentimiento informado.\"}", 200).body());
    assertEquals("IN_PROGRESS", acted.getString("status"));

    // a result file: checked by content, stored by SHA-256 with who and when
    assertEquals(400, upload(staff + "/results?fileName=notes.txt", "not a pdf".getBytes(StandardCharsets.UTF_8)).statusCode());
    HttpResponse<String> uploaded = upload(staff + "/results?fileName=cadena-custodia.pdf", PDF);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    JsonObject file = json(uploaded.body());
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
    assertEquals(sha, file.getString("sha256"));
    assertEquals("lax.oficial", file.getString("uploadedBy"));
    assertEquals(PDF.length, file.getInt("size"));

    JsonObject french = json(send(staff + "/close?lang=fr", "lax.oficial", "POST", "{\"outcome\":\"COMPLETED\"}", 400).body());
    assertEquals("fr", french.getString("language"));
    assertEquals("summary", french.getJsonArray("violations").getJsonObject(0).getString("field"));
    assertEquals("Cette information est obligatoire.", french.getJsonArray("violations").getJsonObject(0).getString("message"));
    JsonObject closed = json(send(staff + "/close", "lax.oficial", "POST",
        "{\"outcome\":\"COMPLETED\",\"summary\":\"Muestra tomada y enviada al laboratorio con su cadena de custodia.\"}", 200).body());
    assertEquals("COMPLETED", closed.getString("status"));
    send(staff + "/close", "lax.oficial", "POST", "{\"outcome\":\"UNABLE\",\"summary\":\"x\"}", 409);

    // the result travels to the prosecutor's inbox through the outbox
    JsonObject item = await().atMost(Duration.ofSeconds(15)).until(() -> inboxItem("fge.mx-chp", ref), Optional::isPresent).orElseThrow();
    assertEquals("SUPPORT_RESULT", item.getString("kind"));
    long deliveryId = item.getJsonNumber("deliveryId").longValue();
    String document = send("api/v1/inbox/" + deliveryId + "/document", "fge.mx-chp", "GET", null, 200).body();
    JsonObject result = json(document);
    assertEquals(ref, result.getString("reference"));
    assertEquals(folio, result.getString("folio"));
    assertEquals("COMPLETED", result.getString("outcome"));
    assertEquals(sha, result.getJsonArray("results").getJsonObject(0).getString("sha256"));
    assertFalse(document.contains("Quintanilla") || document.contains("+13235550142"), "no withheld reporter data: " + document);
    HttpResponse<byte[]> pdf = http.send(request("api/v1/inbox/" + deliveryId + "/pdf", "fge.mx-chp").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
    long fileId = file.getJsonNumber("id").longValue();
    HttpResponse<byte[]> content = http.send(request("api/v1/support-requests/" + ref + "/results/" + fileId, "fge.mx-chp").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, content.statusCode());
    assertArrayEquals(PDF, content.body());

    // the receipt: the agency acknowledges through the existing API and the request shows it
    send("api/v1/inbox/" + deliveryId + "/ack", "fge.mx-chp", "POST", "{\"reference\":\"FGE-CHP/CI/2026/881\"}", 200);
    JsonObject seen = json(send("api/v1/support-requests/" + ref, "fge.mx-chp", "GET", null, 200).body());
    assertEquals("COMPLETED", seen.getString("status"));
    assertEquals("FGE-CHP/CI/2026/881", seen.getJsonObject("receipt").getString("ackReference"));
    assertEquals("DELIVERED", seen.getJsonObject("receipt").getString("status"));
    List<String> steps = seen.getJsonArray("history").stream().map(v -> v.asJsonObject().getString("action")).toList();
    assertEquals(List.of("REQUESTED", "ASSIGNED", "ACTION_RECORDED", "RESULT_ATTACHED", "CLOSED_COMPLETED"), steps);
    assertEquals("consular-supervisor", seen.getJsonArray("history").getJsonObject(1).getString("role"));
    JsonObject consulateView = json(send(staff, "lax.oficial", "GET", null, 200).body());
    assertEquals("FGE-CHP/CI/2026/881", consulateView.getJsonObject("receipt").getString("ackReference"));

    List<String> audited = json("{\"l\":" + send("api/v1/audit?folio=" + folio, "auditor", "GET", null, 200).body() + "}")
        .getJsonArray("l").stream().map(v -> v.asJsonObject().getString("action")).toList();
    assertTrue(audited.containsAll(List.of("SUPPORT_REQUEST_CREATED", "SUPPORT_REQUEST_CHANGED", "SUPPORT_REQUEST_READ",
        "SUPPORT_RESULT_DOWNLOAD")), audited.toString());
  }

  @Test
  void onlyAnAgencyTheCaseWasRoutedToMayAskAndOnlyTheAddressedConsulateSeesIt() throws Exception {
    String folio = file();
    send("api/v1/support-requests", "fge.mx-ver", "POST", supportRequest(folio, "OTHER", inTenDays(), null), 404);
    String ref = json(send("api/v1/support-requests", "cnb", "POST",
        supportRequest(folio, "INTERVIEW_RELATIVE_OR_WITNESS", inTenDays(), "GUA"), 201).body()).getString("reference");
    // addressed to Guatemala, where the relative lives: Guatemala sees it, Los Angeles (the case's consulate) does not
    send("api/v1/staff/support-requests/" + ref, "gua.oficial", "GET", null, 200);
    send("api/v1/staff/support-requests/" + ref, "lax.oficial", "GET", null, 404);
    send("api/v1/staff/support-requests/" + ref + "/assign", "lax.supervisor", "POST", "{}", 404);
    assertFalse(list("api/v1/staff/support-requests?limit=200", "lax.oficial").contains(ref));
    // another agency, even one the case was routed to, does not see the request
    send("api/v1/support-requests/" + ref, "fge.mx-ver", "GET", null, 404);
    send("api/v1/support-requests/" + ref, "fge.mx-chp", "GET", null, 404);
    assertFalse(list("api/v1/support-requests?limit=200", "fge.mx-chp").contains(ref));
    assertTrue(list("api/v1/support-requests?limit=200", "cnb").contains(ref));
    send("api/v1/support-requests/" + ref, "admin", "GET", null, 200);
    // the two sides' paths are for their own roles
    send("api/v1/support-requests/" + ref, "gua.oficial", "GET", null, 403);
    send("api/v1/staff/support-requests/" + ref, "cnb", "GET", null, 403);
    send("api/v1/support-requests/" + ref, null, "GET", null, 401);
  }

  @Test
  void badInputIsRefusedInTheCallersLanguage() throws Exception {
    String folio = file();
    HttpResponse<String> noType = send("api/v1/support-requests?lang=es", "fge.mx-chp", "POST", supportRequest(folio, null, inTenDays(), null), 400);
    assertTrue(noType.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    JsonObject problem = json(noType.body());
    assertEquals("type", problem.getJsonArray("violations").getJsonObject(0).getString("field"));
    assertEquals("Este dato es obligatorio.", problem.getJsonArray("violations").getJsonObject(0).getString("message"));

    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(2).toString();
    JsonObject past = json(send("api/v1/support-requests?lang=en", "fge.mx-chp", "POST", supportRequest(folio, "OTHER", yesterday, null), 400).body());
    assertEquals("dueDate", past.getJsonArray("violations").getJsonObject(0).getString("field"));
    assertEquals("The due date must be in the future.", past.getJsonArray("violations").getJsonObject(0).getString("message"));
    JsonObject badType = json(send("api/v1/support-requests?lang=pt", "fge.mx-chp", "POST", supportRequest(folio, "SEARCH", inTenDays(), "ZZZ"), 400).body());
    assertEquals(List.of("type", "consulate"), badType.getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field")).toList());

    JsonObject unknown = json(send("api/v1/support-requests?lang=fr", "fge.mx-chp", "POST",
        supportRequest("MAE-2026-999999", "OTHER", inTenDays(), null), 404).body());
    assertEquals("La ressource demandée est introuvable.", unknown.getString("detail"));
    send("api/v1/support-requests", "fge.mx-chp", "POST", "{\"folio\":", 400);
    send("api/v1/support-requests/SR-2026-999999", "fge.mx-chp", "GET", null, 404);
    send("api/v1/support-requests/nonsense", "fge.mx-chp", "GET", null, 404);
  }

  @Test
  void anOverdueRequestIsEscalatedOnceToTheSupervisorAndTheAgencySeesIt() throws Exception {
    String folio = file();
    // due in three seconds; the IT environment checks every second
    String soon = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3).withNano(0).toString();
    String ref = json(send("api/v1/support-requests", "fge.mx-chp", "POST", supportRequest(folio, "DELIVER_NOTIFICATION", soon, null), 201).body())
        .getString("reference");
    await().atMost(Duration.ofSeconds(20)).until(() -> alerts("lax.supervisor").stream()
        .anyMatch(a -> a.getString("folio").equals(ref) && a.getString("kind").equals("SUPPORT_OVERDUE")));
    JsonObject seen = json(send("api/v1/support-requests/" + ref, "fge.mx-chp", "GET", null, 200).body());
    assertTrue(seen.getBoolean("overdue"));
    assertNotNull(seen.getString("escalatedAt"));
    assertEquals("REQUESTED", seen.getString("status"));
    assertEquals(1, seen.getJsonArray("history").stream().filter(v -> v.asJsonObject().getString("action").equals("ESCALATED")).count());
    assertTrue(alerts("gua.oficial").stream().noneMatch(a -> a.getString("folio").equals(ref)), "only the addressed consulate is alerted");
    assertEquals(1, alerts("lax.supervisor").stream().filter(a -> a.getString("folio").equals(ref) && a.getString("kind").equals("SUPPORT_OVERDUE")).count());
  }

  @Test
  void theAgencyPageSendsARequestAndTheConsolePageShowsItWithoutJavaScript() throws Exception {
    String folio = file();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    String page = browser.send(request("agency/support.xhtml?lang=fr", "fge.mx-chp").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    assertTrue(page.contains("Demandes d'appui aux consulats") || page.contains("Demandes d&#39;appui aux consulats"), page);
    java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertTrue(state.find(), "a plain HTML form with its view state");
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("supportForm", "supportForm");
    fields.put("folio", folio);
    fields.put("type", "ACCOMPANY_FAMILY");
    fields.put("description", "Acompañar a la familia a la audiencia consular.");
    fields.put("dueDate", inTenDays());
    fields.put("consulate", "");
    fields.put("submitSupport", "Envoyer la demande");
    fields.put("jakarta.faces.ViewState", state.group(1));
    HttpResponse<String> sent = browser.send(request("agency/support.xhtml?lang=fr", "fge.mx-chp")
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(formBody(fields))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, sent.statusCode());
    java.util.regex.Matcher ref = java.util.regex.Pattern.compile("Demande (SR-\\d{4}-\\d{6}) envoyée au consulat").matcher(sent.body());
    assertTrue(ref.find(), sent.body());
    assertTrue(sent.body().contains("Accompagnement de la famille"), "the list shows the type in French");

    String console = browser.send(request("console/support.xhtml?lang=es", "lax.oficial").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    assertTrue(console.contains("id=\"support-" + ref.group(1) + "\""), console);
    assertTrue(console.contains("Acompañamiento a la familia") && console.contains("Solicitada"), "labels in Spanish");
    // the officer takes it, records what was done and closes it from the page
    console = submit(browser, console, ref.group(1), "assign", "");
    assertTrue(console.contains("Cambio registrado."), console);
    console = submit(browser, console, ref.group(1), "recordAction", "Acompañamos a la familia a la audiencia.");
    console = submit(browser, console, ref.group(1), "attach", "acta-audiencia.pdf");
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
    String section = console.substring(console.indexOf("id=\"support-" + ref.group(1) + "\""));
    section = section.substring(0, section.indexOf("</section>"));
    assertTrue(section.contains("acta-audiencia.pdf") && section.contains(sha), "the uploaded file with its SHA-256 on the page: " + section);
    console = submit(browser, console, ref.group(1), "closeRequest", "Audiencia atendida con la familia.");
    JsonObject closed = json(send("api/v1/support-requests/" + ref.group(1), "fge.mx-chp", "GET", null, 200).body());
    assertEquals("COMPLETED", closed.getString("status"));
    assertEquals("lax.oficial", closed.getString("assignee"));
    assertEquals("Audiencia atendida con la familia.", closed.getString("summary"));
    String index = browser.send(request("console/index.xhtml?lang=es", "lax.oficial").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    assertTrue(index.contains("support.xhtml#support-" + ref.group(1)) && index.contains("Nueva solicitud de colaboración"), "the alert links to the request");
  }

  /** Posts the form of the request's section whose button has {@code buttonClass}, its text field (if any) filled with {@code text}. */
  private String submit(HttpClient browser, String page, String reference, String buttonClass, String text) throws Exception {
    int start = page.indexOf("id=\"support-" + reference + "\"");
    String section = page.substring(start, page.indexOf("</section>", start));
    String form = java.util.Arrays.stream(section.split("<form")).filter(f -> f.contains("class=\"" + buttonClass + "\"")).findFirst().orElseThrow();
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    String fileField = null;
    java.util.regex.Matcher tag = java.util.regex.Pattern.compile("<(input|textarea|select)([^>]*)>").matcher(form);
    while (tag.find()) {
      String name = attribute(tag.group(2), "name");
      String type = attribute(tag.group(2), "type");
      fileField = "file".equals(type) ? name : fileField;
      if (name == null || ("submit".equals(type) && !tag.group(2).contains("class=\"" + buttonClass + "\""))) {
        continue;
      }
      fields.put(name, switch (tag.group(1)) {
        case "textarea" -> text;
        case "select" -> "COMPLETED";
        default -> "text".equals(type) ? text : java.util.Objects.requireNonNullElse(attribute(tag.group(2), "value"), "");
      });
    }
    String action = attribute(form, "action").replace("&amp;", "&");
    HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base.toString()).resolve(action))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("lax.oficial:demo".getBytes(StandardCharsets.UTF_8)));
    if (fileField != null) {
      // multipart: the other fields as parts, the file field carries the PDF named by text
      String boundary = "----mae" + System.nanoTime();
      java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
      for (var e : fields.entrySet()) {
        boolean isFile = e.getKey().equals(fileField);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\""
            + (isFile ? "; filename=\"" + text + "\"\r\nContent-Type: application/pdf" : "") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(isFile ? PDF : e.getValue().getBytes(StandardCharsets.UTF_8));
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      post.header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    } else {
      post.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(formBody(fields)));
    }
    HttpResponse<String> r = browser.send(post.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  private static String formBody(java.util.Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(java.util.stream.Collectors.joining("&"));
  }

  private static String attribute(String tag, String name) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1) : null;
  }

  private String file() throws Exception {
    return json(send("api/v1/reports", null, "POST", report(), 201).body()).getString("folio");
  }

  private List<JsonObject> alerts(String user) throws Exception {
    return json("{\"l\":" + send("api/v1/alerts", user, "GET", null, 200).body() + "}").getJsonArray("l").stream()
        .map(JsonValue::asJsonObject).toList();
  }

  private List<String> list(String path, String user) throws Exception {
    JsonArray l = json("{\"l\":" + send(path, user, "GET", null, 200).body() + "}").getJsonArray("l");
    return l.stream().map(v -> v.asJsonObject().getString("reference")).toList();
  }

  private Optional<JsonObject> inboxItem(String user, String folio) throws Exception {
    return json("{\"l\":" + send("api/v1/inbox?limit=200", user, "GET", null, 200).body() + "}").getJsonArray("l").stream()
        .map(JsonValue::asJsonObject).filter(o -> o.getString("folio").equals(folio)).findFirst();
  }

  private HttpResponse<String> upload(String path, byte[] content) throws Exception {
    return http.send(request(path, "lax.oficial").header("Content-Type", "application/octet-stream")
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
