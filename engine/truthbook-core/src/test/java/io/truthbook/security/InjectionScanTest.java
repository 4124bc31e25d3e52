package io.truthbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.truthbook.model.CheckResult;
import io.truthbook.reconcile.claims.Csv;
import io.truthbook.render.book.BookFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's injection acceptance, tested by scanning what the tool wrote rather than trusting the
 * escapers: the Velocity truth with a hostile corpus in every free-text field, in a table name and
 * in route paths, put through every output (reports, matrix, diff, review, diagrams, book, site
 * source). Every output must carry the text as inert literal text, and a secret file the corpus
 * tries to include must show up nowhere.
 */
class InjectionScanTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Element names that run code or pull in other documents. */
  private static final List<String> ACTIVE_ELEMENTS = List.of("script", "iframe", "object", "embed", "foreignobject",
      "base", "form");
  /** Control characters XML 1.0 cannot carry and a terminal would act on. */
  private static final Pattern RAW_CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  @TempDir static Path temp;
  private static Path secret;
  private static Path out;
  private static CheckResult result;

  @BeforeAll
  static void writeEveryOutput() throws Exception {
    secret = Files.writeString(Files.createDirectories(temp.resolve("outside")).resolve("secret.txt"),
        HostileCorpus.SECRET + "\n");
    HostileTruth.Repo repo = HostileTruth.create(BookFixtures.repositoryRoot(), temp.resolve("repo"),
        HostileCorpus.strings(secret), secret);
    out = temp.resolve("out");
    result = Outputs.write(repo, out);
  }

  @Test
  void theHostileEvidenceEndsInFindings() {
    assertThat(result.findings()).extracting(f -> f.ruleId() + " " + f.message())
        .anyMatch(m -> m.contains("crm_<script>alert(1)</script>"))
        .anyMatch(m -> m.contains("=HYPERLINK(1)+include::" + secret + "[]"))
        .anyMatch(m -> m.contains("/x/+++pass:[{script}]+++/{docdir}/[a](javascript:alert(1))"));
    assertThat(result.findings()).extracting(f -> f.location().file())
        .anyMatch(file -> file.endsWith("V98__esc\u001b[2J<b>x<\\b>.sql"));
  }

  @Test
  void theSecretIsInNoOutput() {
    List<Path> files = outputs();
    assertThat(files).hasSizeGreaterThan(40);
    for (Path file : files) {
      assertThat(latin1(file)).as("%s", file).doesNotContain(HostileCorpus.SECRET);
    }
  }

  @Test
  void htmlHasNoLiveMarkupAndShowsTheText() {
    String html = Outputs.read(out.resolve("build/book/book.html"));
    assertNoActiveMarkup("book.html", Markup.tags(html));
    assertThat(Markup.htmlText(html)).contains(HostileCorpus.markers(secret));
  }

  @Test
  void svgParsesHasNoLiveMarkupAndShowsTheText() throws Exception {
    StringBuilder text = new StringBuilder();
    List<Path> svgs = outputs().stream().filter(f -> f.toString().endsWith(".svg")).toList();
    assertThat(svgs).hasSizeGreaterThan(10);
    for (Path svg : svgs) {
      String raw = Outputs.read(svg);
      assertThat(RAW_CONTROL.matcher(raw).find()).as("raw control character in %s", svg).isFalse();
      var document = Markup.xml(raw);
      assertNoActiveMarkup(svg.toString(), Markup.elements(document));
      text.append(document.getDocumentElement().getTextContent()).append('\n');
    }
    assertThat(text.toString()).contains("<script>alert(document.cookie)</script>", "!include", "@enduml",
        "%getenv(\"HOME\")", "include::" + secret + "[]");
  }

  @Test
  void asciiDocStartsNoIncludePassthroughAttributeOrMacro() {
    List<Path> pages = outputs().stream().filter(f -> f.toString().endsWith(".adoc")).toList();
    assertThat(pages).hasSizeGreaterThan(10);
    StringBuilder book = new StringBuilder();
    StringBuilder site = new StringBuilder();
    for (Path page : pages) {
      String text = Outputs.read(page);
      for (String line : text.split("\n", -1)) {
        assertThat(line).as("a line of %s", page).doesNotStartWith("include::").doesNotStartWith("!include")
            .doesNotStartWith("////");
      }
      assertThat(text).as("%s", page).doesNotContain("pass:[", "+++<", "{docdir}", "{secret-attr}", "{user-home}",
          "link:javascript", "image:" + secret, "footnote:[", "<script", "include::" + secret, "javascript:alert");
      (page.endsWith("book.adoc") ? book : site).append(Markup.collapse(Markup.decode(text)));
    }
    assertThat(book.toString()).contains(HostileCorpus.markers(secret));
    assertThat(site.toString()).contains("include::" + secret + "[]", "<script>alert(document.cookie)</script>",
        "+++<script>alert('pass')</script>+++", "{docdir}", "=HYPERLINK(\"http://evil.example\",\"x\")");
  }

  @Test
  void plantUmlHasNoDirectiveAndEndsOnce() {
    StringBuilder text = new StringBuilder();
    for (Path source : generatedPlantUml()) {
      List<String> lines = Outputs.read(source).lines().toList();
      assertThat(lines).as("%s", source).startsWith("@startuml").endsWith("@enduml");
      for (String line : lines.subList(1, lines.size() - 1)) {
        String trimmed = line.strip();
        assertThat(trimmed).as("a line of %s", source).doesNotStartWith("!").doesNotStartWith("@")
            .doesNotStartWith("%").doesNotContain("%getenv", "%load_json", "<img:", "!include");
      }
      text.append(Markup.decode(String.join("\n", lines)));
    }
    assertThat(text.toString()).contains("!include " + secret, "@enduml", "%getenv(\"HOME\")",
        "<script>alert(document.cookie)</script>");
  }

  @Test
  void csvCellsStartNoFormula() throws IOException {
    List<List<String>> rows = Csv.parse(Outputs.read(out.resolve("matrix.csv")));
    List<String> cells = new ArrayList<>();
    rows.forEach(cells::addAll);
    for (String cell : cells) {
      assertThat(cell).as("a matrix cell").doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
          .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
    }
    assertThat(cells).as("the corpus, defused but whole").contains("'=HYPERLINK(\"http://evil.example\",\"x\")",
        "'+SUM(1,2)", "'@SUM(1)");
  }

  @Test
  void xmlReportsParseAndCarryTheMessages() throws Exception {
    String junit = Outputs.read(out.resolve(Outputs.REPORTS.get("junit")));
    assertThat(RAW_CONTROL.matcher(junit).find()).as("raw control character in JUnit XML").isFalse();
    String text = Markup.xml(junit).getDocumentElement().getTextContent() + attributes(Markup.xml(junit));
    assertThat(text).contains("crm_<script>alert(1)</script>", "=HYPERLINK(1)+include::" + secret + "[]");
  }

  @Test
  void jsonOutputsParseAndRoundTripTheStringsExactly() throws IOException {
    List<String> diff = strings(out.resolve("diff.json"));
    assertThat(diff).as("every corpus string, exactly, in the diff").containsAll(HostileCorpus.strings(secret));
    assertThat(strings(out.resolve("matrix.json"))).contains("=HYPERLINK(\"http://evil.example\",\"x\")");
    for (String report : List.of("json", "sarif")) {
      assertThat(strings(out.resolve(Outputs.REPORTS.get(report)))).as(report)
          .anyMatch(s -> s.contains("crm_<script>alert(1)</script>"))
          .anyMatch(s -> s.contains("/x/+++pass:[{script}]+++/{docdir}/[a](javascript:alert(1))"));
    }
    for (Path json : outputs().stream().filter(f -> f.toString().endsWith(".json")).toList()) {
      JSON.readTree(json.toFile());
    }
  }

  @Test
  void markdownHasNoRawHtmlLinksOrImages() {
    for (String file : List.of(Outputs.REPORTS.get("markdown"), "review.md")) {
      String markdown = Outputs.read(out.resolve(file));
      String prose = markdown.replaceAll("`[^`\n]*`", "``");
      assertThat(prose).as(file).doesNotContainPattern("<[a-zA-Z!/?]").doesNotContainPattern("(?<!\\\\)\\]\\(")
          .doesNotContainPattern("(?<!\\\\)!\\[").doesNotContain("http://", "https://", "javascript:");
      assertThat(RAW_CONTROL.matcher(markdown).find()).as("raw control character in %s", file).isFalse();
      assertThat(markdown).as(file).contains("&lt;script&gt;");
    }
    assertThat(Outputs.read(out.resolve("review.md"))).contains("\\[click\\]\\(javascript\\:alert\\(1\\)\\)");
  }

  @Test
  void textReportsKeepOneFindingPerLineWithoutControlCharacters() {
    for (String file : List.of(Outputs.REPORTS.get("text"), Outputs.REPORTS.get("github"), "diff.txt")) {
      assertThat(RAW_CONTROL.matcher(Outputs.read(out.resolve(file))).find()).as("control character in %s", file)
          .isFalse();
    }
    String github = Outputs.read(out.resolve(Outputs.REPORTS.get("github")));
    assertThat(github.lines()).isNotEmpty().allMatch(l -> l.matches("::(error|warning|notice) file=[^:]*::.*"));
    assertThat(github).contains("crm_<script>alert(1)</script>");
  }

  private static void assertNoActiveMarkup(String where, List<Markup.Tag> tags) {
    assertThat(tags).as("tags of %s", where).isNotEmpty();
    for (Markup.Tag tag : tags) {
      assertThat(tag.name()).as("an element of %s", where).isNotIn(ACTIVE_ELEMENTS);
      tag.attributes().forEach((name, value) -> {
        assertThat(name).as("attribute of <%s> in %s", tag.name(), where).doesNotStartWith("on");
        if (name.equals("http-equiv")) {
          assertThat(value).as("http-equiv in %s", where).isEqualToIgnoringCase("X-UA-Compatible");
        }
        String url = value.replaceAll("[\\s\\x00-\\x1F]", "").toLowerCase(java.util.Locale.ROOT);
        assertThat(url).as("%s of <%s> in %s", name, tag.name(), where).doesNotStartWith("javascript:")
            .doesNotStartWith("vbscript:").doesNotStartWith("data:text/html");
      });
    }
  }

  private static String attributes(org.w3c.dom.Document document) {
    StringBuilder text = new StringBuilder();
    Markup.elements(document).forEach(t -> t.attributes().values().forEach(v -> text.append(v).append('\n')));
    return text.toString();
  }

  private static List<String> strings(Path json) throws IOException {
    List<String> found = new ArrayList<>();
    collect(JSON.readTree(json.toFile()), found);
    return found;
  }

  private static void collect(JsonNode node, List<String> found) {
    if (node.isTextual()) {
      found.add(node.textValue());
    }
    node.forEach(child -> collect(child, found));
  }

  private static List<Path> generatedPlantUml() {
    return outputs().stream().filter(f -> f.toString().endsWith(".puml"))
        .filter(f -> !f.getFileName().toString().equals("hostile.puml")).toList();
  }

  /** Every file the tool wrote, without the clone cache. */
  private static List<Path> outputs() {
    return Outputs.files(out).stream().filter(f -> !f.startsWith(out.resolve("clones"))).toList();
  }

  private static String latin1(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
