package io.truthbook.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Domain;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Truth;
import io.truthbook.render.book.Anchors;
import io.truthbook.render.book.BookFixtures;
import io.truthbook.render.book.BookSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the site's search finds and how its entries rank: one entry per chapter and per chapter
 * section, legacy tables and declared columns, and the tiers the page script orders equal matches by.
 * The query side (stop words, any-word matching, the order) runs in the browser: SiteBrowserIT.
 */
class SearchIndexTest {
  private static final Path ROOT = BookFixtures.repositoryRoot();

  private static SiteContent render() {
    BookFixtures.Loaded loaded = BookFixtures.load(ROOT);
    BookSource book = new BookSource(loaded.truth(), loaded.chapters(), BookFixtures.STAMP, false, List.of(),
        Truthbook.rules().all());
    return SiteSource.render(new SiteInput(book, List.of(),
        Optional.of(new Truthbook(ROOT, LoadLimits.DEFAULTS).matrix())));
  }

  @Test
  void chaptersRankFirstThenTheEntitiesAQuestionNamesThenTablesThenRows() {
    assertThat(SearchIndex.tier(EntityKind.CHAPTER)).isEqualTo(SearchIndex.CHAPTER_TIER);
    for (EntityKind named : List.of(EntityKind.DOMAIN, EntityKind.FAMILY, EntityKind.OWNER, EntityKind.GATE)) {
      assertThat(SearchIndex.tier(named)).as("%s", named).isEqualTo(SearchIndex.NAMED_TIER)
          .isGreaterThan(SearchIndex.CHAPTER_TIER);
    }
    assertThat(SearchIndex.tier(EntityKind.TABLE)).isEqualTo(SearchIndex.tier(EntityKind.SERVICE))
        .isGreaterThan(SearchIndex.NAMED_TIER).isGreaterThan(SearchIndex.PAGE_TIER);
    assertThat(SearchIndex.tier(EntityKind.ROUTE)).isEqualTo(SearchIndex.ROW_TIER)
        .isGreaterThan(SearchIndex.tier(EntityKind.TABLE));
    assertThat(SearchIndex.tier(EntityKind.CLAIM)).isEqualTo(SearchIndex.ROW_TIER);
  }

  @Test
  void everyChapterHasOneEntryAndEachOfItsSectionsOneOfItsOwn() {
    SiteContent site = render();
    Truth truth = BookFixtures.load(ROOT).truth();
    List<SitePage> chapters = site.pages().stream().filter(p -> p.kind() == SitePage.Kind.CHAPTER).toList();
    assertThat(chapters).hasSize(truth.chapters().size());
    for (SitePage chapter : chapters) {
      assertThat(site.entries()).as("entries of %s", chapter.name())
          .filteredOn(e -> e.url().equals(chapter.url())).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("Chapter");
            assertThat(e.title()).isEqualTo(chapter.title());
            assertThat(e.tier()).isEqualTo(SearchIndex.CHAPTER_TIER);
          });
      List<SearchEntry> sections = site.entries().stream().filter(e -> e.url().startsWith(chapter.url() + "#"))
          .toList();
      long headings = chapter.asciidoc().lines().filter(l -> l.matches("={2,6} \\S.*")).count();
      assertThat(sections).as("sections of %s", chapter.name()).hasSize((int) headings)
          .allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo("Section");
            assertThat(e.page()).isEqualTo(chapter.title());
            assertThat(e.tier()).isEqualTo(SearchIndex.PAGE_TIER);
          });
      assertThat(sections.stream().map(SearchEntry::url).distinct()).hasSize(sections.size());
    }
    // the crm chapter: its section "Oracle beside CRM, not above it" has the id Asciidoctor gives it
    assertThat(site.entries()).anySatisfy(e -> {
      assertThat(e.title()).isEqualTo("Oracle beside CRM, not above it");
      assertThat(e.url()).isEqualTo("crm-and-oracle.html#_oracle-beside-crm-not-above-it");
      assertThat(e.text()).isNotBlank();
    });
    // the chapter's own entry holds the text before its first section only: no text is indexed twice
    SearchEntry crm = site.entries().stream().filter(e -> e.url().equals("crm-and-oracle.html")).findFirst()
        .orElseThrow();
    assertThat(site.entries().stream().filter(e -> e.url().startsWith("crm-and-oracle.html#")))
        .allSatisfy(section -> assertThat(crm.text()).doesNotContain(section.text()));
  }

  @Test
  void legacyTablesAndDeclaredColumnsAreFoundAtTheirTablesRow() {
    SiteContent site = render();
    Truth truth = BookFixtures.load(ROOT).truth();
    Anchors anchors = Anchors.of(truth);
    int columns = 0;
    int legacyTables = 0;
    for (Domain domain : truth.domains()) {
      for (Domain.LegacyMapping legacy : domain.legacy()) {
        String target = anchors.of(EntityKind.TABLE, legacy.target().id()).orElseThrow();
        assertThat(site.entries()).as("legacy table %s", legacy.table()).anySatisfy(e -> {
          assertThat(e.kind()).isEqualTo(SearchIndex.LEGACY_TABLE);
          assertThat(e.title()).isEqualTo(legacy.table());
          assertThat(e.url()).endsWith("#" + target);
          assertThat(e.text()).contains(domain.id(), legacy.target().id(), legacy.state());
        });
        legacyTables++;
      }
      for (Domain.Table table : domain.tables()) {
        String anchor = anchors.of(EntityKind.TABLE, table.name()).orElseThrow();
        for (Domain.Column column : table.columns()) {
          assertThat(site.entries()).as("column %s.%s", table.name(), column.name()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(SearchIndex.COLUMN);
            assertThat(e.title()).isEqualTo(table.name() + "." + column.name());
            assertThat(e.url()).endsWith(".html#" + anchor);
            assertThat(e.tier()).isEqualTo(SearchIndex.ROW_TIER);
          });
          columns++;
        }
      }
    }
    assertThat(legacyTables).isPositive();
    assertThat(columns).isPositive();
    assertThat(site.entries()).filteredOn(e -> e.kind().equals(SearchIndex.COLUMN)).hasSize(columns);
    assertThat(site.entries()).filteredOn(e -> e.kind().equals(SearchIndex.LEGACY_TABLE)).hasSize(legacyTables);
  }

  @Test
  void aSectionIdIsTheOneAsciidoctorGenerates() {
    assertThat(ChapterSections.generatedId("The CRM shell")).isEqualTo("_the-crm-shell");
    assertThat(ChapterSections.generatedId("Reusing Oracle\u2019s pipeline and detail components"))
        .isEqualTo("_reusing-oracles-pipeline-and-detail-components");
    assertThat(ChapterSections.generatedId("What \"done\" means here")).isEqualTo("_what-done-means-here");
    assertThat(ChapterSections.generatedId("Sprint 1 -- the plan...")).isEqualTo("_sprint-1-the-plan");
    assertThat(ChapterSections.generatedId("crm_contact & co.")).isEqualTo("_crm_contact-co");
  }

  @Test
  void theIndexIsTheSameBytesEveryTimeAndCarriesNoMarkup() {
    String json = render().searchIndexJson();
    assertThat(json).isEqualTo(render().searchIndexJson());
    String hostile = SearchIndex.json(List.of(new SearchEntry("<b>x</b>", "Domain", "a & b", "p.html#x",
        "</script><script>alert(1)</script>", 1)));
    assertThat(hostile).doesNotContain("<", ">", "&").contains("\\u003C/script\\u003E");
  }
}
