package io.truthbook.model;

import java.util.List;
import java.util.Optional;

/**
 * Where one gate stands: each criterion met or not (with why), who must sign, each reviewer's
 * standing, and the digest of the content it governs now.
 */
public record GateState(
    String id,
    String title,
    List<String> governs,
    String digest,
    List<CriterionResult> criteria,
    List<String> requiredReviewers,
    List<ReviewerResult> reviewers) {

  public GateState {
    governs = List.copyOf(governs);
    criteria = List.copyOf(criteria);
    requiredReviewers = List.copyOf(requiredReviewers);
    reviewers = List.copyOf(reviewers);
  }

  /** Every criterion is met and every required reviewer has a sign-off of the content as it is. */
  public boolean passed() {
    return criteria.stream().allMatch(CriterionResult::met) && fullySigned();
  }

  public boolean fullySigned() {
    return reviewers.stream().filter(r -> requiredReviewers.contains(r.reviewer()))
        .allMatch(r -> r.standing() == Standing.SIGNED);
  }

  public List<CriterionResult> unmet() {
    return criteria.stream().filter(c -> !c.met()).toList();
  }

  /**
   * One criterion and its evaluation. {@code implicit} marks the criteria every gate has: {@code
   * check} (no errors in the governed kinds) and, for a gate that governs claims, {@code claims}.
   */
  public record CriterionResult(String id, String description, boolean implicit, boolean met, List<String> notes) {
    public CriterionResult {
      notes = List.copyOf(notes);
    }
  }

  /** A reviewer's standing: signed the content as it is, signed older content, not signed, or not required. */
  public enum Standing { SIGNED, STALE, UNJUDGED, MISSING, NOT_REQUIRED }

  /** One reviewer (required, or someone who signed without being required) and their standing. */
  public record ReviewerResult(String reviewer, Standing standing, Optional<String> date, String detail) {}
}
