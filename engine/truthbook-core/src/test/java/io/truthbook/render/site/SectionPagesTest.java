package io.truthbook.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A long reference page is cut at its top-level sections into parts under a budget; nothing is lost or cut. */
class SectionPagesTest {
  @Test
  void aPageUnderTheBudgetStaysWhole() {
    PageDraft page = page(3);
    assertThat(SectionPages.split(page, 1_000_000)).containsExactly(page);
  }

  @Test
  void aLongPageIsCutBetweenSectionsKeepingEachAnchorWithItsTitle() {
    PageDraft page = page(10);
    List<PageDraft> parts = SectionPages.split(page, 300);

    assertThat(parts).hasSizeGreaterThan(2);
    assertThat(parts).extracting(PageDraft::name).startsWith("reference-domains", "reference-domains-2");
    assertThat(parts.get(0).title()).isEqualTo("Domains and tables (1 of " + parts.size() + ")");
    assertThat(parts.get(0).leadAnchors()).containsExactly("domains");
    assertThat(parts.get(1).leadAnchors()).isEmpty();
    assertThat(parts.get(0).body().get(0)).isEqualTo("Every domain of the truth.");
    List<String> joined = new ArrayList<>();
    for (PageDraft part : parts) {
      assertThat(part.body().stream().filter(l -> l.startsWith("== ")).count()).isPositive();
      String first = part.body().stream().filter(l -> !l.isBlank()).findFirst().orElseThrow();
      assertThat(first).matches("\\[\\[domain-\\d+]]|Every domain of the truth\\.");
      part.body().stream().filter(l -> !l.isBlank()).forEach(joined::add);
    }
    assertThat(joined).isEqualTo(page.body().stream().filter(l -> !l.isBlank()).toList());
  }

  @Test
  void aSectionLargerThanTheBudgetIsAPartOfItsOwn() {
    List<PageDraft> parts = SectionPages.split(page(2), 10);
    assertThat(parts).hasSize(3);
    assertThat(parts.get(2).body()).contains("== Domain 1");
  }

  private static PageDraft page(int domains) {
    List<String> body = new ArrayList<>(List.of("Every domain of the truth.", ""));
    for (int i = 0; i < domains; i++) {
      body.addAll(List.of("[[domain-" + i + "]]", "== Domain " + i, "", "Tables of domain " + i + ".", "",
          "[cols=\"1,2\"]", "|===", "| Table | Description", "", "| t" + i + " | rows", "|===", ""));
    }
    return new PageDraft("reference-domains", "Domains and tables", SitePage.Kind.REFERENCE, "Domains and tables",
        List.of("domains"), body);
  }
}
