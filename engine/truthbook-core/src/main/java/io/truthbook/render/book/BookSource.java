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
 * gate's required reviewers (owner ids), which chapters state with {@code truth:reviewers[gate]}, and
 * what the check verified (gates' states, entities' evidence) when the book is built after one.
 */
public record BookSource(Truth truth, List<ChapterText> chapters, Stamp stamp, boolean draft, List<Diagram> diagrams,
    List<RuleInfo> rules, Optional<ReconciliationMatrix> matrix, Map<String, List<String>> reviewers,
    Verification verification) {
  public BookSource {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(stamp, "stamp");
    Objects.requireNonNull(matrix, "matrix");
    Objects.requireNonNull(verification, "verification");
    chapters = List.copyOf(chapters);
    diagrams = List.copyOf(diagrams);
    rules = List.copyOf(rules);
    reviewers = reviewers.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  /** A book without a reconciliation matrix or reviewers. */
  public BookSource(Truth truth, List<ChapterText> chapters, Stamp stamp, boolean draft, List<Diagram> diagrams,
      List<RuleInfo> rules) {
    this(truth, chapters, stamp, draft, diagrams, rules, Optional.empty(), Map.of(), Verification.NONE);
  }

  /** The same book with the reconciliation matrix as a chapter of its reference. */
  public BookSource withMatrix(ReconciliationMatrix reconciled) {
    return new BookSource(truth, chapters, stamp, draft, diagrams, rules, Optional.of(reconciled), reviewers,
        verification);
  }

  /** The same book knowing each gate's required reviewers. */
  public BookSource withReviewers(Map<String, List<String>> required) {
    return new BookSource(truth, chapters, stamp, draft, diagrams, rules, matrix, required, verification);
  }

  /** The same book showing what the check verified. */
  public BookSource withVerification(Verification verified) {
    return new BookSource(truth, chapters, stamp, draft, diagrams, rules, matrix, reviewers, verified);
  }
}
