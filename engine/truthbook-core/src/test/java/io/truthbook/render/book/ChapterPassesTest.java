package io.truthbook.render.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.model.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text passes over chapters: truth macros become links, drafts get marks, verbatim text is left alone. */
class ChapterPassesTest {
  private final Anchors anchors = Anchors.of(List.of(
      new EntityRef(EntityKind.DOMAIN, "crm"), new EntityRef(EntityKind.ROUTE, "GET /api/crm/contacts/{id}")));
  private final ProseLinks links = new ProseLinks(anchors, new ProseFacts(new BookSource(
      io.truthbook.model.Truth.builder().build(), List.of(), BookFixtures.STAMP, false, List.of(), List.of()),
      anchors));

  @Test
  void macrosBecomeLinksWithEscapedLabels() {
    assertThat(links.rewrite(List.of("See truth:domain[crm] and truth:route[ GET /api/crm/contacts/{id} ].")))
        .containsExactly("See <<domain-crm,crm>> and <<route-get-api-crm-contacts-id,GET /api/crm/contacts/&#123;id&#125;>>.");
  }

  @Test
  void unknownNamesStayVisibleAndInert() {
    assertThat(links.rewrite(List.of("truth:domain[crmx] truth:widget[{x}]")))
        .containsExactly("##truth&#58;domain&#91;crmx&#93;## ##truth&#58;widget&#91;&#123;x&#125;&#93;##");
  }

  @Test
  void verbatimBlocksAndCommentsAreLeftAlone() {
    List<String> chapter = List.of("----", "truth:domain[crm]", "----", "// truth:domain[crm]",
        "```", "truth:domain[crm]", "```", "truth:domain[crm]");
    assertThat(links.rewrite(chapter)).containsExactly("----", "truth:domain[crm]", "----", "// truth:domain[crm]",
        "```", "truth:domain[crm]", "```", "<<domain-crm,crm>>");
  }

  @Test
  void aBlockLeftOpenIsClosedAtTheEndOfTheChapter() {
    assertThat(links.rewrite(List.of("....", "literal"))).containsExactly("....", "literal", "....");
  }

  @Test
  void draftMarksFollowEverySectionTitleButNotDelimiters() {
    List<String> marked = DraftMarks.mark(List.of("== One", "text", "====", "=== Two", "----", "== not a title", "----"));
    assertThat(marked).containsExactly("== One", "", DraftMarks.WARNING, "", "text", "====", "=== Two", "",
        DraftMarks.WARNING, "", "----", "== not a title", "----");
  }
}
