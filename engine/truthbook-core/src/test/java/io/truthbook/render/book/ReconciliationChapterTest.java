package io.truthbook.render.book;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.truthbook.Truthbook;
import io.truthbook.history.Revision;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Location;
import io.truthbook.reconcile.claims.ClaimStatus;
import io.truthbook.reconcile.claims.Csv;
import io.truthbook.reconcile.claims.MatrixRow;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import io.truthbook.render.MatrixCsv;
import io.truthbook.render.MatrixJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Velocity book's reconciliation chapter, read back from the assembled AsciiDoc, says what the
 * matrix's CSV and JSON say: the same claims, with the same status, since, evidence and owners.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconciliationChapterTest {
  private static final Pattern CHARACTER_REF = Pattern.compile("&#(\\d+);");
  private static final Pattern XREF = Pattern.compile("<<([a-z0-9-]+),([^>]*)>>");
  private static final Pattern ROW_ANCHOR = Pattern.compile("^\\[\\[(" + ReconciliationChapter.ROW_PREFIX + "[a-z0-9-]+)]]");
  private static final Pattern STATUS = Pattern.compile("^\\[\\." + ReconciliationChapter.STATUS_ROLE + "]#([a-z]+)#$");
  private static final Pattern OWNER = Pattern.compile("\\[\\." + ReconciliationChapter.OWNER_ROLE + "]#(.*?)#(?=, \\[|$)");
  private static final Pattern COUNT = Pattern.compile("(\\d+) (" + String.join("|",
      Arrays.stream(ClaimStatus.values()).map(ClaimStatus::label).toList()) + ")\\b");
  private static final Pattern INDEX_ITEM = Pattern.compile("^\\* (.+) \\((\\d+)\\): (.*)$");

  /** What all three outputs must agree on, per claim. */
  record Claim(String id, String status, String since, String evidence, Set<String> owners) {}

  private ReconciliationMatrix matrix;
  private List<String> book;
  private List<String> chapter;
  private List<List<String>> rows;

  @BeforeAll
  void assembleTheVelocityBook() {
    // the repository's own history, so since and evidence carry commits
    matrix = new Truthbook(BookFixtures.repositoryRoot(), LoadLimits.DEFAULTS).matrix();
    String text = BookAssembler.assemble(BookFixtures.source(BookFixtures.repositoryRoot(), false).withMatrix(matrix));
    book = Arrays.asList(text.split("\n", -1));
    chapter = chapter(book);
    rows = tableRows(chapter);
  }

  @Test
  void theChapterHasARowWithStatusAndEvidenceForEveryClaim() {
    assertThat(rows).hasSizeGreaterThanOrEqualTo(20).hasSize(matrix.rows().size());
    for (List<String> row : rows) {
      assertThat(row).hasSize(8);
      Claim claim = claim(row);
      assertThat(claim.status()).as("status of %s", claim.id()).isIn(
          Arrays.stream(ClaimStatus.values()).map(ClaimStatus::label).toList());
      if (claim.evidence().isEmpty()) {
        assertThat(claim.status()).as("a claim without evidence, %s", claim.id()).isEqualTo("unverifiable");
        assertThat(row.get(4)).isEqualTo(ReconciliationChapter.NO_EVIDENCE);
      } else {
        assertThat(claim.evidence()).matches("[^:]+:\\d+(@[0-9a-f]{7})?");
      }
    }
  }

  @Test
  void theBookTheCsvAndTheJsonAgree() throws Exception {
    List<Claim> fromBook = rows.stream().map(ReconciliationChapterTest::claim).toList();

    List<List<String>> csv = Csv.parse(MatrixCsv.render(matrix));
    List<String> header = csv.get(0);
    List<Claim> fromCsv = new ArrayList<>();
    for (List<String> record : csv.subList(1, csv.size())) {
      Map<String, String> cell = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        cell.put(header.get(i), record.get(i));
      }
      String since = cell.get("since_commit").isEmpty() ? "" : cell.get("since_commit") + " " + cell.get("since_date");
      fromCsv.add(new Claim(cell.get("claim"), cell.get("status"), since, cell.get("evidence"),
          words(cell.get("owners"))));
    }

    List<Claim> fromJson = new ArrayList<>();
    for (JsonNode claim : new ObjectMapper().readTree(MatrixJson.render(matrix)).get("claims")) {
      JsonNode since = claim.path("since");
      JsonNode evidence = claim.path("evidence");
      String at = evidence.isMissingNode() ? "" : evidence.get("file").asText() + ":" + evidence.get("line").asInt()
          + (evidence.has("commit") ? "@" + evidence.get("commit").asText().substring(0, 7) : "");
      Set<String> owners = new LinkedHashSet<>();
      claim.get("owners").forEach(o -> owners.add(o.asText()));
      fromJson.add(new Claim(claim.get("id").asText(), claim.get("status").asText(),
          since.isMissingNode() ? "" : since.get("short").asText() + " " + since.get("date").asText(), at, owners));
    }

    assertThat(fromBook).isNotEmpty().containsExactlyElementsOf(fromCsv).containsExactlyElementsOf(fromJson);
    assertThat(fromBook).anySatisfy(c -> assertThat(c.since()).isNotEmpty());
    assertThat(fromBook).anySatisfy(c -> assertThat(c.owners()).isNotEmpty());
  }

  @Test
  void theCountsAtTheTopAreTheRowsStatuses() {
    Map<String, Integer> counted = new LinkedHashMap<>();
    rows.forEach(r -> counted.merge(claim(r).status(), 1, Integer::sum));
    String summary = chapter.stream().filter(l -> l.startsWith("Claims reconciled")).findFirst().orElseThrow();
    assertThat(summary).contains(": " + rows.size() + " (");
    Matcher count = COUNT.matcher(summary);
    Map<String, Integer> stated = new LinkedHashMap<>();
    while (count.find()) {
      stated.put(count.group(2), Integer.parseInt(count.group(1)));
    }
    stated.values().removeIf(n -> n == 0);
    assertThat(stated).isEqualTo(counted);
  }

  @Test
  void theStatusAndOwnerListsFilterTheRows() {
    Map<String, Set<String>> byStatus = new LinkedHashMap<>();
    Map<String, Set<String>> byOwner = new LinkedHashMap<>();
    for (List<String> row : rows) {
      Claim claim = claim(row);
      byStatus.computeIfAbsent(claim.status(), s -> new LinkedHashSet<>()).add(claim.id());
      Set<String> owners = claim.owners().isEmpty() ? Set.of("no owner") : claim.owners();
      owners.forEach(o -> byOwner.computeIfAbsent(o, s -> new LinkedHashSet<>()).add(claim.id()));
    }
    assertThat(index(".By status")).isEqualTo(byStatus);
    assertThat(index(".By owner")).isEqualTo(byOwner);
  }

  @Test
  void everyRowIsAnchoredAndTheClaimCatalogueLinksToIt() {
    int end = book.indexOf(chapter.get(0));
    List<String> before = book.subList(0, end);
    for (List<String> row : rows) {
      Matcher anchor = ROW_ANCHOR.matcher(row.get(0));
      assertThat(anchor.find()).as("anchor of %s", row.get(0)).isTrue();
      String link = "<<" + anchor.group(1) + "," + claim(row).status() + ">>";
      assertThat(before).as("the claim catalogue links to %s", anchor.group(1)).anyMatch(l -> l.contains(link));
    }
  }

  @Test
  void hostileValuesStayInertAndReadBackExactly() {
    String evil = "a#b_c# *x* [.y]#z# ##w## `q` <<owner-x,s>> +++<script>alert(1)</script>+++ {attr} | x";
    MatrixRow row = new MatrixRow("c-01", Location.of("manifests/claims.yaml", 3, 5), "fact-table", evil, evil, evil,
        "service", evil, Optional.of(new io.truthbook.model.Claim.Expectation(evil, evil)), evil,
        Optional.of(new Location("manifests/x#y.yaml", 7, 5, Optional.of("0123456789abcdef"))), ClaimStatus.STALE,
        Optional.of(new Revision("0123456789abcdef0123456789abcdef01234567", LocalDate.of(2026, 4, 20))), true, true,
        List.of(evil, "sourik", "x#"));
    String text = BookAssembler.assemble(BookFixtures.source(BookFixtures.hostileRoot(), false)
        .withMatrix(new ReconciliationMatrix(List.of(row))));
    List<List<String>> hostile = tableRows(chapter(Arrays.asList(text.split("\n", -1))));

    assertThat(hostile).singleElement().satisfies(cells -> {
      assertThat(cells).hasSize(8).allSatisfy(cell -> assertThat(cell).doesNotContain("+++", "<script", "{attr}"));
      assertThat(claim(cells)).isEqualTo(new Claim("c-01", "stale", "0123456 2026-04-20",
          "manifests/x#y.yaml:7@0123456", new LinkedHashSet<>(List.of(evil, "sourik", "x#"))));
    });
  }

  /** The lines of the reconciliation chapter, its title first. */
  private static List<String> chapter(List<String> book) {
    int start = book.indexOf("== " + ReconciliationChapter.TITLE);
    assertThat(start).as("the book has a reconciliation chapter").isPositive();
    int end = start + 1;
    while (end < book.size() && !book.get(end).startsWith("== ")) {
      end++;
    }
    return book.subList(start, end);
  }

  /** The matrix table's rows, each a list of cells (a cell's continuation lines joined with a newline). */
  private static List<List<String>> tableRows(List<String> chapter) {
    int table = 0;
    while (!chapter.get(table).contains("role=\"" + ReconciliationChapter.TABLE_ROLE + "\"")) {
      table++;
    }
    assertThat(chapter.get(table + 1)).isEqualTo("|===");
    List<List<String>> rows = new ArrayList<>();
    List<String> row = null;
    for (String line : chapter.subList(table + 3, chapter.size())) {
      if (line.equals("|===")) {
        break;
      }
      if (line.isEmpty()) {
        row = new ArrayList<>();
        rows.add(row);
      } else if (line.startsWith("|")) {
        row.add(line.substring(1));
      } else {
        row.set(row.size() - 1, row.get(row.size() - 1) + "\n" + line);
      }
    }
    return rows;
  }

  private static Claim claim(List<String> row) {
    Matcher id = XREF.matcher(row.get(0));
    assertThat(id.find()).as("claim link in %s", row.get(0)).isTrue();
    Matcher status = STATUS.matcher(row.get(5));
    assertThat(status.matches()).as("status cell %s", row.get(5)).isTrue();
    String evidence = row.get(4).equals(ReconciliationChapter.NO_EVIDENCE) ? "" : plain(row.get(4));
    Set<String> owners = new LinkedHashSet<>();
    Matcher owner = OWNER.matcher(row.get(7));
    while (owner.find()) {
      Matcher link = XREF.matcher(owner.group(1));
      owners.add(plain(link.matches() ? link.group(2) : owner.group(1)));
    }
    return new Claim(plain(id.group(2)), status.group(1), plain(row.get(6)), evidence, owners);
  }

  /** The list under a block title: each item's key (a link's label, else its text) and the claims it links. */
  private Map<String, Set<String>> index(String title) {
    Map<String, Set<String>> items = new LinkedHashMap<>();
    int at = chapter.indexOf(title);
    assertThat(at).as("list %s", title).isPositive();
    for (String line : chapter.subList(at + 1, chapter.size())) {
      Matcher item = INDEX_ITEM.matcher(line);
      if (!item.matches()) {
        break;
      }
      Matcher key = XREF.matcher(item.group(1));
      Set<String> claims = new LinkedHashSet<>();
      Matcher link = XREF.matcher(item.group(3));
      while (link.find()) {
        claims.add(plain(link.group(2)));
      }
      assertThat(claims).hasSize(Integer.parseInt(item.group(2)));
      items.put(plain(key.matches() ? key.group(2) : item.group(1)), claims);
    }
    return items;
  }

  /** Inert AsciiDoc back to its text: monospace marks dropped, character references resolved. */
  private static String plain(String markup) {
    String text = markup.replace("``", "");
    return CHARACTER_REF.matcher(text).replaceAll(r -> Matcher.quoteReplacement(
        Character.toString(Integer.parseInt(r.group(1)))));
  }

  private static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : text.split(" ")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
