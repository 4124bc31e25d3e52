package io.truthbook.render.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A PDF that leaves the reference to the HTML book ({@code pdf.reference: linked}) keeps the chapters and
 * diagrams as the whole book has them, and every cross reference into the reference still leads somewhere:
 * to the same anchor in {@code book.html}.
 */
class LinkedReferenceTest {
  private static final Pattern XREF = Pattern.compile("<<([^,>]+)[,>]");
  private static final Pattern ANCHOR = Pattern.compile("\\[\\[([^\\]]+)]]");

  @Test
  void theChaptersAndDiagramsStayAndReferenceLinksOpenTheHtmlBook() {
    for (var root : List.of(BookFixtures.repositoryRoot(), BookFixtures.hostileRoot())) {
      BookSource source = BookFixtures.source(root, false);
      String whole = BookAssembler.assemble(source);
      String pdf = BookAssembler.withLinkedReference(source, BookAssembler.assemble(source), "book.html");
      String front = BookAssembler.front(source);

      assertThat(whole).contains("Generated from the manifests on every build");
      assertThat(pdf).as("no generated reference in %s", root).doesNotContain("Generated from the manifests on every build");
      assertThat(pdf).doesNotContain("\n= Reference\n");
      // a chapter, not a part: a part must hold a chapter
      assertThat(pdf).endsWith("\n== Reference\n\nThe reference generated from the manifests (domains, tables, endpoints,"
          + " services, owners, gates and the rest) is in the one-page HTML book beside this PDF, link:book.html"
          + "[book.html], which the links of these chapters open.\n");
      Set<String> anchors = matches(ANCHOR, pdf);
      assertThat(anchors).isEqualTo(matches(ANCHOR, front));
      // every cross reference left is to an anchor of this PDF; the others became links into the HTML book
      assertThat(anchors).containsAll(matches(XREF, pdf));
      Set<String> linked = matches(Pattern.compile("link:book\\.html#([^\\[]+)\\["), pdf);
      assertThat(matches(ANCHOR, whole)).containsAll(linked);
      assertThat(linked).doesNotContainAnyElementsOf(anchors);
      assertThat(matches(XREF, front)).containsAll(linked);
    }
  }

  @Test
  void aBookThatLinksNothingIsTheFrontAndAPointerToTheHtml() {
    BookSource source = new BookSource(io.truthbook.model.Truth.builder().build(), List.of(), BookFixtures.STAMP,
        false, List.of(), List.of());
    assertThat(BookAssembler.withLinkedReference(source, BookAssembler.assemble(source), "book.html"))
        .startsWith(BookAssembler.front(source)).contains("link:book.html[book.html]");
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new HashSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
