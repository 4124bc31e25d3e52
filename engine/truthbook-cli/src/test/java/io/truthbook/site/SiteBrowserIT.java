package io.truthbook.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.load.LoadLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.truthbook.model.Chapter;
import io.truthbook.model.Domain;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Truth;
import io.truthbook.render.book.Anchors;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site in a real browser: Debian's headless Chromium, driven by its chromedriver, reads
 * {@code target/site/} (built in the package phase) from a server on 127.0.0.1. It walks the menu
 * through every chapter, searches as a person would (questions, broad words, the page of all results)
 * and follows results to their anchors, below the top of the window and highlighted, checks that
 * diagrams and tables show, that no page logs an error, and that every internal link resolves.
 * A missing browser fails the test: CI installs {@code chromium} and {@code chromium-driver}.
 */
class SiteBrowserIT {
  private static final Path ROOT = Path.of(System.getProperty("truthbook.root", "src/test/velocity")).toAbsolutePath().normalize();
  private static final Path SITE = Path.of(System.getProperty("truthbook.jar", "target/truthbook.jar"))
      .toAbsolutePath().normalize().resolveSibling("site");
  private static final Duration WAIT = HeadlessChromium.WAIT;

  private static SiteServer server;
  private static HeadlessChromium chromium;
  private static ChromeDriver driver;
  private static Truth truth;
  /** Every SEVERE message the browser logged, with the page it was on. */
  private static final List<String> errors = new ArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    assertThat(SITE.resolve("index.html"))
        .as("the site is built in the package phase (mvn verify); %s is missing", SITE.resolve("index.html"))
        .isRegularFile();
    truth = new Truthbook(ROOT, LoadLimits.DEFAULTS).truth();
    server = new SiteServer(SITE);
    chromium = HeadlessChromium.start();
    driver = chromium.driver();
  }

  @AfterAll
  static void stop() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
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
  void searchFindsAnEndpointAndFollowsItToItsHighlightedRow() {
    String endpoint = "GET /api/crm/contacts";
    String anchor = Anchors.of(truth).of(EntityKind.ROUTE, endpoint).orElseThrow();
    open("index.html");
    assertThat(resourcesOfThePage()).as("the index is fetched on the first keystroke, not with the page")
        .noneMatch(p -> p.endsWith("/search-index.js") || p.endsWith("/lunr.min.js"));
    List<Result> results = search("/api/crm/contacts");
    assertThat(resourcesOfThePage()).anyMatch(p -> p.endsWith("/js/search-index.js"))
        .anyMatch(p -> p.endsWith("/js/lunr.min.js"));
    assertThat(server.requested()).anyMatch(p -> p.endsWith("/js/search-index.js"));
    Result result = results.stream().filter(r -> r.title().equals(endpoint)).findFirst().orElseThrow(
        () -> new AssertionError("no result " + endpoint + " in " + results));
    assertThat(result.kind()).isEqualToIgnoringCase("Endpoint");
    assertThat(result.href()).endsWith("#" + anchor);
    result.link().click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("#" + anchor));
    WebElement target = driver.findElement(By.id(anchor));
    WebElement row = target.findElement(By.xpath("./ancestor::tr"));
    assertThat(row.getText()).contains(endpoint);
    assertShownAndHighlighted(anchor, row);

    // a site with Fluido's top bar (topBarEnabled) has a bar fixed to the top: the target stays below it
    js("const bar = document.createElement('div'); bar.className = 'navbar navbar-fixed-top';"
        + " bar.style.height = '60px'; bar.style.top = '0'; bar.style.background = '#333';"
        + " document.body.insertBefore(bar, document.body.firstChild);");
    List<WebElement> rowAnchors = driver.findElements(By.cssSelector("#bodyColumn tr a[id]"));
    String other = rowAnchors.get(rowAnchors.size() - 1).getAttribute("id");
    assertThat(other).isNotEqualTo(anchor);
    js("window.location.hash = arguments[0];", other);
    new WebDriverWait(driver, WAIT).until(d -> driver.findElement(By.id(other)).findElement(By.xpath("./ancestor::tr"))
        .getAttribute("class").contains("truthbook-target"));
    assertShownAndHighlighted(other, driver.findElement(By.id(other)).findElement(By.xpath("./ancestor::tr")));
    assertThat(row.getAttribute("class")).as("the earlier target is no longer highlighted")
        .doesNotContain("truthbook-target");
    collectErrors();
    assertThat(errors).isEmpty();
  }

  @Test
  void aQuestionFindsWhatItNamesAmongTheFirstResults() {
    // "who owns crm": the stop word goes, "owns" finds owners, and the crm domain is among the first three
    Domain crm = truth.domains().stream().filter(d -> d.id().equals("crm")).findFirst().orElseThrow();
    String domainAnchor = Anchors.of(truth).of(EntityKind.DOMAIN, crm.id()).orElseThrow();
    assertThat(search("who owns crm").subList(0, 3)).as("the first three results for 'who owns crm'")
        .anySatisfy(r -> assertThat(r.href()).endsWith("#" + domainAnchor));

    // a broad word: the chapter about it comes before the endpoints, tables and claims that mention it
    Chapter oracle = truth.chapters().stream().filter(c -> c.title().contains("Oracle")).findFirst().orElseThrow();
    assertThat(search("Oracle").subList(0, 3)).as("the first three results for 'Oracle'")
        .anySatisfy(r -> {
          assertThat(r.title()).isEqualTo(oracle.title());
          assertThat(r.kind()).isEqualToIgnoringCase("Chapter");
        });

    // a legacy table has an entry, at the row of the table it migrates to
    Domain.LegacyMapping contacts = truth.domains().stream().flatMap(d -> d.legacy().stream())
        .filter(l -> l.table().equals("contacts")).findFirst().orElseThrow();
    String targetAnchor = Anchors.of(truth).of(EntityKind.TABLE, contacts.target().id()).orElseThrow();
    assertThat(search("contacts").get(0)).satisfies(r -> {
      assertThat(r.title()).isEqualTo("contacts");
      assertThat(r.kind()).isEqualToIgnoringCase("Legacy table");
      assertThat(r.href()).endsWith("#" + targetAnchor);
    });

    // a question of stop words and one word finds what that word finds
    assertThat(search("what is stale")).isNotEmpty();
    assertThat(driver.findElement(By.id("truthbook-search-status")).getText()).doesNotContain("No results");
    // a query of stop words only is searched as it is
    assertThat(search("what")).isNotEmpty();
    collectErrors();
    assertThat(errors).isEmpty();
  }

  @Test
  void theResultsPageListsEveryResultOfABroadWord() {
    List<Result> sidebar = search("crm");
    String status = driver.findElement(By.id("truthbook-search-status")).getText();
    int total = Integer.parseInt(status.replaceAll("^(\\d+) results?.*$", "$1"));
    assertThat(total).as(status).isGreaterThan(sidebar.size());
    WebElement seeAll = driver.findElement(By.cssSelector("#truthbook-search-all-results a"));
    assertThat(seeAll.getText()).isEqualTo("See all " + total + " results");
    seeAll.click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.attributeToBe(By.id("truthbook-search-all"),
        "data-query", "crm"));
    assertThat(driver.getCurrentUrl()).contains("search.html?q=crm");
    List<WebElement> all = driver.findElements(By.cssSelector("#truthbook-search-all > li"));
    assertThat(all).hasSize(total);
    List<String> firstTitles = all.subList(0, sidebar.size()).stream()
        .map(li -> li.findElement(By.cssSelector("a.truthbook-search-title")).getText()).toList();
    assertThat(firstTitles).as("the page starts with what the sidebar shows")
        .containsExactlyElementsOf(sidebar.stream().map(Result::title).toList());
    assertThat(all).allSatisfy(li -> assertThat(li.findElement(By.cssSelector(".truthbook-search-kind")).getText())
        .isNotBlank());
    assertThat(driver.findElement(By.id("truthbook-search-all-status")).getText()).startsWith(total + " results");
    collectErrors();
    assertThat(errors).isEmpty();
  }

  @Test
  void aSectionResultLandsOnItsHeadingBelowTheTopAndHighlighted() {
    Result section = search("Oracle").stream().filter(r -> r.kind().equalsIgnoreCase("Section")).findFirst()
        .orElseThrow();
    Set<String> chapters = new HashSet<>(truth.chapters().stream().map(Chapter::title).toList());
    assertThat(chapters).as("the chapter of section %s", section.title()).contains(section.page());
    String anchor = section.href().substring(section.href().indexOf('#') + 1);
    section.link().click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("#" + anchor));
    assertThat(driver.findElement(By.cssSelector("#bodyColumn h1")).getText().replace('\u2019', '\''))
        .isEqualTo(section.page());
    WebElement heading = driver.findElement(By.id(anchor)).findElement(By.xpath("./.."));
    // the page sets an apostrophe as a typographic one
    assertThat(heading.getText().replace('\u2019', '\'')).isEqualTo(section.title());
    assertShownAndHighlighted(anchor, heading);
    collectErrors();
    assertThat(errors).isEmpty();
  }

  @Test
  void everySearchResultLeadsToAnElementOfItsPage() throws IOException {
    JsonNode index = new ObjectMapper().readTree(SITE.resolve("search-index.json").toFile());
    Map<String, Set<String>> ids = new HashMap<>();
    List<String> broken = new ArrayList<>();
    for (JsonNode entry : index) {
      String url = entry.get("url").asText();
      int hash = url.indexOf('#');
      String page = hash < 0 ? url : url.substring(0, hash);
      if (!Files.isRegularFile(SITE.resolve(page))) {
        broken.add(url + " (no page)");
      } else if (hash >= 0 && !ids.computeIfAbsent(page, p -> {
        open(p);
        return idsOnPage();
      }).contains(url.substring(hash + 1))) {
        broken.add(url + " (no element with that id)");
      }
    }
    assertThat(index.size()).isGreaterThan(truth.chapters().size());
    assertThat(broken).as("search results that lead nowhere").isEmpty();
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

  /** The URLs of every resource the current page loaded, from the browser's cache too. */
  @SuppressWarnings("unchecked")
  private static List<String> resourcesOfThePage() {
    return (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name);");
  }

  /** A result of the search box: its kind, title, the title of its page, and its link. */
  private record Result(String kind, String title, String page, String href, WebElement link) {}

  /** Types the query into the search box of the contents page and returns the results it shows. */
  private static List<Result> search(String query) {
    open("index.html");
    driver.findElement(By.id("truthbook-search-input")).sendKeys(query);
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.attributeToBe(By.id("truthbook-search-results"),
        "data-query", query));
    return driver.findElements(By.cssSelector("#truthbook-search-results > li")).stream().map(li -> {
      WebElement link = li.findElement(By.cssSelector("a.truthbook-search-title"));
      // "on PAGE", unless the result is the page
      String page = li.findElements(By.cssSelector(".truthbook-search-page")).stream().map(WebElement::getText)
          .map(t -> t.replaceFirst("^on ", "")).findFirst().orElse(link.getText());
      return new Result(li.findElement(By.cssSelector(".truthbook-search-kind")).getText(), link.getText(), page,
          link.getAttribute("href"), link);
    }).toList();
  }

  /**
   * The anchor's element is in the window, below anything fixed to its top (Fluido's top bar, when
   * there is one), and the element holding it is highlighted.
   */
  private static void assertShownAndHighlighted(String anchor, WebElement holder) {
    WebElement target = driver.findElement(By.id(anchor));
    Number fixedTop = (Number) js("let bottom = 0; for (const e of document.querySelectorAll('body *')) {"
        + " const s = getComputedStyle(e); if (s.position === 'fixed' || s.position === 'sticky') {"
        + " const r = e.getBoundingClientRect(); if (r.top <= 0 && r.bottom > bottom) bottom = r.bottom; } }"
        + " return bottom;");
    Number top = (Number) js("return arguments[0].getBoundingClientRect().top;", target);
    Number height = (Number) js("return window.innerHeight;");
    assertThat(top.doubleValue()).as("#%s is below the fixed top (%s px) and in the window", anchor, fixedTop)
        .isBetween(fixedTop.doubleValue(), height.doubleValue() - 20);
    assertThat(holder.getAttribute("class")).as("the element holding #%s", anchor).contains("truthbook-target");
    String background = (String) js("return getComputedStyle(arguments[0].querySelector('td, th') || arguments[0])"
        + ".backgroundColor;", holder);
    assertThat(background).as("the highlight of #%s", anchor).isNotIn("rgba(0, 0, 0, 0)", "transparent");
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
    chromium.severeMessages(errors::add);
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
