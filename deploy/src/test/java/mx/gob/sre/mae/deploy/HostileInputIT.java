package mx.gob.sre.mae.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input corpus of issue #9, run against the real bundle: families of malformed, mistyped,
 * oversized, deeply nested and badly encoded bodies, XSS and SQL payloads in every text field, forged
 * uploads, bad Twilio signatures, malformed multipart, absurd headers and odd paths. Every answer
 * must be below 500 and, when it refuses, say why: problem+json for the API, a page for pages. Each
 * family is a method that builds its probes from a few payload lists, so the corpus grows by adding
 * a payload or a family; the counts per family are printed.
 */
class HostileInputIT {

  static final int MINIMUM_CORPUS = 200;

  private static RunningBundle bundle;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  /** One hostile request: a family, a name to report it by, and how to send it. */
  record Probe(String family, String name, HttpRequest request, byte[] raw, String path) {
    static Probe http(String family, String name, HttpRequest request) {
      return new Probe(family, name, request, null, request.uri().getRawPath());
    }

    static Probe raw(String family, String name, byte[] bytes) {
      return new Probe(family, name, null, bytes, null);
    }
  }

  /** A family of probes: one kind of hostility, from a list of payloads. */
  @FunctionalInterface
  interface Family {
    List<Probe> probes() throws Exception;
  }

  /** What came back. */
  record Answer(int status, String contentType, String body) {}

  @BeforeAll
  static void startBundle() throws Exception {
    // rate limits off: the corpus is about what each input does, not about how many there are
    bundle = RunningBundle.onEmbeddedDefault("hostile", Map.of(
        "MAE_RATE_LIMIT_REPORTS_PER_HOUR", "0", "MAE_RATE_LIMIT_STATUS_PER_MINUTE", "0", "MAE_RATE_LIMIT_WEBHOOKS_PER_MINUTE", "0",
        "MAE_RATE_LIMIT_VISA_PER_MINUTE", "0", "MAE_RATE_LIMIT_AUTHORITY_PER_MINUTE", "0")).start();
  }

  @AfterAll
  static void stopBundle() throws Exception {
    if (bundle != null) {
      bundle.stop();
    }
  }

  @Test
  void noHostileInputGetsAServerErrorAndEveryRefusalSaysWhy() throws Exception {
    List<Family> families = List.of(this::malformedJson, this::wrongTypes, this::hugeFields, this::deepNesting, this::badUnicode,
        this::injectionInEveryTextField, this::forgedUploads, this::malformedMultipart, this::badTwilioSignatures, this::absurdHeaders,
        this::oddPaths, this::rawProtocol, this::staffEndpoints);
    List<Probe> corpus = new ArrayList<>();
    for (Family family : families) {
      corpus.addAll(family.probes());
    }

    Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    List<String> byServer = new ArrayList<>();
    for (Probe p : corpus) {
      Answer a;
      try {
        a = p.raw() != null ? sendRaw(p.raw()) : send(p.request());
      } catch (java.io.IOException e) {
        // the server closed the connection on a request it would not read: no answer, but no server error either
        a = new Answer(0, "", e.toString());
      }
      statuses.computeIfAbsent(p.family(), f -> new TreeMap<>()).merge(a.status(), 1, Integer::sum);
      if (p.family().equals("forged uploads")) {
        Matcher message = Pattern.compile("<li[^>]*>([^<]*)</li>").matcher(a.body());
        System.out.printf("[hostile] forged upload %-40s -> %d %s%n", p.name(), a.status(),
            a.status() == 302 ? "accepted: " + a.contentType() : message.find() ? message.group(1) : "");
      }
      if (refusedByTheHttpServer(a)) {
        byServer.add(p.family() + " / " + p.name());
      }
      String problem = judge(p, a);
      if (problem != null) {
        failures.add(p.family() + " / " + p.name() + ": " + problem);
      }
    }
    statuses.forEach((family, counts) -> System.out.printf("[hostile] %-28s %4d probes, statuses %s%n",
        family, counts.values().stream().mapToInt(Integer::intValue).sum(), counts));
    byServer.forEach(b -> System.out.println("[hostile] refused by the HTTP server before the application (bare 400): " + b));
    System.out.printf("[hostile] total %d probes, %d failures%n", corpus.size(), failures.size());
    assertTrue(corpus.size() >= MINIMUM_CORPUS, "corpus has only " + corpus.size() + " inputs");
    assertTrue(failures.isEmpty(), failures.size() + " failure(s):\n" + String.join("\n", failures));
  }

  /**
   * Null when the answer is acceptable; otherwise what is wrong with it. Two answers come from the
   * HTTP server itself, before any application code, and are accepted as they are: a bare 400 for a
   * request it cannot parse (undecodable URI, oversized header), and on a raw socket 501/505 for a
   * method or HTTP version that does not exist (the protocol's own answers, not failures).
   */
  static String judge(Probe p, Answer a) {
    if (p.raw() != null && (a.status() == 501 || a.status() == 505)) {
      return null;
    }
    if (a.status() >= 500) {
      return "status " + a.status() + " " + abbreviate(a.body());
    }
    if (a.status() < 400 || p.path() == null || refusedByTheHttpServer(a)) {
      return null; // accepted (the payload is stored as text), or a protocol-level refusal
    }
    if (a.body().isBlank()) {
      return "status " + a.status() + " without a message";
    }
    if (p.path().startsWith("/api/")) {
      return a.contentType().startsWith("application/problem+json") && a.body().contains("\"detail\"")
          ? null : "status " + a.status() + " is not problem+json: " + a.contentType() + " " + abbreviate(a.body());
    }
    return a.contentType().startsWith("text/html") ? null : "status " + a.status() + " page is not HTML: " + a.contentType();
  }

  static boolean refusedByTheHttpServer(Answer a) {
    return a.status() == 400 && a.contentType().isEmpty() && a.body().isBlank();
  }

  // ---------------------------------------------------------------- families

  List<Probe> malformedJson() {
    String[] bodies = {"", " ", "{", "}", "[", "]", "null", "true", "0", "-1", "\"report\"", "[]", "[{}]", "{\"language\":}",
        "{\"language\":\"en\",}", "{'language':'en'}", "{language:\"en\"}", "{\"language\":\"en\"", "{\"language\":\"en\"}}",
        "{\"a\":1}{\"b\":2}", "{\"missingPersons\":[{\"givenNames\":\"Ana\"]}", "{\"x\":NaN}", "{\"x\":Infinity}", "{\"x\":1e999999}",
        "{\"x\":-0.0e-99999}", "{\"x\":\"unterminated}", "{/* comment */}", "\uFEFF{\"language\":\"en\"}", "{\"x\":\"\\q\"}",
        "{\"x\":\"\\u12\"}", "{\"\":\"\"}", "{\"x\":01}", "{\"x\":.5}", "{\"x\":+1}", "{\"x\":tru}", "\u0000", "<xml/>", "a=b&c=d"};
    List<Probe> probes = new ArrayList<>();
    for (String body : bodies) {
      probes.add(Probe.http("malformed JSON", abbreviate(body), postJson(body)));
    }
    return probes;
  }

  List<Probe> wrongTypes() {
    String[] paths = {"language", "consulate", "reporter", "reporter.name", "reporter.relationship", "reporter.email", "reporter.phone",
        "reporter.address", "reporter.country", "reporter.anonymous", "missingPersons", "missingPersons.0", "missingPersons.0.givenNames",
        "missingPersons.0.firstSurname", "missingPersons.0.sex", "missingPersons.0.dateOfBirth", "missingPersons.0.nationality",
        "missingPersons.0.lastSeen", "missingPersons.0.lastSeen.date", "missingPersons.0.lastSeen.state", "missingPersons.0.approximateAge",
        "missingPersons.0.heightCm", "missingPersons.0.inMigration", "circumstances", "publicOfficialInvolvementSuspected", "witnesses"};
    Object[] wrongs = {12345, true, List.of(1, 2), Map.of("x", 1), "¿?", -99999999999L};
    List<Probe> probes = new ArrayList<>();
    for (String path : paths) {
      for (Object wrong : wrongs) {
        probes.add(Probe.http("wrong types", path + "=" + Json.write(wrong), postJson(Json.write(Json.with(path, wrong)))));
      }
    }
    return probes;
  }

  List<Probe> hugeFields() {
    List<Probe> probes = new ArrayList<>();
    String big = "x".repeat(200_000);
    for (String path : TEXT_FIELDS) {
      probes.add(Probe.http("huge fields", path + " 200k chars", postJson(Json.write(Json.with(path, big)))));
    }
    probes.add(Probe.http("huge fields", "body 600 KiB", postJson(Json.write(Json.with("circumstances", "y".repeat(600_000))))));
    List<Object> many = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      many.add(Map.of("givenNames", "N" + i));
    }
    probes.add(Probe.http("huge fields", "20,000 missing persons", postJson(Json.write(Json.with("missingPersons", many)))));
    probes.add(Probe.http("huge fields", "8 MiB chunked body", request("/api/v1/reports").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new RepeatingStream("[1,".getBytes(StandardCharsets.US_ASCII), 8 << 20)))
        .build()));
    probes.add(Probe.http("huge fields", "status code 100k chars", get("/api/v1/reports/MAE-2026-000001/status?code=" + "A".repeat(100_000))));
    return probes;
  }

  List<Probe> deepNesting() {
    List<Probe> probes = new ArrayList<>();
    for (int depth : new int[] {64, 1_000, 10_000, 100_000}) {
      String arrays = "[".repeat(depth) + "]".repeat(depth);
      String objects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
      probes.add(Probe.http("deep nesting", "top-level arrays " + depth, postJson(arrays)));
      probes.add(Probe.http("deep nesting", "top-level objects " + depth, postJson(objects)));
      probes.add(Probe.http("deep nesting", "circumstances arrays " + depth, postJson(Json.write(Json.base()).replaceFirst(
          "\"circumstances\":\"[^\"]*\"", Matcher.quoteReplacement("\"circumstances\":" + arrays)))));
      probes.add(Probe.http("deep nesting", "reporter objects " + depth, postJson(Json.write(Json.base()).replaceFirst(
          "\"reporter\":\\{[^}]*\\}", Matcher.quoteReplacement("\"reporter\":" + objects)))));
    }
    return probes;
  }

  List<Probe> badUnicode() {
    byte[][] sequences = {{(byte) 0xC3, 0x28}, {(byte) 0xA0, (byte) 0xA1}, {(byte) 0xE2, 0x28, (byte) 0xA1}, {(byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC},
        {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF}, {0x00},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE0, (byte) 0x80}};
    List<Probe> probes = new ArrayList<>();
    String marker = "@@BYTES@@";
    String template = Json.write(Json.with("missingPersons.0.givenNames", marker));
    for (byte[] bad : sequences) {
      probes.add(Probe.http("bad unicode", "bytes " + java.util.HexFormat.of().formatHex(bad), postBytes(splice(template, marker, bad), "application/json")));
    }
    for (String escape : new String[] {"\\uD800", "\\uDFFF\\uD800", "\\u0000", "\\u202E\\u0645", "\\uFFFF", "\\uFEFF"}) {
      probes.add(Probe.http("bad unicode", "escape " + escape, postJson(template.replace(marker, escape))));
    }
    String valid = Json.write(Json.base());
    probes.add(Probe.http("bad unicode", "UTF-16 body declared UTF-8", postBytes(valid.getBytes(StandardCharsets.UTF_16), "application/json")));
    probes.add(Probe.http("bad unicode", "Latin-1 body declared UTF-8", postBytes(valid.getBytes(StandardCharsets.ISO_8859_1), "application/json")));
    probes.add(Probe.http("bad unicode", "unknown charset", postBytes(valid.getBytes(StandardCharsets.UTF_8), "application/json; charset=x-klingon")));
    probes.add(Probe.http("bad unicode", "bad bytes in status folio", get("/api/v1/reports/%C3%28%FF/status?code=%ED%A0%80")));
    return probes;
  }

  static final String[] TEXT_FIELDS = {"missingPersons.0.givenNames", "missingPersons.0.firstSurname", "missingPersons.0.description",
      "missingPersons.0.lastSeen.place", "circumstances", "reporter.name", "reporter.address", "witnesses"};

  static final String[] INJECTIONS = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
      "<svg/onload=alert(1)>", "{{7*7}}${7*7}#{7*7}", "</textarea><script>alert(1)</script>", "'; DROP TABLE case_file; --",
      "' OR '1'='1", "1; SELECT pg_sleep(5); --", "\\'; UPDATE app_user SET role='administrator'; --", "%' UNION SELECT password_hash FROM app_user --"};

  List<Probe> injectionInEveryTextField() {
    List<Probe> probes = new ArrayList<>();
    for (String field : TEXT_FIELDS) {
      for (String payload : INJECTIONS) {
        Object value = field.equals("witnesses") ? List.of(Map.of("name", payload, "details", payload)) : payload;
        probes.add(Probe.http("XSS and SQL in text fields", field + " " + payload, postJson(Json.write(Json.with(field, value)))));
      }
    }
    for (String payload : INJECTIONS) {
      String e = java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8);
      probes.add(Probe.http("XSS and SQL in look-ups", "status " + payload, get("/api/v1/reports/" + e + "/status?code=" + e + "&lang=" + e)));
      probes.add(Probe.http("XSS and SQL in look-ups", "page lang " + payload, get("/status?lang=" + e)));
    }
    return probes;
  }

  List<Probe> forgedUploads() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    byte[] exe = new byte[2048];
    exe[0] = 'M';
    exe[1] = 'Z';
    files.put("photo.jpg", exe);
    files.put("statement.pdf", "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF".getBytes(StandardCharsets.US_ASCII));
    files.put("picture.png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));
    files.put("face.jpg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.US_ASCII));
    files.put("gif.jpg", "GIF89a/*<script>alert(1)</script>*/".getBytes(StandardCharsets.US_ASCII));
    files.put("archive.pdf", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
    files.put("empty.jpg", new byte[0]);
    files.put("truncated.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});
    files.put("../../../etc/passwd.jpg", exe);
    files.put("name\r\nX-Injected: yes.pdf", exe);
    files.put("n".repeat(4000) + ".png", exe);
    files.put("oversized.pdf", oversizedPdf());
    List<Probe> probes = new ArrayList<>();
    FormPage form = FormPage.load(http, bundle.url("/?lang=en"));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Multipart m = form.filled().file("attachment", f.getKey(), "image/jpeg", f.getValue());
      probes.add(Probe.http("forged uploads", abbreviate(f.getKey()) + " (" + f.getValue().length + " bytes)", m.post(form.action())));
    }
    return probes;
  }

  List<Probe> malformedMultipart() throws Exception {
    FormPage form = FormPage.load(http, bundle.url("/?lang=en"));
    String action = form.action();
    List<Probe> probes = new ArrayList<>();
    String good = new String(form.filled().body(), StandardCharsets.ISO_8859_1);
    Map<String, Map.Entry<String, String>> cases = new LinkedHashMap<>();
    cases.put("no boundary", Map.entry("multipart/form-data", good));
    cases.put("wrong boundary", Map.entry("multipart/form-data; boundary=nope", good));
    cases.put("truncated", Map.entry(form.filled().contentType(), good.substring(0, good.length() / 2)));
    cases.put("no closing boundary", Map.entry(form.filled().contentType(), good.substring(0, good.lastIndexOf("--" + Multipart.BOUNDARY))));
    cases.put("part without disposition", Map.entry(form.filled().contentType(),
        "--" + Multipart.BOUNDARY + "\r\nContent-Type: text/plain\r\n\r\nhello\r\n--" + Multipart.BOUNDARY + "--\r\n"));
    cases.put("100 KiB part header", Map.entry(form.filled().contentType(),
        "--" + Multipart.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + "h".repeat(100_000) + "\"\r\n\r\nx\r\n--" + Multipart.BOUNDARY + "--\r\n"));
    StringBuilder manyParts = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      manyParts.append("--").append(Multipart.BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"p").append(i).append("\"\r\n\r\nv\r\n");
    }
    cases.put("5,000 parts", Map.entry(form.filled().contentType(), manyParts + "--" + Multipart.BOUNDARY + "--\r\n"));
    cases.put("empty body", Map.entry(form.filled().contentType(), ""));
    cases.put("garbage", Map.entry(form.filled().contentType(), "\u0000\u0001\u0002garbage"));
    cases.put("multipart/mixed", Map.entry("multipart/mixed; boundary=" + Multipart.BOUNDARY, good));
    for (Map.Entry<String, Map.Entry<String, String>> c : cases.entrySet()) {
      byte[] body = c.getValue().getValue().getBytes(StandardCharsets.ISO_8859_1);
      probes.add(Probe.http("malformed multipart", "form: " + c.getKey(), request(action).header("Content-Type", c.getValue().getKey())
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build()));
    }
    probes.add(Probe.http("malformed multipart", "api: multipart report", postBytes(good.getBytes(StandardCharsets.ISO_8859_1), form.filled().contentType())));
    probes.add(Probe.http("malformed multipart", "status page: truncated multipart", request("/status").header("Content-Type", form.filled().contentType())
        .POST(HttpRequest.BodyPublishers.ofByteArray(good.substring(0, 100).getBytes(StandardCharsets.ISO_8859_1))).build()));
    return probes;
  }

  List<Probe> badTwilioSignatures() {
    String[] endpoints = {"messages", "voice", "voice/language", "voice/recorded", "voice/callback", "voice/recording-status", "status"};
    Map<String, String> signatures = new LinkedHashMap<>();
    signatures.put("none", null);
    signatures.put("empty", "");
    signatures.put("short", "abc");
    signatures.put("random", Base64.getEncoder().encodeToString("not-a-real-hmac-sha1".getBytes(StandardCharsets.UTF_8)));
    signatures.put("10 KiB", "A".repeat(10_240));
    String form = "From=%2B13105550123&To=%2B15005550006&Body=%3Cscript%3Ealert(1)%3C%2Fscript%3E&MessageSid=SM0&CallSid=CA0&AccountSid=AC0";
    List<Probe> probes = new ArrayList<>();
    for (String endpoint : endpoints) {
      for (Map.Entry<String, String> s : signatures.entrySet()) {
        HttpRequest.Builder b = request("/api/twilio/" + endpoint).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
        if (s.getValue() != null) {
          b.header("X-Twilio-Signature", s.getValue());
        }
        probes.add(Probe.http("bad Twilio signatures", endpoint + " " + s.getKey(), b.build()));
      }
    }
    probes.add(Probe.http("bad Twilio signatures", "messages: JSON instead of a form", request("/api/twilio/messages")
        .header("Content-Type", "application/json").header("X-Twilio-Signature", "x").POST(HttpRequest.BodyPublishers.ofString("{}")).build()));
    return probes;
  }

  List<Probe> absurdHeaders() {
    List<Probe> probes = new ArrayList<>();
    String body = Json.write(Json.base());
    String[] languages = {"", "*", "xx-YY", "en;q=foo", "en;q=-1,fr;q=2", "a".repeat(4_000), ",,,,;;;", "zh-Hant-TW-x-private-extension-extension",
        "\u00e9s", "es-MX, en;q=0.5, " + "fr;q=0.1, ".repeat(200)};
    for (String language : languages) {
      probes.add(Probe.http("absurd headers", "Accept-Language " + abbreviate(language), request("/status").header("Accept-Language", language).GET().build()));
      probes.add(Probe.http("absurd headers", "API Accept-Language " + abbreviate(language), request("/api/v1/reports").header("Content-Type", "application/json")
          .header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofString("{")).build()));
    }
    String[] types = {"text/plain", "application/xml", "application/json; charset=EBCDIC-XYZ", "application/json;;;", "*/*", "application/x-www-form-urlencoded",
        "image/jpeg", "application/json; boundary=" + "b".repeat(3_000)};
    for (String type : types) {
      probes.add(Probe.http("absurd headers", "Content-Type " + abbreviate(type), postBytes(body.getBytes(StandardCharsets.UTF_8), type)));
    }
    String[] authorizations = {"Basic", "Basic !!!", "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes(StandardCharsets.UTF_8)),
        "Basic " + Base64.getEncoder().encodeToString(":".getBytes(StandardCharsets.UTF_8)), "Basic " + Base64.getEncoder().encodeToString(
            ("admin:" + "x".repeat(5_000)).getBytes(StandardCharsets.UTF_8)), "Bearer eyJhbGciOiJub25lIn0.e30.", "Digest username=\"admin\"", "basic YWRtaW46ZGVtbw== extra"};
    for (String authorization : authorizations) {
      probes.add(Probe.http("absurd headers", "Authorization " + abbreviate(authorization), request("/api/v1/cases").header("Authorization", authorization).GET().build()));
    }
    String[] accepts = {"image/png", "application/xml", "text/html;q=0", "*/*;q=abc"};
    for (String accept : accepts) {
      probes.add(Probe.http("absurd headers", "Accept " + accept, request("/api/v1/reports/MAE-2026-000001/status?code=AAAA-BBBB-CCCC").header("Accept", accept).GET().build()));
    }
    String[] forwarded = {"", "not-an-ip", "1.2.3.4, , ,", "999.999.999.999", "::::::", "x".repeat(8_000)};
    for (String f : forwarded) {
      probes.add(Probe.http("absurd headers", "X-Forwarded-For " + abbreviate(f), request("/status").header("X-Forwarded-For", f).GET().build()));
    }
    String[] cookies = {"JSESSIONID=garbage", "JSESSIONID=" + "a".repeat(4_000), "JSESSIONID=\"unterminated", "=;=;="};
    for (String cookie : cookies) {
      probes.add(Probe.http("absurd headers", "Cookie " + abbreviate(cookie), request("/console/index.xhtml").header("Cookie", cookie).GET().build()));
    }
    return probes;
  }

  List<Probe> oddPaths() {
    String[] paths = {"/api/v1/cases/..%2F..%2Fetc%2Fpasswd", "/api/v1/reports/%2e%2e/%2e%2e/status", "/WEB-INF/web.xml", "/jakarta.faces.resource/../WEB-INF/web.xml.xhtml",
        "/jakarta.faces.resource/css/mae.css.xhtml?ln=../../WEB-INF", "/api/v1/reports/%00/status?code=%00", "/api/v1/nothing-here", "/index.xhtml?jakarta.faces.ViewState=garbage",
        "/api/v1/reports/MAE-2026-000001/status", "/status.xhtml?folio=%3Cscript%3E", "/api/v1/cases?limit=-1&offset=99999999999999999999", "/api/v1/inbox/abc",
        "/api/v1/audit/verify", "/api/v1/admin/outbox?status=%27%20OR%201%3D1", "/" + "a/".repeat(1_000), "/console/case.xhtml?folio=%27%20OR%201%3D1"};
    List<Probe> probes = new ArrayList<>();
    for (String path : paths) {
      probes.add(Probe.http("odd paths", abbreviate(path), get(path)));
    }
    probes.add(Probe.http("odd paths", "PUT on reports", request("/api/v1/reports").method("PUT", HttpRequest.BodyPublishers.ofString("{}")).build()));
    probes.add(Probe.http("odd paths", "DELETE a case", request("/api/v1/cases/MAE-2026-000001").DELETE().build()));
    probes.add(Probe.http("odd paths", "GET the form with a forged ViewState POST", request("/status").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("lookup=lookup&folio=MAE-2026-000001&accessCode=x&jakarta.faces.ViewState=" + "A".repeat(500))).build()));
    return probes;
  }

  /**
   * The signed-in side: hostile bodies and ids sent by real accounts to the PFIF import, support
   * requests, inbox acknowledgements, corrections, attachment downloads and person matching.
   */
  List<Probe> staffEndpoints() {
    List<Probe> probes = new ArrayList<>();
    String family = "signed-in endpoints";
    String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">]>"
        + "<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\">&lol2;</pfif:pfif>";
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\">"
        + "<pfif:person><pfif:full_name>&xxe;</pfif:full_name></pfif:person></pfif:pfif>";
    String[] xml = {"", "<", "not xml at all", "<pfif/>", billionLaughs, xxe,
        "<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\"><pfif:person><pfif:person_record_id>x</pfif:person_record_id></pfif:person></pfif:pfif>",
        "<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\">" + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</pfif:pfif>",
        "<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\"><pfif:person><pfif:full_name>" + "x".repeat(200_000) + "</pfif:full_name></pfif:person></pfif:pfif>",
        "{\"persons\":[]}"};
    for (String body : xml) {
      probes.add(Probe.http(family, "PFIF import " + abbreviate(body), as("admin", "/api/v1/pfif/import")
          .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build()));
    }
    probes.add(Probe.http(family, "PFIF import bad UTF-8", as("admin", "/api/v1/pfif/import").header("Content-Type", "application/xml")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'<', (byte) 0xC3, 0x28, (byte) 0xFF, '>'})).build()));
    probes.add(Probe.http(family, "PFIF export since=yesterday", as("admin", "/api/v1/pfif/persons?since=yesterday").GET().build()));
    String[] support = {"", "{", "[]", "null", "{\"folio\":12}", "{\"folio\":\"MAE-2026-999999\",\"type\":\"INTERVIEW_RELATIVE_OR_WITNESS\"}",
        "{\"folio\":\"<script>\",\"type\":\"DROP TABLE\",\"dueDate\":\"tomorrow\"}", "{\"type\":[1,2],\"dueDate\":{\"a\":1}}",
        "{\"folio\":\"MAE-2026-000001\",\"type\":\"OTHER\",\"description\":\"" + "d".repeat(100_000) + "\"}"};
    for (String body : support) {
      probes.add(Probe.http(family, "support request " + abbreviate(body), as("cnb", "/api/v1/support-requests")
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build()));
    }
    for (String path : new String[] {"/api/v1/staff/support-requests/SR-2026-000001/close", "/api/v1/staff/support-requests/%00/assign",
        "/api/v1/staff/support-requests/' OR 1=1 --/actions".replace(" ", "%20").replace("'", "%27")}) {
      probes.add(Probe.http(family, "support " + path, as("lax.oficial", path).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":true,\"summary\":[]}")).build()));
    }
    probes.add(Probe.http(family, "support result upload without name", as("lax.oficial", "/api/v1/staff/support-requests/SR-2026-000001/results")
        .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3})).build()));
    for (String body : new String[] {"", "{}", "{\"reference\":\"\"}", "{\"reference\":" + "\"r".repeat(1) + "x".repeat(5_000) + "\"}"}) {
      probes.add(Probe.http(family, "inbox ack " + abbreviate(body), as("cnb", "/api/v1/inbox/99999999/ack")
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }
    for (String path : new String[] {"/api/v1/cases/MAE-2026-000001/attachments/abc", "/api/v1/cases/MAE-2026-000001/attachments/-1",
        "/api/v1/cases/..%2F..%2Fetc/attachments/1", "/api/v1/inbox/1/attachments/..%2F..%2Fetc%2Fpasswd", "/api/v1/inbox/abc/attachments/x"}) {
      probes.add(Probe.http(family, "download " + path, as(path.contains("/inbox/") ? "cnb" : "lax.oficial", path).GET().build()));
    }
    for (String body : new String[] {"{}", "{\"givenNames\":[]}", "{\"givenNames\":\"Ana\",\"dateOfBirth\":\"2026-02-30\"}", "[", "{\"curp\":\"" + "Z".repeat(10_000) + "\"}"}) {
      probes.add(Probe.http(family, "person match " + abbreviate(body), as("lax.oficial", "/api/v1/persons/match")
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }
    // the foreign authorities' API: keys first, then bodies sent with the embedded default's demo key
    String demoKey = "mae_00000000000000aa.demo-los-angeles-county-medical-examiner-00";
    String[] keys = {"", "Bearer", "Bearer ", "Bearer mae_", "Bearer mae_zz.zz", "Bearer " + "k".repeat(10_000), "Basic YWRtaW46ZGVtbw==",
        "Bearer mae_00000000000000aa.wrong-secret", "Bearer mae_00000000000000aa.%C3%A9%00", "Bearer ' OR '1'='1"};
    for (String key : keys) {
      HttpRequest.Builder b = request("/api/v1/authority-notifications").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"DECEASED\"}"));
      if (!key.isEmpty()) {
        b.header("Authorization", key);
      }
      probes.add(Probe.http(family, "authority key " + abbreviate(key), b.build()));
    }
    String[] notices = {"", "{", "[]", "{\"type\":\"ABDUCTED_BY_ALIENS\"}", "{\"type\":12,\"person\":\"x\"}",
        "{\"type\":\"DECEASED\",\"reference\":\"r1\",\"person\":{\"givenNames\":[],\"dateOfBirth\":\"1990-02-30\"}}",
        "{\"type\":\"DETAINED\",\"reference\":\"r2\",\"person\":{\"givenNames\":\"Ana\",\"firstSurname\":\"Ruiz\"},"
            + "\"attachments\":[{\"fileName\":\"../../x.pdf\",\"contentBase64\":\"%%%not base64%%%\"}]}",
        "{\"type\":\"HOSPITALIZED\",\"reference\":\"" + "r".repeat(50_000) + "\",\"person\":{\"givenNames\":\"Ana\"}}",
        "{\"type\":\"LOCATED_ALIVE\",\"reference\":\"r3\",\"person\":{\"givenNames\":\"<script>alert(1)</script>\",\"firstSurname\":\"'; DROP TABLE authority; --\"}}"};
    for (String body : notices) {
      probes.add(Probe.http(family, "authority notification " + abbreviate(body), request("/api/v1/authority-notifications")
          .header("Authorization", "Bearer " + demoKey).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build()));
    }
    probes.add(Probe.http(family, "authority notification status of another", request("/api/v1/authority-notifications/..%2F..%2Fadmin")
        .header("Authorization", "Bearer " + demoKey).GET().build()));
    probes.add(Probe.http(family, "correction of a malformed folio", as("lax.oficial", "/api/v1/cases/%3Cscript%3E/versions?reason=x")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"language\":12}")).build()));
    return probes;
  }

  private HttpRequest.Builder as(String user, String path) {
    return request(path).header("Authorization", "Basic " + java.util.Base64.getEncoder()
        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
  }

  /** What HttpClient will not send: broken request lines and header bytes, written to a socket. */
  List<Probe> rawProtocol() {
    String host = "Host: localhost\r\nConnection: close\r\n";
    String[] requests = {"GET /%zz HTTP/1.1\r\n" + host + "\r\n", "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\n" + host + "\r\n",
        "BREW /coffee HTTP/1.1\r\n" + host + "\r\n", "GET / HTTP/9.9\r\n" + host + "\r\n", "GET / HTTP/1.1\r\n" + host + "X-Big: " + "h".repeat(64_000) + "\r\n\r\n",
        "POST /api/v1/reports HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"short\":1}",
        "POST /api/v1/reports HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nContent-Length: -5\r\n\r\n{}",
        "POST /api/v1/reports HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n{}\r\n0\r\n\r\n"};
    List<Probe> probes = new ArrayList<>();
    for (String r : requests) {
      probes.add(Probe.raw("raw protocol", abbreviate(r.replace("\r\n", " | ")), r.getBytes(StandardCharsets.ISO_8859_1)));
    }
    byte[] badHeader = ("GET /status HTTP/1.1\r\n" + host + "Accept-Language: ").getBytes(StandardCharsets.ISO_8859_1);
    byte[] tail = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(badHeader);
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC3, 0x28, 0x01});
    out.writeBytes(tail);
    probes.add(Probe.raw("raw protocol", "header with invalid bytes", out.toByteArray()));
    return probes;
  }

  // ---------------------------------------------------------------- sending

  private Answer send(HttpRequest request) throws Exception {
    HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), new String(r.body(), StandardCharsets.UTF_8));
  }

  private Answer sendRaw(byte[] bytes) throws Exception {
    URI uri = URI.create(bundle.url("/"));
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(bytes);
        out.flush();
        socket.shutdownOutput();
      } catch (java.io.IOException closedEarly) {
        // the server may refuse before reading everything; its answer is still there to read
      }
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      Matcher m = Pattern.compile("^HTTP/\\d\\.\\d (\\d{3})").matcher(response);
      return new Answer(m.find() ? Integer.parseInt(m.group(1)) : 0, "", response);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : bundle.url(path))).timeout(Duration.ofSeconds(60));
  }

  private HttpRequest get(String path) {
    return request(path).GET().build();
  }

  private HttpRequest postJson(String body) {
    return postBytes(body.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  private HttpRequest postBytes(byte[] body, String contentType) {
    return request("/api/v1/reports").header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
  }

  static byte[] splice(String template, String marker, byte[] bytes) {
    int at = template.indexOf(marker);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(template.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bytes);
    out.writeBytes(template.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static byte[] oversizedPdf() {
    byte[] pdf = new byte[11 << 20];
    byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, pdf, 0, head.length);
    return pdf;
  }

  static String abbreviate(String text) {
    String oneLine = text.replaceAll("[\\r\\n]+", " ");
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
  }

  // ---------------------------------------------------------------- helpers

  /** An input stream of {@code length} bytes repeating {@code pattern} (a body too big to hold). */
  static final class RepeatingStream extends InputStream {
    private final byte[] pattern;
    private long left;
    private int i;

    RepeatingStream(byte[] pattern, long length) {
      this.pattern = pattern;
      this.left = length;
    }

    @Override
    public int read() {
      if (left-- <= 0) {
        return -1;
      }
      return pattern[i++ % pattern.length];
    }
  }

  /** The public form as a browser sees it: its action and its hidden fields (the Faces view state). */
  record FormPage(String action, Map<String, String> hidden) {
    static FormPage load(HttpClient http, String url) throws Exception {
      String html = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
      Matcher form = Pattern.compile("<form id=\"report\"[^>]*action=\"([^\"]+)\"").matcher(html);
      assertTrue(form.find(), "the report form on " + url);
      Map<String, String> hidden = new LinkedHashMap<>();
      Matcher input = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(html);
      while (input.find()) {
        hidden.put(input.group(1), input.group(2).replace("&amp;", "&"));
      }
      return new FormPage(URI.create(url).resolve(form.group(1).replace("&amp;", "&")).toString(), hidden);
    }

    /** A minimal valid report in the form's fields, as the browser IT fills it. */
    Multipart filled() {
      Multipart m = new Multipart();
      hidden.forEach(m::field);
      m.field("report", "report").field("givenNames", "Ana").field("firstSurname", "Pérez").field("sex", "F")
          .field("lastSeenState", "MX-CHP").field("lastSeenPlace", "Tapachula").field("circumstances", "Last call from the bus station.")
          .field("consulate", "LAX").field("reporterMode", "IDENTIFIED").field("reporterName", "Rosa Pérez")
          .field("reporterRelationship", "MOTHER").field("reporterEmail", "rosa@example.org").field("submit", "Send");
      return m;
    }
  }

  /** A multipart/form-data body built by hand, so it can also be broken by hand. */
  static final class Multipart {
    static final String BOUNDARY = "----maeHostile7MA4YWxkTrZu0gW";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
      out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8));
      return this;
    }

    Multipart file(String name, String fileName, String type, byte[] content) {
      out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\nContent-Type: "
          + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(content);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      return this;
    }

    byte[] body() {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      all.writeBytes(out.toByteArray());
      all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return all.toByteArray();
    }

    String contentType() {
      return "multipart/form-data; boundary=" + BOUNDARY;
    }

    HttpRequest post(String url) {
      return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Content-Type", contentType())
          .POST(HttpRequest.BodyPublishers.ofByteArray(body())).build();
    }
  }

  /** The documented report as maps and lists, changed at a dotted path and written as JSON. */
  static final class Json {
    static Map<String, Object> base() {
      Map<String, Object> lastSeen = new LinkedHashMap<>(Map.of("date", "2026-10-02", "place", "Coatzacoalcos", "state", "MX-VER"));
      Map<String, Object> person = new LinkedHashMap<>(Map.of("givenNames", "José Luis", "firstSurname", "Hernández", "sex", "M",
          "dateOfBirth", "1998-04-12", "nationality", "MX", "lastSeen", lastSeen, "description", "1.70 m"));
      Map<String, Object> reporter = new LinkedHashMap<>(Map.of("name", "Ana Pérez", "relationship", "MOTHER", "email", "ana@example.org",
          "address", "123 Main St", "country", "US"));
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("language", "en");
      report.put("reporter", reporter);
      report.put("missingPersons", new ArrayList<>(List.of(person)));
      report.put("circumstances", "He called from a bus station.");
      report.put("publicOfficialInvolvementSuspected", false);
      return report;
    }

    /** The base report with {@code value} at {@code path} (a.b.0.c); missing maps are created. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> with(String path, Object value) {
      Map<String, Object> root = base();
      Object node = root;
      String[] keys = path.split("\\.");
      for (int i = 0; i < keys.length - 1; i++) {
        String k = keys[i];
        node = node instanceof List<?> list ? list.get(Integer.parseInt(k))
            : ((Map<String, Object>) node).computeIfAbsent(k, x -> new LinkedHashMap<String, Object>());
      }
      String last = keys[keys.length - 1];
      if (node instanceof List<?> list) {
        ((List<Object>) list).set(Integer.parseInt(last), value);
      } else {
        ((Map<String, Object>) node).put(last, value);
      }
      return root;
    }

    static String write(Object value) {
      StringBuilder sb = new StringBuilder();
      write(sb, value);
      return sb.toString();
    }

    private static void write(StringBuilder sb, Object value) {
      if (value instanceof Map<?, ?> map) {
        sb.append('{');
        String sep = "";
        for (Map.Entry<?, ?> e : map.entrySet()) {
          sb.append(sep);
          write(sb, e.getKey().toString());
          sb.append(':');
          write(sb, e.getValue());
          sep = ",";
        }
        sb.append('}');
      } else if (value instanceof List<?> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
          sb.append(i == 0 ? "" : ",");
          write(sb, list.get(i));
        }
        sb.append(']');
      } else if (value instanceof String s) {
        sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")).append('"');
      } else {
        sb.append(value);
      }
    }
  }
}
