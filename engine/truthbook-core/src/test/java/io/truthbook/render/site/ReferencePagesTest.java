package io.truthbook.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reference of a large truth stays usable on the site (issue 9): no page over the byte budget,
 * and a long reconciliation matrix paged like the endpoint matrix, each page a complete table whose
 * rows keep their one anchor, so links from other pages still find them.
 */
class ReferencePagesTest {
  private static final Pattern ROW_ANCHOR = Pattern.compile("\\[\\[(reconciliation-claim-\\d+)]]");
  private static final Pattern XREF = Pattern.compile("<<(reconciliation-claim-\\d+),");
  private static final int BUDGET = 100_000;

  @Test
  void aSmallReferenceKeepsOnePagePerArea() {
    List<PageDraft> pages = ReferencePages.split(reference(3, 10), BUDGET);
    assertThat(pages).extracting(PageDraft::name).containsExactly("reference-domains", "reference-reconciliation",
        "reference-glossary");
    assertThat(String.join("\n", pages.get(1).body())).contains("== Claims of older documents",
        "== Reconciliation matrix", "|[.truthbook-status]#current#");
  }

  @Test
  void noPageIsOverTheBudgetAndNothingIsLost() {
    String reference = reference(400, 1_234);
    List<PageDraft> pages = ReferencePages.split(reference, BUDGET);

    // measured as the site writes them: with cross references to other pages rewritten as longer links
    CrossPageLinks links = CrossPageLinks.index(pages);
    assertThat(pages).allSatisfy(p -> assertThat(bytes(links.rewrite(p))).as(p.name()).isLessThanOrEqualTo(BUDGET));
    assertThat(pages).extracting(PageDraft::name).doesNotHaveDuplicates()
        .contains("reference-domains", "reference-domains-2", "reference-reconciliation", "reference-reconciliation-2",
            "reference-reconciliation-matrix", "reference-reconciliation-matrix-4");
    List<String> anchors = new ArrayList<>();
    pages.forEach(p -> anchors.addAll(CrossPageLinks.anchors(p)));
    assertThat(anchors).doesNotHaveDuplicates();
    for (int i = 0; i < 400; i++) {
      assertThat(anchors).contains("domain-" + i);
    }
  }

  @Test
  void aLongMatrixIsPagedAsCompleteTablesWithUniqueRowAnchors() {
    List<PageDraft> pages = ReferencePages.split(reference(3, 1_234), SectionPages.MAX_BYTES);
    List<PageDraft> matrix = pages.stream().filter(p -> p.name().startsWith("reference-reconciliation-matrix")).toList();

    assertThat(matrix).extracting(PageDraft::title).containsExactly("Reconciliation matrix (1 of 4)",
        "Reconciliation matrix (2 of 4)", "Reconciliation matrix (3 of 4)", "Reconciliation matrix (4 of 4)");
    // the counts and the lists by status and owner on the first page, the rows after them
    assertThat(matrix.get(0).leadAnchors()).containsExactly("reconciliation-matrix");
    assertThat(matrix.get(0).body()).contains(".By status").doesNotContain("|===");
    Set<String> rows = new HashSet<>();
    List<Integer> perPage = new ArrayList<>();
    for (PageDraft page : matrix.subList(1, matrix.size())) {
      List<String> body = page.body();
      // a complete table: title, attributes with the role, the header row, rows, closed
      assertThat(body).containsSubsequence(".Claims", "[cols=\"2,1\",options=\"header\",role=\"truthbook-matrix\"]",
          "|===", "|Claim |Status");
      assertThat(body.stream().filter(l -> l.equals("|===")).count()).isEqualTo(2);
      assertThat(body.get(body.size() - 1)).isEqualTo("|===");
      long statuses = body.stream().filter(l -> l.startsWith("|[.truthbook-status]#")).count();
      perPage.add((int) statuses);
      for (String line : body) {
        Matcher anchor = ROW_ANCHOR.matcher(line);
        while (anchor.find()) {
          assertThat(rows.add(anchor.group(1))).as(anchor.group(1)).isTrue();
        }
      }
    }
    assertThat(perPage).containsExactly(500, 500, 234);
    assertThat(rows).hasSize(1_234);

    // the claims page and the lists by status link to rows on every matrix page
    CrossPageLinks links = CrossPageLinks.index(pages);
    String claims = String.join("\n", pages.stream().filter(p -> p.name().equals("reference-reconciliation"))
        .findFirst().orElseThrow().body());
    assertThat(claims).doesNotContain("== Reconciliation matrix");
    Matcher xref = XREF.matcher(claims + String.join("\n", matrix.get(0).body()));
    int linked = 0;
    while (xref.find()) {
      assertThat(links.page(xref.group(1))).as(xref.group(1)).isPresent();
      linked++;
    }
    assertThat(linked).isEqualTo(2 * 1_234);
    assertThat(String.join("\n", links.rewrite(matrix.get(0)).body()))
        .contains("link:reference-reconciliation-matrix-4.html#reconciliation-claim-1233[");
  }

  private static long bytes(PageDraft page) {
    return page.body().stream().mapToLong(l -> l.getBytes(StandardCharsets.UTF_8).length + 1L).sum();
  }

  /** A reference as the book writes it: many domains, then claims in documents, then the matrix. */
  private static String reference(int domains, int claims) {
    StringBuilder out = new StringBuilder("= Reference\n\nGenerated.\n\n== Domains and tables\n\nEvery domain.\n");
    for (int i = 0; i < domains; i++) {
      out.append("\n[[domain-").append(i).append("]]\n=== Domain d").append(i).append("\n\n[horizontal]\nId:: ``d")
          .append(i).append("``\n\n.Canonical tables of d").append(i).append("\n[cols=\"2,4\",options=\"header\"]\n")
          .append("|===\n|Table |Description\n");
      for (int t = 0; t < 5; t++) {
        out.append("\n|[[table-d").append(i).append("-").append(t).append("]]``d").append(i).append("_t").append(t)
            .append("``\n|The rows of table ").append(t).append(" of domain ").append(i).append(".\n");
      }
      out.append("|===\n");
    }
    out.append("\n== Claims of older documents\n\nStatements of older documents.\n");
    int documents = 10;
    for (int d = 0; d < documents; d++) {
      out.append("\n[[document-").append(d).append("]]\n=== Document: notes ").append(d).append("\n\n.Claims of notes ")
          .append(d).append("\n[cols=\"2,5\",options=\"header\"]\n|===\n|Claim |Statement\n");
      for (int c = d; c < claims; c += documents) {
        out.append("\n|[[claim-").append(c).append("]]``c").append(c).append("`` +\nstatus: <<reconciliation-claim-")
            .append(c).append(",current>>\n|Claim ").append(c).append(" says something.\n");
      }
      out.append("|===\n");
    }
    out.append("\n[[reconciliation-matrix]]\n== Reconciliation matrix\n\nClaims reconciled: ").append(claims)
        .append(".\n\n.By status\n* current (").append(claims).append("): ");
    List<String> links = new ArrayList<>();
    for (int c = 0; c < claims; c++) {
      links.add("<<reconciliation-claim-" + c + ",c" + c + ">>");
    }
    out.append(String.join(", ", links)).append("\n\n.Claims\n")
        .append("[cols=\"2,1\",options=\"header\",role=\"truthbook-matrix\"]\n|===\n|Claim |Status\n");
    for (int c = 0; c < claims; c++) {
      out.append("\n|[[reconciliation-claim-").append(c).append("]]<<claim-").append(c).append(",c").append(c)
          .append(">>\n|[.truthbook-status]#current#\n");
    }
    out.append("|===\n\n== Glossary\n\n[horizontal]\nCRM:: Customer relationship management.\n");
    return out.toString();
  }
}
