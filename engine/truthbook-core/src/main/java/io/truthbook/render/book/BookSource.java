package io.truthbook.render.book;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Truth;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the book is made of: the truth, the chapters' text in book order (read by the caller),
 * the verification stamp, whether it is a draft, the diagrams to embed, the rules risks name, and the
 * reconciliation matrix when the caller computed one (the book then has a chapter for it), and each
 * gate's required reviewers (owner ids), which chapters state with {@code truth:reviewers[gate]}.
 */
public record BookSource(Truth truth, List<ChapterText> chapters, Stamp stamp, boolean draft, List<Diagram> diagrams,
    List<RuleInfo> rules, Optional<ReconciliationMatrix> matrix, Map<String, List<String>> reviewers) {
  public BookSource {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(stamp, "stamp");
    Objects.requireNonNull(matrix, "matrix");
    chapters = List.copyOf(chapters);
    diagrams = List.copyOf(diagrams);
    rules = List.copyOf(rules);
    reviewers = reviewers.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  /** A book without a reconciliation matrix or reviewers. */
  public BookSource(Truth truth, List<ChapterText> chapters, Stamp stamp, boolean draft, List<Diagram> diagrams,
      List<RuleInfo> rules) {
    this(truth, chapters, stamp, draft, diagrams, rules, Optional.empty(), Map.of());
  }

  /** The same book with the reconciliation matrix as a chapter of its reference. */
  public BookSource withMatrix(ReconciliationMatrix reconciled) {
    return new BookSource(truth, chapters, stamp, draft, diagrams, rules, Optional.of(reconciled), reviewers);
  }

  /** The same book knowing each gate's required reviewers. */
  public BookSource withReviewers(Map<String, List<String>> required) {
    return new BookSource(truth, chapters, stamp, draft, diagrams, rules, matrix, required);
  }
}
