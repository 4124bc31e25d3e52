package io.truthbook.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Chapter;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Truth;
import io.truthbook.render.book.Anchors;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site in a real browser: Debian's headless Chromium, driven by its chromedriver, reads
 * {@code target/site/} (built in the package phase) from a server on 127.0.0.1. It walks the menu
 * through every chapter, searches for an endpoint and follows the result to its anchor, checks that
 * diagrams and tables show, that no page logs an error, and that every internal link resolves.
 * A missing browser fails the test: CI installs {@code chromium} and {@code chromium-driver}.
 */
class SiteBrowserIT {
  private static final Path ROOT = Path.of(System.getProperty("truthbook.root", "src/test/velocity")).toAbsolutePath().normalize();
  private static final Path SITE = Path.of(System.getProperty("truthbook.jar", "target/truthbook.jar"))
      .toAbsolutePath().normalize().resolveSibling("site");
  private static final String CHROMIUM = System.getProperty("truthbook.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("truthbook.chromedriver", "/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static SiteServer server;
  private static ChromeDriver driver;
  private static Path profile;
  private static Truth truth;
  /** Every SEVERE message the browser logged, with the page it was on. */
  private static final List<String> errors = new ArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    assertThat(SITE.resolve("index.html"))
        .as("the site is built in the package phase (mvn verify); %s is missing", SITE.resolve("index.html"))
        .isRegularFile();
    assertThat(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)))
        .as("headless Chromium is needed: %s and %s must exist (apt-get install -y chromium chromium-driver)",
            CHROMIUM, CHROMEDRIVER)
        .isTrue();
    truth = new Truthbook(ROOT, LoadLimits.DEFAULTS).truth();
    server = new SiteServer(SITE);
    // Selenium Manager must never try to fetch a browser or a driver: both are given explicitly
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    System.setProperty("SE_OFFLINE", "true");
    profile = Files.createTempDirectory("truthbook-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1000", "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    driver = new ChromeDriver(options);
    driver.manage().timeouts().pageLoadTimeout(WAIT);
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Each test judges the console messages of its own pages. */
  @BeforeEach
  void forgetEarlierMessages() {
    driver.manage().logs().get(LogType.BROWSER);
    errors.clear();
  }

  @Test
  void theMenuWalksThroughEveryChapterInBookOrder() {
    open("index.html");
    List<String> menu = driver.findElements(By.cssSelector("#leftColumn nav li a")).stream()
        .map(WebElement::getText).toList();
    List<String> titles = truth.chapters().stream().map(Chapter::title).toList();
    assertThat(menu).containsSubsequence(titles);
    for (String title : titles) {
      WebElement item = driver.findElement(By.xpath("//*[@id='leftColumn']//nav//li/a[normalize-space(.)="
          + xpathLiteral(title) + "]"));
      item.click();
      new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector("#leftColumn nav li.active"), title));
      collectErrors();
      assertThat(driver.findElement(By.tagName("h1")).isDisplayed()).as("the title of %s", title).isTrue();
      assertThat(driver.findElement(By.tagName("footer")).getText()).as("the stamp of %s", title)
          .contains("Last verified at commit");
      assertThat(driver.findElement(By.id("bodyColumn")).getText()).contains("Last verified at commit");
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void searchFindsAnEndpointAndFollowsItToItsAnchor() {
    String endpoint = "GET /api/crm/contacts";
    String anchor = Anchors.of(truth).of(EntityKind.ROUTE, endpoint).orElseThrow();
    open("index.html");
    assertThat(server.requested()).as("the index is fetched on the first keystroke, not with the page")
        .noneMatch(p -> p.endsWith("/search-index.js") || p.endsWith("/lunr.min.js"));
    driver.findElement(By.id("truthbook-search-input")).sendKeys("/api/crm/contacts");
    WebElement result = new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(
        By.xpath("//ol[@id='truthbook-search-results']//a[normalize-space(.)='Endpoint " + endpoint + "']")));
    assertThat(server.requested()).anyMatch(p -> p.endsWith("/js/search-index.js"))
        .anyMatch(p -> p.endsWith("/js/lunr.min.js"));
    assertThat(result.getAttribute("href")).endsWith("#" + anchor);
    result.click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("#" + anchor));
    WebElement target = driver.findElement(By.id(anchor));
    WebElement holder = target.findElement(By.xpath("./.."));
    assertThat(holder.isDisplayed()).as("the element holding #%s", anchor).isTrue();
    assertThat(holder.getText()).contains(endpoint);
    Number top = (Number) js("return arguments[0].getBoundingClientRect().top;", target);
    Number height = (Number) js("return window.innerHeight;");
    assertThat(top.doubleValue()).as("#%s is scrolled into view", anchor).isBetween(-1.0, height.doubleValue());
    collectErrors();
    assertThat(errors).isEmpty();
  }

  @Test
  void diagramsAndTablesAreVisible() throws IOException {
    open("diagrams.html");
    List<WebElement> images = driver.findElements(By.cssSelector("#bodyColumn img"));
    long svgs;
    try (Stream<Path> files = Files.list(SITE.resolve("diagrams"))) {
      svgs = files.filter(f -> f.toString().endsWith(".svg")).count();
    }
    assertThat(images).hasSize((int) svgs).isNotEmpty();
    for (WebElement image : images) {
      js("arguments[0].scrollIntoView();", image);
      assertThat(image.isDisplayed()).as("diagram %s", image.getAttribute("src")).isTrue();
      assertThat((Boolean) js("return arguments[0].complete && arguments[0].naturalWidth > 0;", image))
          .as("diagram %s is loaded", image.getAttribute("src")).isTrue();
    }
    collectErrors();
    for (String page : List.of("start-here.html", "reference-domains.html", "reference-endpoints.html")) {
      open(page);
      List<WebElement> tables = driver.findElements(By.cssSelector("#bodyColumn table"));
      assertThat(tables).as("tables of %s", page).isNotEmpty();
      for (WebElement table : tables) {
        js("arguments[0].scrollIntoView();", table);
        assertThat(table.isDisplayed()).as("a table of %s", page).isTrue();
        assertThat(table.findElements(By.tagName("tr"))).hasSizeGreaterThan(1);
      }
      collectErrors();
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void everyInternalLinkResolvesAndNoPageLogsAnError() throws IOException {
    List<String> pages;
    try (Stream<Path> files = Files.list(SITE)) {
      pages = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThan(truth.chapters().size());
    Map<String, Set<String>> ids = new HashMap<>();
    List<String[]> links = new ArrayList<>();
    for (String page : pages) {
      open(page);
      collectErrors();
      ids.put(page, idsOnPage());
      @SuppressWarnings("unchecked")
      List<String> targets = (List<String>) js("return Array.from(document.querySelectorAll("
          + "'a[href], img[src], link[href], script[src]')).map(e => e.href || e.src);");
      targets.forEach(t -> links.add(new String[] {page, t}));
    }
    String origin = server.url("");
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (String[] link : links) {
      String target = link[1];
      if (!target.startsWith(origin)) {
        continue; // another site (the skin's "built by Maven"), or data: and javascript: URLs
      }
      checked++;
      URI uri = URI.create(target);
      String file = uri.getPath().substring(1);
      file = file.isEmpty() || file.endsWith("/") ? file + "index.html" : file;
      if (!Files.isRegularFile(SITE.resolve(file))) {
        broken.add(link[0] + " -> " + target + " (no file)");
        continue;
      }
      String fragment = uri.getFragment();
      if (fragment != null && !fragment.isEmpty()) {
        Set<String> there = ids.computeIfAbsent(file, f -> {
          open(f);
          collectErrors();
          return idsOnPage();
        });
        if (!there.contains(fragment)) {
          broken.add(link[0] + " -> " + target + " (no element with id '" + fragment + "')");
        }
      }
    }
    assertThat(checked).as("internal links checked").isGreaterThan(500);
    assertThat(broken).as("broken internal links").isEmpty();
    assertThat(server.missing()).as("files the browser asked for that the site lacks").isEmpty();
    assertThat(errors).as("SEVERE messages in the browser console").isEmpty();
  }

  @Test
  void theReconciliationMatrixFiltersByStatusAndOwner() throws IOException {
    String page;
    try (Stream<Path> pages = Files.list(SITE)) {
      page = pages.filter(p -> p.toString().endsWith(".html")).filter(p -> {
        try {
          return Files.readString(p).contains("truthbook-status");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow(
          () -> new AssertionError("no site page holds the reconciliation matrix (span.truthbook-status)"));
    }
    open(page);
    List<WebElement> rows = driver.findElements(By.xpath("//tr[.//span[@class='truthbook-status']]"));
    assertThat(rows).as("matrix rows on %s", page).hasSizeGreaterThanOrEqualTo(20);
    // the frozen fixture has one commit of history, so its claims are current, contradicted or unverifiable
    long contradicted = rows.stream().filter(r -> r.findElement(By.cssSelector("span.truthbook-status")).getText()
        .equals("contradicted")).count();
    assertThat(contradicted).isPositive().isLessThan(rows.size());
    List<WebElement> selects = driver.findElements(By.cssSelector(".truthbook-matrix-filter select"));
    assertThat(selects).hasSize(2);

    new org.openqa.selenium.support.ui.Select(selects.get(0)).selectByValue("contradicted");
    List<WebElement> visible = rows.stream().filter(WebElement::isDisplayed).toList();
    assertThat(visible).hasSize((int) contradicted).allSatisfy(r ->
        assertThat(r.findElement(By.cssSelector("span.truthbook-status")).getText()).isEqualTo("contradicted"));
    assertThat(driver.findElement(By.cssSelector(".truthbook-matrix-filter")).getText())
        .contains(contradicted + " of " + rows.size() + " claims");

    new org.openqa.selenium.support.ui.Select(selects.get(0)).selectByValue("");
    String owner = rows.get(0).findElements(By.cssSelector("span.truthbook-owner")).stream().map(WebElement::getText)
        .findFirst().orElse("(no owner)");
    new org.openqa.selenium.support.ui.Select(selects.get(1)).selectByValue(owner);
    assertThat(rows.stream().filter(WebElement::isDisplayed)).isNotEmpty().allSatisfy(r -> {
      List<String> owners = r.findElements(By.cssSelector("span.truthbook-owner")).stream().map(WebElement::getText)
          .toList();
      assertThat(owners.isEmpty() ? List.of("(no owner)") : owners).contains(owner);
    });
    collectErrors();
    assertThat(errors).isEmpty();
  }

  private static void open(String page) {
    driver.get(server.url(page));
  }

  private static Set<String> idsOnPage() {
    @SuppressWarnings("unchecked")
    List<String> found = (List<String>) js("return Array.from(document.querySelectorAll('[id], a[name]'))"
        + ".map(e => e.id || e.getAttribute('name'));");
    return new HashSet<>(found);
  }

  private static void collectErrors() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(driver.getCurrentUrl() + ": " + entry.getMessage());
      }
    }
  }

  private static Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  private static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
