package io.truthbook.render.book;

import io.truthbook.model.EntityKind;
import io.truthbook.model.Owner;
import io.truthbook.model.ProseFact;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Truth;
import io.truthbook.reconcile.claims.MatrixRow;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The value a {@code truth:FACT[target]} macro renders, as inert AsciiDoc: owners linked to their
 * entry of the reference, a claim's status, a rule id in code style, a count. A target the truth does
 * not have renders nothing here (the caller shows the macro highlighted; the check reports it).
 */
final class ProseFacts {
  private final Truth truth;
  private final Anchors anchors;
  private final Map<String, String> statuses;
  private final Map<String, List<String>> reviewers;
  private final Set<String> rules;

  ProseFacts(BookSource source, Anchors anchors) {
    this.truth = source.truth();
    this.anchors = anchors;
    this.statuses = source.matrix().map(ReconciliationMatrix::rows).orElse(List.of()).stream()
        .collect(Collectors.toMap(MatrixRow::claimId, r -> r.status().label(), (a, b) -> a));
    this.reviewers = source.reviewers();
    this.rules = source.rules().stream().map(RuleInfo::id).collect(Collectors.toUnmodifiableSet());
  }

  /** The rendered value of the fact, or empty when the truth has no such target. */
  Optional<String> render(ProseFact fact, String target) {
    String t = target.trim();
    return switch (fact) {
      case OWNER_OF -> fact.subject(t).flatMap(s -> ProseFact.owner(truth, s)).map(this::owner);
      case REVIEWERS -> Optional.ofNullable(reviewers.get(t)).filter(r -> !r.isEmpty())
          .map(r -> names(r.stream().map(this::owner).toList()));
      case STATUS -> Optional.ofNullable(statuses.get(t)).map(AsciiDocText::inert);
      case RULE -> rules.contains(t) ? Optional.of(AsciiDocText.mono(t)) : Optional.empty();
      case COUNT -> ProseFact.count(truth, t).map(String::valueOf);
    };
  }

  /** The owner's name linked to the owner's entry, or the id as text when the owners manifest lacks it. */
  private String owner(String id) {
    String name = truth.owners().stream().filter(o -> o.id().equals(id)).findFirst().map(Owner::name).orElse(id);
    return anchors.of(EntityKind.OWNER, id).map(a -> AsciiDocText.link(a, name))
        .orElseGet(() -> AsciiDocText.inert(name));
  }

  /** "A", "A and B", "A, B and C". */
  private static String names(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }
}
