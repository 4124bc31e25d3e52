package io.truthbook.render.book;

import io.truthbook.model.EntityKind;
import io.truthbook.reconcile.claims.ClaimStatus;
import io.truthbook.reconcile.claims.MatrixRow;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The reconciliation matrix as a chapter of the reference, for the book and the site alike: the
 * counts per status, the claims listed by status and by owner (the book's filter, since a
 * single-page book in secure mode runs no script), then one row per claim. In HTML the table
 * carries the role {@value #TABLE_ROLE} and each row its status and owners as spans with the roles
 * {@value #STATUS_ROLE} and {@value #OWNER_ROLE}, which the site's filter script reads.
 */
final class ReconciliationChapter implements ReferenceSection {
  static final String TITLE = "Reconciliation matrix";
  static final String ANCHOR = "reconciliation-matrix";
  /** A row's anchor is this prefix and its claim's anchor. */
  static final String ROW_PREFIX = "reconciliation-";
  static final String TABLE_ROLE = "truthbook-matrix";
  static final String STATUS_ROLE = "truthbook-status";
  static final String OWNER_ROLE = "truthbook-owner";
  static final String NO_EVIDENCE = "_no evidence_";
  private static final String NO_OWNER = "no owner";

  @Override
  public void write(ReferenceContext c, AsciiDocWriter out) {
    if (c.matrix().isEmpty()) {
      return;
    }
    ReconciliationMatrix matrix = c.matrix().get();
    out.section(1, ANCHOR, TITLE);
    List<String> counts = new ArrayList<>();
    for (ClaimStatus status : ClaimStatus.values()) {
      counts.add(matrix.count(status) + " " + status.label());
    }
    out.paragraph("Claims reconciled with the manifests and their history: " + matrix.rows().size() + " ("
        + String.join(", ", counts) + "). Must-hold claims not current: "
        + matrix.rows().stream().filter(MatrixRow::failsMustHold).count() + ". Legacy feeders: "
        + matrix.rows().stream().filter(MatrixRow::legacyFeeder).count() + ".");
    if (matrix.rows().isEmpty()) {
      return;
    }
    out.paragraph("Evidence is the manifest line that defines the claim's subject, at the commit it was read at. "
        + "Since is the commit (and its date) from which the claim has had its status.");
    out.bullets("By status", index(c, matrix, r -> List.of(r.status().label()),
        Comparator.comparing(label -> ClaimStatus.valueOf(label.toUpperCase(Locale.ROOT))), label -> label));
    // claims whose subject has no owner are listed last, under the empty key
    out.bullets("By owner", index(c, matrix, MatrixRow::owners,
        Comparator.comparing(String::isEmpty).thenComparing(Comparator.naturalOrder()),
        owner -> owner.isEmpty() ? NO_OWNER : c.link(EntityKind.OWNER, owner)));
    Set<String> placed = new HashSet<>();
    List<List<String>> rows = new ArrayList<>();
    for (MatrixRow row : matrix.rows()) {
      rows.add(row(c, row, placed));
    }
    out.table("Claims", TABLE_ROLE, "2,4,2,3,3,1,2,2",
        List.of("Claim", "Statement and source", "Subject", "The truth now", "Evidence", "Status", "Since", "Owner"),
        rows);
  }

  /** One item per key (a status, or an owner), with the claims that have it, linked to their rows. */
  private static List<String> index(ReferenceContext c, ReconciliationMatrix matrix,
      Function<MatrixRow, List<String>> keys, Comparator<String> order, Function<String, String> label) {
    // a set per key: looking a link up in a list made the index quadratic in the claims of a key
    Map<String, Set<String>> claims = new TreeMap<>(order);
    for (MatrixRow row : matrix.rows()) {
      List<String> of = keys.apply(row);
      for (String key : of.isEmpty() ? List.of("") : of) {
        claims.computeIfAbsent(key, k -> new LinkedHashSet<>())
            .add(c.matrixAnchor(row.claimId()).map(a -> AsciiDocText.link(a, row.claimId()))
                .orElseGet(() -> c.mono(row.claimId())));
      }
    }
    List<String> items = new ArrayList<>();
    claims.forEach((key, links) -> items.add(label.apply(key) + " (" + links.size() + "): "
        + String.join(", ", links)));
    return items;
  }

  private static List<String> row(ReferenceContext c, MatrixRow row, Set<String> placed) {
    // a duplicated claim id (a check error) anchors only its first row
    String anchor = c.matrixAnchor(row.claimId()).filter(placed::add).map(a -> "[[" + a + "]]").orElse("");
    String claim = anchor + c.link(EntityKind.CLAIM, row.claimId())
        + ClaimCatalogue.marks(row.mustHold(), row.legacyFeeder());
    String document = c.link(EntityKind.DOCUMENT, row.documentId(),
        row.documentTitle().isBlank() ? row.documentId() : row.documentTitle());
    String source = c.text(row.statement()) + " +\n" + document
        + (row.section().isBlank() ? "" : ", " + c.text(row.section()));
    String subject = ClaimCatalogue.subject(c, row.subjectKind(), row.subjectId())
        + row.expects().map(e -> " +\nexpects " + c.mono(e.field()) + " = " + c.mono(e.value())).orElse("");
    String since = row.since().map(r -> c.mono(r.shortId()) + " " + c.text(r.date().toString())).orElse("");
    List<String> owners = row.owners().stream().map(o -> span(OWNER_ROLE, c.link(EntityKind.OWNER, o))).toList();
    return List.of(claim, source, subject, c.text(row.truth()),
        row.evidence().isPresent() ? c.mono(row.evidenceText()) : NO_EVIDENCE,
        span(STATUS_ROLE, row.status().label()), since, owners.isEmpty() ? NO_OWNER : String.join(", ", owners));
  }

  /** Markup in a span with a role, so HTML carries it as data; the markup is escaped already. */
  private static String span(String role, String markup) {
    return "[." + role + "]#" + markup + "#";
  }
}
