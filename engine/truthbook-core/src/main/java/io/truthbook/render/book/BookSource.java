package io.truthbook.render.book;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Truth;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the book is made of: the truth, the chapters' text in book order (read by the caller),
 * the verification stamp, whether it is a draft, the diagrams to embed, the rules risks name, and the
 * reconciliation matrix when the caller computed one (the book then has a chapter for it).
 */
public record BookSource(Truth truth, List<ChapterText> chapters, Stamp stamp, boolean draft, List<Diagram> diagrams,
    List<RuleInfo> rules, Optional<ReconciliationMatrix> matrix) {
  public BookSource {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(stamp, "stamp");
    Objects.requireNonNull(matrix, "matrix");
    chapters = List.copyOf(chapters);
    diagrams = List.copyOf(diagrams);
    rules = List.copyOf(rules);
  }

  /** A book without a reconciliation matrix. */
  public BookSource(Truth truth, List<ChapterText> chapters, Stamp stamp, boolean draft, List<Diagram> diagrams,
      List<RuleInfo> rules) {
    this(truth, chapters, stamp, draft, diagrams, rules, Optional.empty());
  }

  /** The same book with the reconciliation matrix as a chapter of its reference. */
  public BookSource withMatrix(ReconciliationMatrix reconciled) {
    return new BookSource(truth, chapters, stamp, draft, diagrams, rules, Optional.of(reconciled));
  }
}
