package io.truthbook.render.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.model.EntityKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BookAssemblerTest {

  @Test
  void aBookWithoutChaptersStartsItsFirstSectionOnALineOfItsOwn() {
    BookSource source = new BookSource(io.truthbook.model.Truth.builder().build(), List.of(), BookFixtures.STAMP,
        false, List.of(new Diagram("topology", "Runtime topology", "Caption.", "Alt.", "topology.svg",
            "topology.puml")), List.of());
    // glued to the stamp paragraph, the title would be paragraph text and its subsections out of sequence
    assertThat(BookAssembler.assemble(source)).contains("link to it.\n\n== Diagrams\n");
  }
  private static final Pattern XREF = Pattern.compile("<<([^,>]+)[,>]");
  private static final Pattern ANCHOR = Pattern.compile("\\[\\[([^\\]]+)]]");

  @Test
  void theBookIsTitleStampChaptersInOrderThenTheReference() {
    String book = BookAssembler.assemble(BookFixtures.source(BookFixtures.repositoryRoot(), false));
    assertThat(book).startsWith("= Project Velocity — the truth book\n:doctype: book\n");
    assertThat(book).contains(":revdate: 2026-01-15\n", "*Last verified* at commit ``0123456789abcdef0123456789abcdef01234567`` on 2026-01-15.");
    var truth = BookFixtures.load(BookFixtures.repositoryRoot()).truth();
    int last = -1;
    for (var chapter : truth.chapters()) {
      int at = book.indexOf("[[chapter-" + chapter.id() + "]]\n== ");
      assertThat(at).as("chapter %s in book order", chapter.id()).isGreaterThan(last);
      last = at;
    }
    assertThat(book.indexOf("\n= Reference\n")).isGreaterThan(last);
    assertThat(book).doesNotContain("truth:domain[").doesNotContainPattern("(?m)^include::");
  }

  @Test
  void everyLinkHasItsAnchorAndEveryAnchorIsPlacedOnce() {
    for (var root : List.of(BookFixtures.repositoryRoot(), BookFixtures.hostileRoot())) {
      String book = BookAssembler.assemble(BookFixtures.source(root, false));
      Set<String> anchors = new HashSet<>();
      Matcher anchor = ANCHOR.matcher(book);
      while (anchor.find()) {
        assertThat(anchors.add(anchor.group(1))).as("anchor %s placed once in %s", anchor.group(1), root).isTrue();
      }
      Matcher xref = XREF.matcher(book);
      while (xref.find()) {
        assertThat(anchors).as("link target in %s", root).contains(xref.group(1));
      }
      Anchors.of(BookFixtures.load(root).truth()).all().forEach((entity, id) ->
          assertThat(anchors).as("anchor of %s", entity).contains(id));
    }
  }

  @Test
  void hostileValuesNeverReachTheTextRaw() {
    String book = BookAssembler.assemble(BookFixtures.source(BookFixtures.hostileRoot(), false));
    assertThat(book).doesNotContain("include::", "+++", "{nonexistent-attr}", "pass:[", "javascript:",
        "[[fake-anchor]]", "footnote:[", "$$", "(((");
    // manifest values reach the reference escaped; the hostile chapter's raw HTML is text that
    // Asciidoctor escapes (BookBuilderTest reads the HTML), its passthrough block became a literal block
    assertThat(book.substring(book.indexOf("\n= Reference\n"))).doesNotContain("<script");
    assertThat(book).contains("\n....\n<script>alert('block')</script>\n....\n");
    assertThat(book).doesNotContainPattern("(?m)^(= Level|== Section|// comment|NOTE:|:attr:)");
  }

  @Test
  void aDraftIsMarkedOnTheTitleAndUnderEverySection() {
    String book = BookAssembler.assemble(BookFixtures.source(BookFixtures.hostileRoot(), true));
    assertThat(book).startsWith("= DRAFT: ");
    String[] lines = book.split("\n");
    int sections = 0;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].matches("={1,6} \\S.*")) {
        sections++;
        assertThat(lines[i + 2]).as("mark under %s", lines[i]).isEqualTo(DraftMarks.WARNING);
      }
    }
    assertThat(sections).isGreaterThan(10);
  }

  @Test
  void aChapterWithoutItsOwnTitleGetsOne() {
    var loaded = BookFixtures.load(BookFixtures.hostileRoot());
    var chapter = loaded.truth().chapters().get(0);
    var source = new BookSource(loaded.truth(), List.of(new ChapterText(chapter, List.of("Just text."))),
        BookFixtures.STAMP, false, List.of(), List.of());
    String book = BookAssembler.assemble(source);
    assertThat(book).contains("[[chapter-start]]\n== Start here include&#58;&#58;/etc/passwd&#91;&#93;");
    assertThat(Anchors.of(loaded.truth()).of(EntityKind.CHAPTER, "start")).contains("chapter-start");
  }

  @Test
  void diagramsAreEmbeddedWithCaptionAltAndTheirSource() {
    var loaded = BookFixtures.load(BookFixtures.hostileRoot());
    var diagram = new Diagram("runtime-topology", "Runtime {topology}", "Ingress -> origin", "Alt \"text\" [x]",
        "runtime-topology.svg", "../diagrams/runtime-topology.puml");
    String book = BookAssembler.assemble(new BookSource(loaded.truth(), loaded.chapters(), BookFixtures.STAMP, false,
        List.of(diagram), List.of()));
    assertThat(book).contains("[[diagram-runtime-topology]]\n=== Runtime &#123;topology&#125;\n",
        ".Ingress -&#62; origin\nimage::runtime-topology.svg[\"Alt text x\",link=\"runtime-topology.svg\"]",
        "link:../diagrams/runtime-topology.puml[");
  }

  @Test
  void theSchemaBlueprintLinksADomainsDiagramOnlyWhenTheBookShowsIt() {
    var loaded = BookFixtures.load(BookFixtures.repositoryRoot());
    var crm = new Diagram("er-crm", "CRM", "Caption.", "Alt.", "er-crm.svg", "er-crm.puml");
    String book = BookAssembler.assemble(new BookSource(loaded.truth(), loaded.chapters(), BookFixtures.STAMP, false,
        List.of(crm), List.of()));
    assertThat(book).contains("[[diagram-er-crm]]\n", "The diagram <<diagram-er-crm,er-crm>> among the diagrams",
        // a diagram the book does not show (its rendering failed) is named, never linked
        "The diagram ``er-core`` among the diagrams");
    String without = BookAssembler.assemble(new BookSource(loaded.truth(), loaded.chapters(), BookFixtures.STAMP,
        false, List.of(), List.of()));
    assertThat(without).contains("The diagram ``er-crm`` among").doesNotContain("<<diagram-");
  }
}
