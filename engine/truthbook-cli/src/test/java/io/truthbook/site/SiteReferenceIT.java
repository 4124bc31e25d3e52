package io.truthbook.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Audit;
import io.truthbook.Truthbook;
import io.truthbook.model.EntityEvidence;
import io.truthbook.model.GateState;
import io.truthbook.model.Workstream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built site's HTML ({@code target/site/}, built in the package phase) read as text: what the
 * check knows of gates, evidence and tasks must reach the pages. Every expectation is derived from an
 * audit of the same truth, none is counted by hand.
 */
class SiteReferenceIT {
  private static final Path ROOT = Path.of(System.getProperty("truthbook.root", "src/test/velocity")).toAbsolutePath()
      .normalize();
  private static final Path SITE = Path.of(System.getProperty("truthbook.jar", "target/truthbook.jar"))
      .toAbsolutePath().normalize().resolveSibling("site");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern REF = Pattern.compile("&#(x[0-9A-Fa-f]+|[0-9]+);");

  private static Audit audit;
  /** Each page's HTML, by file name. */
  private static final Map<String, String> pages = new LinkedHashMap<>();

  @BeforeAll
  static void read() throws IOException {
    assertThat(SITE.resolve("index.html"))
        .as("the site is built in the package phase (mvn verify); %s is missing", SITE.resolve("index.html"))
        .isRegularFile();
    try (Stream<Path> files = Files.list(SITE)) {
      for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        pages.put(page.getFileName().toString(), Files.readString(page));
      }
    }
    audit = new Truthbook(ROOT, Truthbook.Options.defaults()).audit();
  }

  /** The text a reader sees of some HTML: tags dropped, character references decoded, spaces collapsed. */
  private static String text(String html) {
    String plain = TAG.matcher(html).replaceAll(" ").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&nbsp;", " ");
    plain = REF.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(Character.toString(
        m.group(1).startsWith("x") ? Integer.parseInt(m.group(1).substring(1), 16) : Integer.parseInt(m.group(1)))));
    return plain.replace("&amp;", "&").replaceAll("\\s+", " ").replaceAll(" ([,:;)])", "$1");
  }

  /** The HTML from the element with this id to the next gate's, on the page that holds it. */
  private static String section(String id, String nextPrefix) {
    for (String html : pages.values()) {
      int start = html.indexOf("id=\"" + id + "\"");
      if (start >= 0) {
        int end = html.indexOf("id=\"" + nextPrefix, start + id.length() + 5);
        return html.substring(start, end < 0 ? html.length() : end);
      }
    }
    throw new AssertionError("no page of " + SITE + " holds the anchor " + id);
  }

  @Test
  void eachGateShowsItsStateRequiredReviewersAndUnmetCriteria() {
    assertThat(audit.gates().gates()).isNotEmpty();
    for (GateState gate : audit.gates().gates()) {
      String shown = text(section("gate-" + gate.id(), "gate-"));
      assertThat(shown).as("gate %s", gate.id())
          .contains("State " + (gate.passed() ? "passed" : "blocked"))
          .contains("Required reviewers " + String.join(", ", gate.requiredReviewers()));
      for (GateState.CriterionResult unmet : gate.unmet()) {
        assertThat(shown).as("gate %s, criterion %s", gate.id(), unmet.id()).contains(unmet.id() + (unmet.implicit()
            ? " implicit" : "") + " unmet");
        unmet.notes().forEach(note -> assertThat(shown).contains(note));
      }
      // the implicit criterion every gate has is spelled out
      assertThat(shown).contains("check implicit");
    }
  }

  @Test
  void anEndpointShowsTheFileAndLineThatDefineIt() {
    String endpoint = "POST /api/crm/contacts";
    EntityEvidence found = audit.evidence().stream()
        .filter(e -> e.kind().equals(EntityEvidence.ENDPOINT) && e.id().equals(endpoint)).findFirst()
        .orElseThrow(() -> new AssertionError("the check found no evidence of " + endpoint));
    String where = found.at().fileLine();
    assertThat(where).contains(".py:");
    // some row of the endpoint matrix names the endpoint and, a few cells on, the file and line defining it
    boolean shown = pages.values().stream().map(SiteReferenceIT::text).anyMatch(page -> {
      for (int row = page.indexOf(endpoint + " "); row >= 0; row = page.indexOf(endpoint + " ", row + 1)) {
        int at = page.indexOf(where, row);
        if (at >= 0 && at - row < 600) {
          return true;
        }
      }
      return false;
    });
    assertThat(shown).as("a page shows %s with %s", endpoint, where).isTrue();
  }

  @Test
  void tasksKeepTheirDoneAndOpenMarks() {
    List<Workstream.Task> tasks = new Truthbook(ROOT, Truthbook.Options.defaults()).truth().workstreams().stream()
        .flatMap(w -> w.tasks().stream()).toList();
    String all = text(String.join("\n", pages.values()));
    Workstream.Task done = tasks.stream().filter(Workstream.Task::done).findFirst().orElseThrow();
    Workstream.Task open = tasks.stream().filter(t -> !t.done()).findFirst().orElseThrow();
    assertThat(all).contains("[x] " + done.title()).contains("[ ] " + open.title());
  }
}
