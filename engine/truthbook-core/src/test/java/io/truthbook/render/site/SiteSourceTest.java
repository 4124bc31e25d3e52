package io.truthbook.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.truthbook.Truthbook;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Chapter;
import io.truthbook.model.Truth;
import io.truthbook.render.book.Anchors;
import io.truthbook.render.book.BookFixtures;
import io.truthbook.render.book.BookSource;
import io.truthbook.render.book.EntityRef;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The generated Maven site source: pages, menu, anchors, links, search index and escaping. */
class SiteSourceTest {
  private static final Pattern ANCHOR = Pattern.compile("\\[\\[([A-Za-z_:][\\w:.-]*)]]");
  private static final Pattern LINK = Pattern.compile("link:([a-z0-9-]+)\\.html(?:#([A-Za-z_:][\\w:.-]*))?\\[");
  private static final Pattern XREF = Pattern.compile("<<([A-Za-z_:][\\w:.-]*)[,>]");

  private static SiteContent render(Path root, boolean draft) {
    BookFixtures.Loaded loaded = BookFixtures.load(root);
    BookSource book = new BookSource(loaded.truth(), loaded.chapters(), BookFixtures.STAMP, draft, List.of(),
        Truthbook.rules().all());
    List<SiteDiagram> diagrams = List.of(new SiteDiagram("topology", "Runtime topology", "Ingress to GPU", "topology"));
    return SiteSource.render(new SiteInput(book, diagrams,
        Optional.of(new Truthbook(root, LoadLimits.DEFAULTS).matrix())));
  }

  private static Truth truth(Path root) {
    return BookFixtures.load(root).truth();
  }

  @Test
  void onePagePerChapterInBookOrderThenTheReference() {
    Truth truth = truth(BookFixtures.repositoryRoot());
    SiteContent site = render(BookFixtures.repositoryRoot(), false);
    List<SitePage> chapters = site.pages().stream().filter(p -> p.kind() == SitePage.Kind.CHAPTER).toList();
    assertThat(chapters).extracting(SitePage::title).containsExactlyElementsOf(
        truth.chapters().stream().map(Chapter::title).toList());
    assertThat(chapters).extracting(SitePage::name).containsExactly("start-here", "crm-and-oracle",
        "canonical-domains", "route-families", "infrastructure", "import-stewardship", "synthetic-data",
        "sprint1-reconciliation", "acceptance-gates", "backlog", "risks");
    for (int i = 0; i < chapters.size(); i++) {
      SitePage page = chapters.get(i);
      assertThat(page.asciidoc()).as(page.name())
          .startsWith("= ")
          .contains("[[chapter-" + truth.chapters().get(i).id() + "]]*Last verified* at commit")
          .doesNotContain("truth:domain[", "truth:route[", "truth:owner[");
    }
    assertThat(site.pages().get(0).name()).isEqualTo("index");
    assertThat(site.pages()).extracting(SitePage::name).contains("diagrams", "reference-domains",
        "reference-routes", "reference-endpoints", "reference-ingress", "reference-topology", "reference-owners",
        "reference-plan", "reference-reconciliation", "reference-glossary");
    assertThat(site.pages().stream().filter(p -> p.name().equals("reference-reconciliation")).findFirst()
        .orElseThrow().asciidoc()).contains("== Reconciliation matrix", "role=\"truthbook-matrix\"",
            "|[.truthbook-status]#", "[.truthbook-owner]#", "<<reconciliation-claim-s1-01,");
  }

  @Test
  void theLandingPageSaysWhatThePlatformIsWhereToStartAndWhoOwnsWhat() {
    Truth truth = truth(BookFixtures.repositoryRoot());
    SiteContent site = render(BookFixtures.repositoryRoot(), false);
    String home = site.pages().get(0).asciidoc();
    String summary = truth.bookSummary().orElseThrow().strip().replaceAll("\\s+", " ");
    String first = site.pages().stream().filter(p -> p.kind() == SitePage.Kind.CHAPTER).findFirst().orElseThrow().name();
    assertThat(home)
        .contains(summary.substring(0, 40))
        .contains("*New here?* Start with link:" + first + ".html[")
        .contains("image::diagrams/topology.svg[\"topology\",link=\"diagrams.html#diagram-topology\"]")
        .contains("== Who owns what", "== Chapters", "== Reference")
        .contains("link:reference-reconciliation.html[the reconciliation matrix] (link:reconciliation.csv[CSV])")
        // no book was built with this site: nothing links to it
        .doesNotContain("book/book.html", "book/book.pdf");
    assertThat(home.indexOf("*New here?*")).isLessThan(home.indexOf("== Who owns what"));
    for (var owner : truth.owners()) {
      String row = home.lines().filter(l -> l.contains("link:reference-owners.html#owner-" + owner.id() + "["))
          .findFirst().orElseThrow(() -> new AssertionError("no row for owner " + owner.id()));
      assertThat(row).as(owner.id()).startsWith("|");
    }
    truth.domains().forEach(d -> assertThat(home).contains("#domain-" + d.id() + "[" + d.id() + "]"));
    byte[] csv = site.files().stream().filter(f -> f.path().equals(SiteFile.MATRIX_CSV)).findFirst().orElseThrow().bytes();
    assertThat(new String(csv, StandardCharsets.UTF_8))
        .startsWith(String.join(",", io.truthbook.render.MatrixCsv.HEADER))
        .contains(truth.claims().get(0).id());
  }

  @Test
  void theLandingPageLinksTheBookBuiltWithTheSite() {
    BookFixtures.Loaded loaded = BookFixtures.load(BookFixtures.repositoryRoot());
    BookSource book = new BookSource(loaded.truth(), loaded.chapters(), BookFixtures.STAMP, false, List.of(),
        Truthbook.rules().all());
    SiteContent site = SiteSource.render(new SiteInput(book, List.of(), Optional.empty(), List.of(
        new SiteFile(SiteFile.BOOK_HTML, "<html></html>".getBytes(StandardCharsets.UTF_8)),
        new SiteFile(SiteFile.BOOK_PDF, new byte[] {'%', 'P', 'D', 'F'}))));
    assertThat(site.pages().get(0).asciidoc())
        .contains("link:book/book.html[the whole book on one page]", "link:book/book.pdf[the book as PDF]")
        .doesNotContain("reconciliation.csv", "== The system at a glance");
    assertThat(site.files()).extracting(SiteFile::path).containsExactly(SiteFile.BOOK_HTML, SiteFile.BOOK_PDF);
  }

  @Test
  void glossaryTermsAreDefinedOnceAndChaptersLinkThem() {
    Truth truth = truth(BookFixtures.repositoryRoot());
    SiteContent site = render(BookFixtures.repositoryRoot(), false);
    String glossary = site.pages().stream().filter(p -> p.name().equals("reference-glossary")).findFirst()
        .orElseThrow().asciidoc();
    assertThat(site.pages()).filteredOn(p -> p.kind() == SitePage.Kind.CHAPTER)
        .extracting(SitePage::title).doesNotContain("Glossary");
    for (var entry : truth.glossary()) {
      String anchor = Anchors.of(truth).of(io.truthbook.model.EntityKind.TERM, entry.term()).orElseThrow();
      assertThat(glossary).contains("[[" + anchor + "]]");
    }
    assertThat(glossary).contains("[[term-stale]]stale:: A claim status")
        .contains("See link:reference-owners.html#owner-sourik[sourik]");
    String reconciliation = site.pages().stream().filter(p -> p.name().equals("sprint1-reconciliation")).findFirst()
        .orElseThrow().asciidoc();
    assertThat(reconciliation).contains("link:reference-glossary.html#term-stale[stale]")
        .doesNotContain("truth:term[");
    assertThat(site.siteXml()).contains("name=\"Glossary\"").doesNotContain("Glossary terms");
  }

  @Test
  void everyRuleHasItsAnchorOnTheRulesPageWhereSarifHelpUrisPoint() throws Exception {
    SiteContent site = render(BookFixtures.repositoryRoot(), false);
    String rules = site.pages().stream().filter(p -> p.name().equals("rules")).findFirst().orElseThrow().asciidoc();
    String sarif = new io.truthbook.render.SarifReport(Truthbook.rules().all(), "t",
        Optional.of("https://acme.example/truth")).render(new io.truthbook.model.CheckResult(List.of(), java.util.Map.of(), 0));
    Matcher help = Pattern.compile("\"helpUri\" : \"https://acme.example/truth/rules\\.html#([^\"]+)\"").matcher(sarif);
    int linked = 0;
    while (help.find()) {
      assertThat(rules).contains("[[" + help.group(1) + "]]");
      linked++;
    }
    assertThat(linked).isGreaterThan(30);
    assertThat(rules).contains("[[rule-drift.table.unmapped]]", "== ``drift.table.unmapped``", "*How to fix:*");
  }

  @Test
  void theMenuFollowsTheBookOrder() throws Exception {
    SiteContent site = render(BookFixtures.repositoryRoot(), false);
    Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(site.siteXml().getBytes(StandardCharsets.UTF_8)));
    NodeList menus = descriptor.getElementsByTagName("menu");
    List<String> names = new ArrayList<>();
    List<String> hrefs = new ArrayList<>();
    for (int m = 0; m < menus.getLength(); m++) {
      Element menu = (Element) menus.item(m);
      names.add(menu.getAttribute("name"));
      NodeList items = menu.getElementsByTagName("item");
      for (int i = 0; i < items.getLength(); i++) {
        hrefs.add(((Element) items.item(i)).getAttribute("href"));
      }
    }
    assertThat(names).containsExactly("Book", "Chapters", "Reference");
    // every page but the search results, which the "See all" link of the search box opens
    assertThat(hrefs).containsExactlyElementsOf(site.pages().stream().filter(p -> p.kind() != SitePage.Kind.SEARCH)
        .map(SitePage::url).toList());
    assertThat(site.pages()).filteredOn(p -> p.kind() == SitePage.Kind.SEARCH).extracting(SitePage::url)
        .containsExactly("search.html");
    assertThat(site.siteXml()).contains("maven-fluido-skin", "js/search.js", "js/matrix-filter.js",
        "Last verified at commit <code>0123456789ab</code>", "on 2026-01-15").doesNotContain("DRAFT");
  }

  @Test
  void everyEntityHasExactlyOneAnchorAndEveryLinkResolves() {
    for (Path root : List.of(BookFixtures.repositoryRoot(), BookFixtures.hostileRoot())) {
      SiteContent site = render(root, false);
      Map<String, String> pageOf = new HashMap<>();
      for (SitePage page : site.pages()) {
        Matcher anchor = ANCHOR.matcher(page.asciidoc());
        while (anchor.find()) {
          String previous = pageOf.put(anchor.group(1), page.name());
          assertThat(previous).as("anchor %s on %s, already on %s", anchor.group(1), page.name(), previous).isNull();
        }
      }
      for (Map.Entry<EntityRef, String> entity : Anchors.of(truth(root)).all().entrySet()) {
        assertThat(pageOf).as("the anchor of %s in %s", entity.getKey(), root).containsKey(entity.getValue());
      }
      Set<String> names = new HashSet<>();
      site.pages().forEach(p -> names.add(p.name()));
      for (SitePage page : site.pages()) {
        Matcher link = LINK.matcher(page.asciidoc());
        while (link.find()) {
          assertThat(names).as("page of %s on %s", link.group(), page.name()).contains(link.group(1));
          if (link.group(2) != null) {
            assertThat(pageOf.get(link.group(2))).as("anchor of %s on %s", link.group(), page.name())
                .isEqualTo(link.group(1));
          }
        }
        Matcher xref = XREF.matcher(page.asciidoc());
        while (xref.find()) {
          assertThat(pageOf.get(xref.group(1))).as("same-page target of %s on %s", xref.group(), page.name())
              .isEqualTo(page.name());
        }
      }
    }
  }

  @Test
  void theSearchIndexHoldsEveryPageAndEveryEntityOnce() throws Exception {
    Path root = BookFixtures.repositoryRoot();
    SiteContent site = render(root, false);
    JsonNode index = new ObjectMapper().readTree(site.searchIndexJson());
    Set<String> urls = new HashSet<>();
    Set<String> entries = new HashSet<>();
    for (JsonNode entry : index) {
      assertThat(entry.get("title").asText()).isNotBlank();
      assertThat(entry.get("kind").asText()).isNotBlank();
      assertThat(entry.get("text").isTextual()).isTrue();
      assertThat(entry.get("tier").isInt()).isTrue();
      urls.add(entry.get("url").asText());
      // a column shares its table's anchor, but nothing is indexed twice
      assertThat(entries.add(entry.get("kind").asText() + " " + entry.get("title").asText() + " "
          + entry.get("url").asText())).as("one entry for %s", entry).isTrue();
    }
    assertThat(index).hasSize(site.entries().size());
    site.pages().stream().filter(p -> p.kind() != SitePage.Kind.SEARCH)
        .forEach(p -> assertThat(urls).contains(p.url()));
    assertThat(urls).doesNotContain("search.html");
    Truth truth = truth(root);
    Anchors anchors = Anchors.of(truth);
    for (Map.Entry<EntityRef, String> entity : anchors.all().entrySet()) {
      boolean synonym = entity.getKey().kind() == io.truthbook.model.EntityKind.TERM && truth.glossary().stream()
          .anyMatch(g -> g.term().equals(entity.getKey().id()) && g.see().stream()
              .anyMatch(see -> io.truthbook.model.GlossaryEntry.idOf(see).equalsIgnoreCase(g.term())));
      if (synonym) {
        // a term that is another name of an entity it links is found as that entity
        assertThat(urls).as("search entry of %s", entity.getKey()).noneMatch(u -> u.endsWith("#" + entity.getValue()));
        continue;
      }
      if (entity.getKey().kind() == io.truthbook.model.EntityKind.CHAPTER) {
        // a chapter is its page: the page's entry, with no second one at the anchor heading it
        assertThat(urls).as("search entry of %s", entity.getKey()).noneMatch(u -> u.endsWith("#" + entity.getValue()));
        continue;
      }
      assertThat(urls).as("search entry of %s", entity.getKey())
          .anyMatch(u -> u.endsWith(".html#" + entity.getValue()));
    }
    assertThat(site.entries()).anySatisfy(e -> {
      assertThat(e.title()).isEqualTo("GET /api/crm/contacts");
      assertThat(e.kind()).isEqualTo("Endpoint");
      assertThat(e.page()).isEqualTo("Endpoint ownership matrix");
      assertThat(e.url()).isEqualTo("reference-endpoints.html#route-get-api-crm-contacts");
      assertThat(e.text()).contains("GET /api/crm/contacts");
    });
    assertThat(site.searchIndexJson()).isEqualTo(render(root, false).searchIndexJson());
  }

  @Test
  void hostileManifestTextStaysLiteral() throws Exception {
    SiteContent site = render(BookFixtures.hostileRoot(), false);
    for (SitePage page : site.pages()) {
      assertThat(page.asciidoc()).as(page.name())
          .doesNotContain("include::", "+++", "{nonexistent-attr}", "[[fake-anchor]]", "footnote:[", "pass:[")
          .doesNotContainPattern("(?m)^(= Level|== Section|// comment|NOTE:|:attr:|\\+{4,}\\s*$|\\[subs=)")
          .doesNotContainPattern("link:(?i)javascript");
      if (!page.name().equals("start")) {
        assertThat(page.asciidoc()).as(page.name()).doesNotContain("<script");
      }
    }
    // the hostile chapter's raw HTML reaches its page as a literal block, shown and never run
    assertThat(site.pages()).filteredOn(page -> page.name().equals("start")).singleElement()
        .satisfies(page -> assertThat(page.asciidoc()).contains("....\n<script>alert('block')</script>\n...."));
    assertThat(site.siteXml()).doesNotContain("<script>alert", "${");
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(site.siteXml().getBytes(StandardCharsets.UTF_8)));
    // search shows text, so the index carries the manifest's text as it is, and the script never makes it markup
    assertThat(site.entries()).anySatisfy(e -> assertThat(e.title()).contains(BookFixtures.HOSTILE));
    assertThat(site.searchIndexJson()).doesNotContain("<script");
  }

  @Test
  void aDraftSaysSoOnEveryPage() {
    SiteContent site = render(BookFixtures.hostileRoot(), true);
    for (SitePage page : site.pages()) {
      assertThat(page.asciidoc()).as(page.name()).startsWith("= DRAFT: ").contains(SiteSource.DRAFT);
    }
    assertThat(site.siteXml()).contains("<strong class=\"truthbook-draft\">DRAFT</strong>");
  }

  @Test
  void aLongTableIsSplitIntoCompleteTables() {
    List<String> lines = new ArrayList<>(List.of("Intro.", "", ".Title", "[cols=\"1,1\",options=\"header\"]", "|===",
        "|A |B"));
    for (int i = 1; i <= 5; i++) {
      lines.addAll(List.of("", "|a" + i + " +", "more", "|b" + i));
    }
    lines.addAll(List.of("|===", "", "After."));
    List<List<String>> parts = TablePages.split(lines, 2);
    assertThat(parts).hasSize(3);
    assertThat(parts.get(0)).startsWith("Intro.").contains("|a1 +", "|b2").doesNotContain("|a3 +", "After.");
    assertThat(parts.get(2)).startsWith(".Title").contains("|a5 +", "After.").doesNotContain("Intro.");
    for (List<String> part : parts) {
      assertThat(part).contains("|A |B").filteredOn("|==="::equals).hasSize(2);
    }
    assertThat(TablePages.split(lines, 5)).containsExactly(lines);
  }

  @Test
  void theSchemaBlueprintLinksEachDomainsDiagramOnTheDiagramsPage() {
    Path root = BookFixtures.repositoryRoot();
    BookFixtures.Loaded loaded = BookFixtures.load(root);
    BookSource book = new BookSource(loaded.truth(), loaded.chapters(), BookFixtures.STAMP, false, List.of(),
        Truthbook.rules().all());
    List<SiteDiagram> diagrams = List.of(new SiteDiagram("er-crm", "CRM", "Caption", "CRM tables"));
    SiteContent site = SiteSource.render(new SiteInput(book, diagrams, Optional.empty()));
    String blueprint = site.pages().stream().map(SitePage::asciidoc).filter(a -> a.contains("Blueprint of CRM"))
        .findFirst().orElseThrow();
    assertThat(blueprint).contains("The diagram link:diagrams.html#diagram-er-crm[er-crm] among the diagrams",
        "The diagram ``er-core`` among the diagrams");
  }
}
