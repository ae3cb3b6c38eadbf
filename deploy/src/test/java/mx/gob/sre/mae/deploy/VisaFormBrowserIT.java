package mx.gob.sre.mae.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A relative applies for a free humanitarian visa in a real browser, in Spanish and in Portuguese,
 * invited by a Mexican authority, and follows the request with the reference and code on the page.
 */
class VisaFormBrowserIT {

  static RunningBundle bundle;
  ChromeDriver browser;

  @BeforeAll
  static void startBundle() throws Exception {
    bundle = RunningBundle.onEmbeddedDefault("browser-visa").start();
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
  void aMotherAppliesInSpanishAndFollowsTheRequest() throws Exception {
    String[] sent = apply("es-MX", "es", "Rosa Xol Caal", "GT", "rosa.xol@example.org");
    browser.get(bundle.url("/visa-status.xhtml?lang=es"));
    browser.findElement(By.id("reference")).sendKeys(sent[0]);
    browser.findElement(By.id("accessCode")).sendKeys(sent[1]);
    browser.findElement(By.id("visaLookupButton")).click();
    String state = Browser.waitFor(browser, By.id("visaState")).getText();
    assertTrue(!state.isBlank(), "the status is shown in Spanish");
    assertTrue(browser.getPageSource().contains(Messages.text(Language.ES, "visa.reference")));
  }

  @Test
  void aBrotherAppliesInPortuguese() throws Exception {
    String[] sent = apply("pt-BR", "pt", "João Silva Santos", "BR", "joao.silva@example.org");
    assertTrue(sent[0].matches("VH-\\d{4}-\\d{6}"), sent[0]);
    assertEquals("pt", browser.findElement(By.tagName("html")).getAttribute("lang"));
  }

  /** Fills and sends the form; returns reference and access code read off the page. */
  private String[] apply(String acceptLanguage, String lang, String name, String nationality, String email) throws Exception {
    browser = Browser.start(acceptLanguage);
    browser.get(bundle.url("/visa.xhtml?lang=" + lang));
    assertEquals(lang, browser.findElement(By.tagName("html")).getAttribute("lang"));
    new Select(browser.findElement(By.id("consulate"))).selectByValue("GUA");
    browser.findElement(By.id("name")).sendKeys(name);
    new Select(browser.findElement(By.id("nationality"))).selectByValue(nationality);
    new Select(browser.findElement(By.id("travelDocumentType"))).selectByValue("PASSPORT");
    browser.findElement(By.id("travelDocumentNumber")).sendKeys("P" + System.nanoTime() % 10_000_000);
    browser.findElement(By.id("email")).sendKeys(email);
    new Select(browser.findElement(By.id("relationship"))).selectByIndex(1);
    browser.findElement(By.id("invitationAgency")).sendKeys("FGR:FEIDDF");
    browser.findElement(By.id("invitationReference")).sendKeys("FEIDDF/2026/77");
    browser.findElement(By.id("submitVisa")).click();
    String reference = Browser.waitFor(browser, By.id("visaReference")).getText();
    String code = browser.findElement(By.id("visaAccessCode")).getText();
    assertEquals(Messages.text(Language.fromTag(lang).orElseThrow(), "visa.form.sent"), browser.findElement(By.id("visaSent")).getText());
    assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), code);
    return new String[] {reference, code};
  }
}
