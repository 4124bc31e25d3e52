package io.truthbook.render.site;

import io.truthbook.model.EntityKind;
import io.truthbook.reconcile.claims.ClaimStatus;
import io.truthbook.reconcile.claims.MatrixRow;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import io.truthbook.render.book.Anchors;
import io.truthbook.render.book.AsciiDocText;
import java.util.ArrayList;
import java.util.List;

/** The reconciliation matrix as a section: each claim, where it stands against the truth, and since when. */
final class MatrixSection {
  private MatrixSection() {}

  static List<String> lines(ReconciliationMatrix matrix, Anchors anchors) {
    List<String> out = new ArrayList<>();
    out.add("");
    out.add("== Reconciliation matrix");
    out.add("");
    List<String> counts = new ArrayList<>();
    for (ClaimStatus status : ClaimStatus.values()) {
      counts.add(matrix.count(status) + " " + status.label());
    }
    out.add(matrix.rows().size() + " claims reconciled with the truth: " + String.join(", ", counts) + ".");
    if (matrix.rows().isEmpty()) {
      return out;
    }
    out.add("");
    out.add("[cols=\"2,1,2,3,3\",options=\"header\"]");
    out.add("|===");
    out.add("|Claim |Status |Since |Expected |The truth says");
    for (MatrixRow row : matrix.rows()) {
      out.add("");
      out.add("|" + anchors.of(EntityKind.CLAIM, row.claimId()).map(a -> AsciiDocText.link(a, row.claimId()))
          .orElseGet(() -> AsciiDocText.mono(row.claimId()))
          + (row.mustHold() ? " +\n_must hold_" : ""));
      out.add("|" + AsciiDocText.inert(row.status().label()));
      out.add("|" + row.since().map(r -> AsciiDocText.mono(r.shortId()) + " " + AsciiDocText.inert(r.date().toString()))
          .orElse(""));
      out.add("|" + AsciiDocText.inert(row.subjectKind() + " " + row.subjectId())
          + (row.expected().isEmpty() ? "" : ": " + AsciiDocText.inert(row.expected())));
      out.add("|" + AsciiDocText.inert(row.truth()));
    }
    out.add("|===");
    return out;
  }
}
