package io.truthbook.publish.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.model.EntityKind;
import io.truthbook.publish.html.ActiveContent;
import io.truthbook.render.book.Anchors;
import io.truthbook.render.book.BookAssembler;
import io.truthbook.render.book.BookFixtures;
import io.truthbook.render.book.EntityRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing: Asciidoctor booted once, the Velocity book built twice and the hostile fixture
 * built once as a draft, then the HTML and PDF read back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookBuilderTest {
  private static final Set<EntityKind> REQUIRED = EnumSet.of(EntityKind.DOMAIN, EntityKind.FAMILY, EntityKind.ROUTE,
      EntityKind.NODE, EntityKind.SERVICE, EntityKind.OWNER, EntityKind.GATE, EntityKind.WORKSTREAM);

  private Path temp;
  private BookBuilder builder;
  private BookOutput velocity;
  private BookOutput again;
  private BookOutput hostile;
  private BookOutput broken;

  @BeforeAll
  void buildBooks(@TempDir Path folder) {
    temp = folder;
    builder = BookBuilder.boot();
    String book = BookAssembler.assemble(BookFixtures.source(BookFixtures.repositoryRoot(), false));
    velocity = builder.build(new BookInput(book, BookFixtures.STAMP.date(), List.of()), temp.resolve("one/book"));
    again = builder.build(new BookInput(book, BookFixtures.STAMP.date(), List.of()), temp.resolve("two/book"));
    String draft = BookAssembler.assemble(BookFixtures.source(BookFixtures.hostileRoot(), true));
    hostile = builder.build(new BookInput(draft, BookFixtures.STAMP.date(), List.of()), temp.resolve("hostile/book"));
    broken = builder.build(new BookInput("= Broken\n\nSee <<nowhere>>.\n", BookFixtures.STAMP.date(), List.of()),
        temp.resolve("broken/book"));
  }

  @AfterAll
  void shutDown() {
    builder.close();
  }

  @Test
  void theBookIsWrittenAsAsciiDocHtmlAndPdf() throws IOException {
    assertThat(velocity.folder()).isEqualTo(temp.resolve("one/book"));
    assertThat(Files.readString(velocity.asciidoc())).startsWith("= Project Velocity");
    assertThat(html(velocity).html()).contains("<div id=\"toc\"", "<style>").doesNotContain("<link rel=\"stylesheet\"");
    byte[] pdf = Files.readAllBytes(velocity.pdf());
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(pdf.length).isGreaterThan(50_000);
    assertThat(pages(pdf)).isGreaterThan(20);
    try (var left = Files.list(temp.resolve("one"))) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("book");
    }
  }

  @Test
  void asciidoctorReportsNothingForTheVelocityAndHostileBooks() {
    assertThat(velocity.messages()).isEmpty();
    assertThat(hostile.messages()).isEmpty();
  }

  @Test
  void asciidoctorsReportsReachTheOutput() {
    assertThat(broken.messages()).anySatisfy(m -> assertThat(m).contains("possible invalid reference: nowhere"));
  }

  @Test
  void everyEntityHasExactlyOneAnchor() throws IOException {
    HtmlPage page = html(velocity);
    Map<String, Long> counts = page.ids().stream()
        .collect(java.util.stream.Collectors.groupingBy(id -> id, java.util.stream.Collectors.counting()));
    assertThat(counts).allSatisfy((id, count) -> assertThat(count).as("elements with id %s", id).isEqualTo(1L));
    Map<EntityRef, String> anchors = Anchors.of(BookFixtures.load(BookFixtures.repositoryRoot()).truth()).all();
    Set<EntityKind> seen = EnumSet.noneOf(EntityKind.class);
    anchors.forEach((entity, anchor) -> {
      assertThat(counts.getOrDefault(anchor, 0L)).as("anchors of %s", entity).isEqualTo(1L);
      seen.add(entity.kind());
    });
    assertThat(seen).containsAll(REQUIRED);
  }

  @Test
  void noInternalLinkIsBroken() throws IOException {
    for (BookOutput output : List.of(velocity, hostile)) {
      HtmlPage page = html(output);
      Set<String> ids = new HashSet<>(page.ids());
      assertThat(page.internalLinks()).isNotEmpty().allSatisfy(target -> assertThat(ids).contains(target));
    }
  }

  @Test
  void twoBuildsAreByteIdentical() throws IOException {
    assertThat(Files.readAllBytes(again.html())).isEqualTo(Files.readAllBytes(velocity.html()));
    assertThat(Files.readAllBytes(again.pdf())).isEqualTo(Files.readAllBytes(velocity.pdf()));
    assertThat(Files.readAllBytes(again.asciidoc())).isEqualTo(Files.readAllBytes(velocity.asciidoc()));
  }

  @Test
  void hostileManifestTextIsShownLiterally() throws IOException {
    HtmlPage page = html(hostile);
    String text = page.text();
    assertThat(text).contains(BookFixtures.HOSTILE, "pass:[<b>raw</b>] link:javascript:alert(2)[click]",
        "<<domain-crm,xref>> [[fake-anchor]] `code` *bold* _em_ #mark#", "$$dollar$$ \\escaped 'q' \"dq\" a--b ... (C) -> x;; y",
        "// not a comment |=== +++<img src=x onerror=alert(3)>+++", "truth:domain[crmx]");
    assertThat(page.markup()).doesNotContainPattern("(?i)<script").doesNotContainPattern("(?i)<img")
        .doesNotContainPattern("(?i)href=\"\\s*javascript")
        .doesNotContain("<b>raw", "<u>", "root:", "class=\"footnote", "<mark>bold");
    assertThat(page.ids()).doesNotContain("fake-anchor");
    assertThat(text).doesNotContain("root:x:");
    // the hostile chapter's raw HTML is shown as text, not run
    assertThat(text).contains("<script>alert('block')</script>", "<b onmouseover=\"alert('subs')\">raw</b>");
  }

  @Test
  void noPageRunsScript() throws IOException {
    for (BookOutput book : List.of(velocity, hostile)) {
      assertThat(ActiveContent.find(Files.readString(book.html()))).as("active content of %s", book.html()).isEmpty();
    }
  }

  @Test
  void aDraftSaysSoOnTheTitleAndUnderEverySection() throws IOException {
    String html = html(hostile).html();
    assertThat(html).containsPattern("<h1>DRAFT: Fixture book");
    Matcher headings = Pattern.compile("(?s)<h([1-6]) id=\"[^\"]+\"[^>]*>.*?</h\\1>(.*?)(?=<h[1-6] id=|$)").matcher(
        html.substring(html.indexOf("<div id=\"content\">")));
    int sections = 0;
    while (headings.find()) {
      sections++;
      assertThat(headings.group(2)).as("under %s", headings.group()).contains("DRAFT.</strong> This book was built from a truth whose check has errors");
    }
    assertThat(sections).isGreaterThan(10);
  }

  private static HtmlPage html(BookOutput output) throws IOException {
    return new HtmlPage(Files.readString(output.html(), StandardCharsets.UTF_8));
  }

  /** Page objects of the PDF (Prawn writes them uncompressed); not the /Pages tree. */
  private static long pages(byte[] pdf) {
    Matcher page = Pattern.compile("/Type /Page(?![s\\w])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    return page.results().count();
  }
}
