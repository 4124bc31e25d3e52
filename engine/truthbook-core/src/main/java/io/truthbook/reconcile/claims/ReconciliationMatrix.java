package io.truthbook.reconcile.claims;

import io.truthbook.model.Finding;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import java.util.List;

/** Every claim reconciled with the truth, in manifest order; must-hold failures become findings. */
public record ReconciliationMatrix(List<MatrixRow> rows) {
  /** The rule a must-hold claim that is not current breaks. */
  public static final RuleInfo MUST_HOLD = new RuleInfo("claim.must-hold", Severity.ERROR,
      "a must-hold claim is not current",
      "A claim marked mustHold states something the platform relies on, so it must stay true of the"
          + " manifests. Stale: it held at an earlier commit and no longer does. Contradicted: it never held."
          + " Unverifiable: its subject is not defined, or it expects nothing checkable.",
      "make the manifests say it again; or, if the manifests are right, remove 'mustHold' from the claim");

  public ReconciliationMatrix {
    rows = List.copyOf(rows);
  }

  public long count(ClaimStatus status) {
    return rows.stream().filter(r -> r.status() == status).count();
  }

  /** A {@code claim.must-hold} error at each must-hold claim that is not current. */
  public List<Finding> findings() {
    return rows.stream().filter(MatrixRow::failsMustHold).map(ReconciliationMatrix::finding).toList();
  }

  private static Finding finding(MatrixRow row) {
    String expected = row.expects().isPresent()
        ? "expected " + row.subject() + " " + row.expected() + ", the truth says " + row.truth()
        : row.truth();
    String since = row.since().map(r -> " since " + r).orElse("");
    String hint = row.status() == ClaimStatus.UNVERIFIABLE
        ? "give the claim a subject the manifests define and a checkable 'expects' (see `truthbook explain "
            + MUST_HOLD.id() + "`), or remove 'mustHold'"
        : MUST_HOLD.fix();
    return Finding.error(MUST_HOLD.id(), row.at(), "must-hold claim '" + row.claimId() + "' is "
        + row.status().label() + since + ": \"" + row.statement() + "\" (" + expected + ")", hint);
  }
}
