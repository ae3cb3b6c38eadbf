package mx.gob.sre.mae.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import mx.gob.sre.mae.i18n.CodeList;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** A family files a report through the public form, in English and in Spanish, and follows it. */
class PublicFormBrowserIT {

  static RunningBundle bundle;
  ChromeDriver browser;

  @BeforeAll
  static void startBundle() throws Exception {
    bundle = RunningBundle.onEmbeddedDefault("browser-public").start();
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
  void filesAReportInEnglishAndReadsTheFolioOffThePage() throws Exception {
    browser = Browser.start("en-US");
    browser.get(bundle.url("/?lang=en"));
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals(Messages.text(Language.EN, "notice.immediateSearch"), browser.findElement(By.id("immediate-search")).getText());
    fillMinimalReport("José Luis", "Hernández", "Ana Pérez", "ana@example.org");
    screenshot("public-form-en");
    browser.findElement(By.id("submit")).click();

    String folio = Browser.waitFor(browser, By.id("folio")).getText();
    String code = browser.findElement(By.id("accessCode")).getText();
    assertTrue(folio.matches("MAE-\\d{4}-\\d{6,}"), folio);
    assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), code);
    screenshot("report-sent-en");

    browser.get(bundle.url("/status"));
    browser.findElement(By.id("folio")).sendKeys(folio);
    browser.findElement(By.id("accessCode")).sendKeys(code);
    browser.findElement(By.id("lookupButton")).click();
    screenshot("status-en");
    assertEquals(CodeList.CASE_STATUS.label("RECEIVED", Language.EN.locale()), Browser.waitFor(browser, By.id("caseStatus")).getText());
  }

  @Test
  void filesAReportInSpanishWithAPhoto() throws Exception {
    browser = Browser.start("es-MX");
    browser.get(bundle.url("/"));
    assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
    fillMinimalReport("María Guadalupe", "Xol", "Pedro Xol", "+50255550100");
    Path photo = Files.createTempFile("foto", ".png");
    javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
    browser.findElement(By.id("attachment")).sendKeys(photo.toString());
    browser.findElement(By.id("submit")).click();

    assertTrue(Browser.waitFor(browser, By.id("folio")).getText().matches("MAE-\\d{4}-\\d{6,}"));
    assertEquals(Messages.text(Language.ES, "form.sent.title"), browser.findElement(By.tagName("h1")).getText());
  }

  @Test
  void showsValidationMessagesInThePageLanguageAndKeepsTheInput() throws Exception {
    browser = Browser.start("fr-FR");
    browser.get(bundle.url("/?lang=fr"));
    browser.findElement(By.id("circumstances")).sendKeys("Il a appelé d'une gare routière.");
    browser.findElement(By.id("reporterPhone")).sendKeys("call me maybe");
    browser.findElement(By.id("submit")).click();

    String errors = Browser.waitFor(browser, By.id("summary")).getText();
    assertTrue(errors.contains(Messages.text(Language.FR, "error.missingPersonName")), errors);
    assertTrue(errors.contains(Messages.text(Language.FR, "error.invalidPhone")), errors);
    assertEquals("Il a appelé d'une gare routière.", browser.findElement(By.id("circumstances")).getAttribute("value"));
    assertFalse(browser.getPageSource().contains("Exception"));
  }

  @Test
  void aNarrativeWithMarkupIsNeverExecuted() throws Exception {
    browser = Browser.start("en-US");
    browser.get(bundle.url("/?lang=en"));
    browser.findElement(By.id("givenNames")).sendKeys("<script>document.title='pwned'</script>");
    browser.findElement(By.id("submit")).click();
    // the server answered (reporter contact is missing) and re-rendered the name as text
    assertTrue(Browser.waitFor(browser, By.id("summary")).getText().contains(Messages.text(Language.EN, "error.reporterNameRequired")));
    assertFalse(browser.getTitle().contains("pwned"));
    assertEquals("<script>document.title='pwned'</script>", browser.findElement(By.id("givenNames")).getAttribute("value"));
  }

  private void fillMinimalReport(String given, String surname, String reporter, String contact) {
    browser.findElement(By.id("givenNames")).sendKeys(given);
    browser.findElement(By.id("firstSurname")).sendKeys(surname);
    new Select(browser.findElement(By.id("sex"))).selectByValue("F".equals(given) ? "F" : "M");
    new Select(browser.findElement(By.id("lastSeenState"))).selectByValue("MX-CHP");
    browser.findElement(By.id("lastSeenPlace")).sendKeys("Tapachula");
    browser.findElement(By.id("circumstances")).sendKeys("Last call from the bus station.");
    new Select(browser.findElement(By.id("consulate"))).selectByValue("LAX");
    browser.findElement(By.id("reporterName")).sendKeys(reporter);
    new Select(browser.findElement(By.id("reporterRelationship"))).selectByValue("MOTHER");
    browser.findElement(By.id(contact.contains("@") ? "reporterEmail" : "reporterPhone")).sendKeys(contact);
  }

  private void screenshot(String name) throws Exception {
    Path dir = Path.of(System.getProperty("mae.test.workdir", "target/it"), "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
