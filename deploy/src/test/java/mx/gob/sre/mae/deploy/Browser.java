package mx.gob.sre.mae.deploy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its own chromedriver (no downloads, no network). */
final class Browser {

  private Browser() {}

  /** Waits until the element shows the text (an element of the same id may be on the page before). */
  static boolean waitForText(WebDriver browser, By locator, String text) {
    return waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  /** The element once the page that shows it has loaded (after a form post, say). */
  static WebElement waitFor(WebDriver browser, By locator) {
    return waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * A 30 s wait that polls through the page being replaced under it: while a form post loads the next
   * page, Chromium may answer that a node "does not belong to the document" (seen in CI).
   */
  private static WebDriverWait waiting(WebDriver browser) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    wait.ignoring(org.openqa.selenium.WebDriverException.class);
    return wait;
  }

  static ChromeDriver start(String acceptLanguage) throws Exception {
    String binary = System.getProperty("mae.chromium", "/usr/bin/chromium");
    String driver = System.getProperty("mae.chromedriver", "/usr/bin/chromedriver");
    if (!new File(binary).canExecute() || !new File(driver).canExecute()) {
      throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
    }
    Path profile = Files.createTempDirectory("mae-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary);
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=412,915", "--lang=" + acceptLanguage, "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).usingAnyFreePort().build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return browser;
  }
}
