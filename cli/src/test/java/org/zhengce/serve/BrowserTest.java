package org.zhengce.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The three jobs in a real browser: Debian's headless Chromium driven by its chromedriver (both
 * given by path, so Selenium never looks for a browser to download), against {@code serve} on a
 * free port over the index of the five sample documents. It types a traditional query and sees
 * the simplified speech with its passage highlighted, opens that document and sees the PM2.5
 * target marked, uploads a text file and sees its checklist, and compares: a chart, whose value
 * leads to its quote. Screenshots go to {@code target/screenshots/}. Skipped, not passed, where
 * chromium or chromedriver is missing ({@code .ci/run} installs them).
 */
class BrowserTest {

  /** Debian's paths; {@code -Dzhengce.chromium=…}, {@code -Dzhengce.chromedriver=…} name others. */
  private static final Path CHROMIUM = Path.of(System.getProperty("zhengce.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("zhengce.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SHOTS = Path.of("target", "screenshots");

  @Test
  void searchReadExtractAndCompareInChromium(@TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver fonts-noto-cjk)");
    Files.createDirectories(SHOTS);
    StringWriter log = new StringWriter();
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")), "--window-size=1400,1000");
    try (WebServer server = WebServer.start(new WebServer.Options("127.0.0.1", 0, SeedIndex.path(), 50L << 20, 4),
        new PrintWriter(log))) {
      WebDriver driver = new ChromeDriver(service, options);
      try {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        String base = server.address().toString();

        // search: a traditional query finds the simplified speech, highlighted in its own script
        driver.get(base);
        driver.findElement(By.name("q")).sendKeys("環保督察", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q="));
        WebElement hit = wait.until(ExpectedConditions.presenceOfElementLocated(
            By.xpath("//li[@class='hit'][a[contains(., '衡水市情况反馈会')]]")));
        List<String> marks = hit.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
        assertTrue(marks.contains("环保督察"), marks.toString());
        shot(driver, "search.png");

        // the document: the PM2.5 target marked in the original text
        hit.findElement(By.className("title")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("text")));
        WebElement target = driver.findElements(By.cssSelector("#text span.t")).stream()
            .filter(e -> e.getText().equals("PM2.5平均浓度下降10%")).findFirst().orElseThrow();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
        assertTrue(target.isDisplayed());
        assertTrue(target.getAttribute("title").contains("PM2.5平均浓度 decrease 10%"), target.getAttribute("title"));
        String colour = target.getCssValue("background-color");
        assertTrue(!colour.equals("rgba(0, 0, 0, 0)"), "the target is coloured: " + colour);
        shot(driver, "document.png");

        // extract: upload a text file, see its checklist
        Path upload = dir.resolve("湿地保护修复工作方案.txt");
        Files.writeString(upload, "关于黄河湿地保护修复的工作方案\n各县区要在6月底前制定湿地保护修复整改方案，"
            + "市林业局牵头负责。到2020年，全市森林覆盖率要达到33.5%以上。\n", StandardCharsets.UTF_8);
        driver.get(base + "extract");
        driver.findElement(By.name("file")).sendKeys(upload.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form.extract button")).click();
        WebElement checklist = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checklist")));
        assertTrue(checklist.getText().contains("制定湿地保护修复整改方案"), checklist.getText());
        assertEquals(1, driver.findElements(By.cssSelector("#text span.t")).stream()
            .filter(e -> e.getText().contains("33.5%")).count(), "the target of the upload is marked");
        shot(driver, "extract.png");

        // compare: pick the indicators, see a chart; its value leads to the quote in the document
        driver.get(base + "compare");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("indicator"))).selectByValue("");
        driver.findElement(By.cssSelector("form.compare button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report svg rect")));
        assertTrue(driver.findElement(By.cssSelector(".report svg")).isDisplayed());
        shot(driver, "compare.png");
        driver.findElements(By.cssSelector(".report td.num a")).stream().filter(a -> a.getText().equals("10%"))
            .findFirst().orElseThrow().click();
        WebElement focus = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text span.focus")));
        assertEquals("PM2.5平均浓度下降10%", focus.getText());
        assertTrue(focus.isDisplayed());
        shot(driver, "quote.png");
      } finally {
        driver.quit();
        service.stop();
      }
    }
    assertEquals("", log.toString());
  }

  private static void shot(WebDriver driver, String name) throws IOException {
    Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
