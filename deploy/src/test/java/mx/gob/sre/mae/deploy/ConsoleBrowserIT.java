package mx.gob.sre.mae.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** A consular officer signs in, registers a walk-in report and prints the bilingual receipt. */
class ConsoleBrowserIT {

  static RunningBundle bundle;
  ChromeDriver browser;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startBundle() throws Exception {
    // FGR:FEIDDF is configured as an unreachable webhook with one attempt, so its deliveries park at once
    bundle = RunningBundle.onEmbeddedDefault("browser-console", java.util.Map.of(
        "MAE_DELIVERY_FGR_FEIDDF", "webhook",
        "MAE_DELIVERY_FGR_FEIDDF_URL", "http://localhost:9/nobody-listens",
        "MAE_DELIVERY_FGR_FEIDDF_SECRET", "browser-it-secret-000",
        "MAE_DELIVERY_MAX_ATTEMPTS", "1")).start();
  }

  @AfterAll
  static void stopBundle() throws Exception {
    bundle.close();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void officerRegistersAWalkInAndPrintsABilingualReceiptWithAWorkingCode() throws Exception {
    browser = Browser.start("es-MX");
    signIn("lax.oficial", "demo");
    browser.findElement(By.id("newWalkIn")).click();
    new Select(Browser.waitFor(browser, By.id("reporterLanguage"))).selectByValue("fr");
    browser.findElement(By.id("givenNames")).sendKeys("Jean-Baptiste");
    browser.findElement(By.id("firstSurname")).sendKeys("Pierre");
    new Select(browser.findElement(By.id("nationality"))).selectByValue("HT");
    browser.findElement(By.id("inMigration")).click();
    new Select(browser.findElement(By.id("lastSeenState"))).selectByValue("MX-CHP");
    browser.findElement(By.id("circumstances")).sendKeys("Il a quitté Tapachula le 3 octobre.");
    browser.findElement(By.id("reporterName")).sendKeys("Marie Pierre");
    new Select(browser.findElement(By.id("reporterRelationship"))).selectByValue("SISTER");
    browser.findElement(By.id("reporterAddress")).sendKeys("12 rue Capois, Port-au-Prince");
    browser.findElement(By.id("submit")).click();

    assertEquals(Messages.text(Language.ES, "console.walkIn.saved"), Browser.waitFor(browser, By.id("saved")).getText());
    String folio = browser.findElement(By.id("caseFolio")).getText();
    assertTrue(folio.matches("MAE-\\d{4}-\\d{6,}"), folio);

    String text = pdfText(submitReceiptForm("printReceipt"));
    assertTrue(text.contains(folio), text);
    assertTrue(text.contains(Messages.text(Language.ES, "receipt.title")), text);
    assertTrue(text.contains(Messages.text(Language.FR, "receipt.title")), text);
    assertTrue(text.contains("Jean-Baptiste Pierre"), text);
    Matcher code = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}").matcher(text);
    assertTrue(code.find(), "the receipt shows the access code: " + text);
    assertEquals(200, publicStatus(folio, code.group()), "the printed code opens the public status");

    String reissued = pdfText(submitReceiptForm("reissueReceipt"));
    Matcher newCode = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}").matcher(reissued);
    assertTrue(newCode.find());
    assertEquals(200, publicStatus(folio, newCode.group()));
    assertEquals(404, publicStatus(folio, code.group()), "a reissued code replaces the old one");

    browser.get(bundle.url("/console/index.xhtml"));
    assertTrue(Browser.waitFor(browser, By.id("cases")).getText().contains(folio));
  }

  @Test
  void anOfficerCorrectsACaseIntoANewVersionSentAsAnUpdate() throws Exception {
    String folio = fileThroughApi("LAX");
    browser = Browser.start("es-MX");
    signIn("lax.oficial", "demo");
    browser.get(bundle.url("/console/correct.xhtml?folio=" + folio));
    var given = Browser.waitFor(browser, By.id("givenNames"));
    assertEquals("José Luis", given.getAttribute("value"), "the form shows the current version");
    given.clear();
    given.sendKeys("José Luis Alberto");
    browser.findElement(By.id("reason")).sendKeys("nombre completo según acta");
    browser.findElement(By.id("saveCorrection")).click();
    assertTrue(Browser.waitForText(browser, By.id("history"), "nombre completo según acta"));
    assertTrue(browser.findElement(By.cssSelector(".personName")).getText().startsWith("José Luis Alberto"));
    assertTrue(browser.findElement(By.id("recipients")).getText().contains("v2"), "version 2 is routed to the recipients");
  }

  @Test
  void theConsoleAsksForSignInAndRefusesWrongPasswords() throws Exception {
    browser = Browser.start("en-US");
    browser.get(bundle.url("/console/index.xhtml?lang=en"));
    assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
    Browser.waitFor(browser, By.id("username")).sendKeys("lax.oficial");
    browser.findElement(By.id("password")).sendKeys("not-the-password");
    browser.findElement(By.id("signIn")).click();
    assertTrue(Browser.waitForText(browser, By.id("loginErrors"), Messages.text(Language.EN, "console.login.failed")));
  }

  @Test
  void anOfficerCannotOpenAnotherConsulatesCaseByItsFolio() throws Exception {
    String lax = fileThroughApi("LAX");
    browser = Browser.start("es-MX");
    signIn("gua.oficial", "demo");
    browser.get(bundle.url("/console/case.xhtml?folio=" + lax));
    assertTrue(Browser.waitFor(browser, By.cssSelector("p.errors")).getText().contains(Messages.text(Language.ES, "error.notFound")));
    assertTrue(!browser.getPageSource().contains("José Luis"));
  }

  @Test
  void anAgencyAcknowledgesInItsInboxAndTheConsulateSeesTheReference() throws Exception {
    String folio = fileThroughApi("LAX");
    browser = Browser.start("es-MX");
    browser.get(bundle.url("/login.xhtml"));
    Browser.waitFor(browser, By.id("username")).sendKeys("cnb");
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.id("signIn")).click();
    WebElement delivery = Browser.waitFor(browser, By.xpath("//section[contains(@class,'delivery')][.//span[text()='" + folio + "']]"));
    delivery.findElement(By.className("ackInput")).sendKeys("RNPDNO-2026-0042");
    delivery.findElement(By.className("ackButton")).click();
    assertTrue(Browser.waitForText(browser, By.id("inboxMessages"), Messages.text(Language.ES, "agency.ack.done")));
    assertTrue(browser.getPageSource().contains("RNPDNO-2026-0042"));
    browser.findElement(By.id("logout")).click();
    Browser.waitFor(browser, By.id("immediate-search")); // signed out, back on the public page

    signIn("lax.oficial", "demo");
    browser.get(bundle.url("/console/case.xhtml?folio=" + folio));
    String recipients = Browser.waitFor(browser, By.id("recipients")).getText();
    assertTrue(recipients.contains("CNB") && recipients.contains("RNPDNO-2026-0042"), recipients);
    assertTrue(recipients.contains(Messages.text(Language.ES, "console.recipients.acknowledged")), recipients);
  }

  @Test
  void anAdministratorSeesAParkedDeliveryAndReplaysIt() throws Exception {
    String folio = fileThroughApi("LAX", "\"publicOfficialInvolvementSuspected\":true");
    String key = folio + ":FGR:FEIDDF:v1";
    browser = Browser.start("en-US");
    browser.get(bundle.url("/login.xhtml?lang=en"));
    Browser.waitFor(browser, By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.id("signIn")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/admin/outbox"));
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
      browser.navigate().refresh();
      return browser.getPageSource().contains(key);
    });
    WebElement row = Browser.waitFor(browser, By.xpath("//tr[.//span[text()='" + key + "']]"));
    assertTrue(row.findElement(By.className("parkedError")).getText().length() > 0);
    row.findElement(By.className("replayButton")).click();
    assertTrue(Browser.waitForText(browser, By.id("adminMessages"), key));
  }

  private void signIn(String user, String password) {
    browser.get(bundle.url("/console/index.xhtml"));
    Browser.waitFor(browser, By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("signIn")).click();
    Browser.waitFor(browser, By.id("officer"));
  }

  /** Posts the receipt form of the case page as the browser would, with its session and view state. */
  private byte[] submitReceiptForm(String button) throws Exception {
    List<String> fields = new ArrayList<>();
    for (WebElement input : browser.findElements(By.cssSelector("form#receipt input[type=hidden]"))) {
      fields.add(enc(input.getAttribute("name")) + "=" + enc(input.getAttribute("value")));
    }
    WebElement submit = browser.findElement(By.id(button));
    fields.add(enc(submit.getAttribute("name")) + "=" + enc(submit.getAttribute("value")));
    String cookie = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
    String action = browser.findElement(By.id("receipt")).getAttribute("action");
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(action)).header("Cookie", cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElseThrow());
    return r.body();
  }

  private int publicStatus(String folio, String code) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(bundle.url("/api/v1/reports/" + folio + "/status?code=" + code))).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private String fileThroughApi(String consulate) throws Exception {
    return fileThroughApi(consulate, "\"publicOfficialInvolvementSuspected\":false");
  }

  private String fileThroughApi(String consulate, String involvement) throws Exception {
    String body = BundleRestartIT.distinct(BundleRestartIT.BODY).replace("\"consulate\":\"LAX\"", "\"consulate\":\"" + consulate + "\"")
        .replace("\"publicOfficialInvolvementSuspected\":false", involvement);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(bundle.url("/api/v1/reports")))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r.body());
    return BundleRestartIT.field(r.body(), "folio");
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }
}
