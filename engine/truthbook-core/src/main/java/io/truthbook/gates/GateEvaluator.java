package io.truthbook.gates;

import io.truthbook.model.GateState;
import io.truthbook.history.TruthHistory;
import io.truthbook.model.Finding;
import io.truthbook.model.Gate;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import io.truthbook.model.Truth;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Evaluates every gate: its criteria (see {@link Criteria}), its required reviewers (see {@link
 * RequiredReviewers}) and its sign-offs against the digest of the content it governs now (see
 * {@link ContentDigest}).
 *
 * <p>A sign-off whose digest is not the digest now is stale, an error: the approval no longer
 * covers what the manifests say, and a build must not pass on a lapsed approval. The finding names
 * the reviewer and, where the history reaches the approved content, what changed. A sign-off by
 * someone who is not a required reviewer counts for nothing and is a warning. While a governed kind's
 * manifests do not load, its sign-offs are not judged (the load errors say enough).
 */
public final class GateEvaluator {
  public static final RuleInfo SIGNOFF_STALE = new RuleInfo("gate.signoff-stale", Severity.ERROR,
      "a gate sign-off approved content that has changed since",
      "A sign-off records the digest of exactly the content its gate governs. When that content changes,"
          + " the approval no longer covers it, so the gate is no longer signed by that reviewer.",
      "review what changed, then sign again: truthbook sign GATE --as REVIEWER");
  public static final RuleInfo SIGNOFF_UNKNOWN_REVIEWER = new RuleInfo("gate.signoff-unknown-reviewer",
      Severity.WARNING, "a gate was signed by someone who is not one of its required reviewers",
      "Required reviewers are the owners of the content a gate governs; anyone else's sign-off does not"
          + " count towards the gate.",
      "remove the sign-off, or have a required reviewer sign (truthbook gates lists them)");

  public static final RuleInfo SIGNOFF_DATE = new RuleInfo("gate.signoff-date", Severity.ERROR,
      "a gate sign-off is dated on a day that does not exist",
      "A sign-off's date says when the reviewer approved; the schema checks its YYYY-MM-DD shape, this rule"
          + " that it is a day of the calendar (no month 13, no 31 February).",
      "correct the date, or sign again: truthbook sign GATE --as REVIEWER");

  private final Path root;
  private final SignoffReview review;

  public GateEvaluator(Path root, TruthHistory history) {
    this.root = root.toAbsolutePath().normalize();
    this.review = new SignoffReview(history);
  }

  private static boolean isCalendarDate(String date) {
    try {
      java.time.LocalDate.parse(date);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /** The rule ids this stage reports. */
  public static List<RuleInfo> reports() {
    return List.of(SIGNOFF_STALE, SIGNOFF_UNKNOWN_REVIEWER, SIGNOFF_DATE);
  }

  /**
   * Evaluates every gate of {@code truth}. {@code findings} are the check's findings so far (gate
   * findings are ignored) and {@code sources} the lines of the files they point into.
   */
  public GateReport evaluate(Truth truth, ReconciliationMatrix matrix, List<Finding> findings,
      Map<String, List<String>> sources) {
    return evaluate(truth, matrix, findings, sources, GateDigests.none(truth));
  }

  /** The same, with the digests of what the gates govern worked out ahead ({@link GateDigests#of}). */
  public GateReport evaluate(Truth truth, ReconciliationMatrix matrix, List<Finding> findings,
      Map<String, List<String>> sources, GateDigests digests) {
    Criteria criteria = new Criteria(root, truth, matrix, findings, new FindingKinds(sources));
    List<GateState> states = new ArrayList<>();
    List<Finding> out = new ArrayList<>();
    for (Gate gate : truth.gates()) {
      states.add(evaluate(gate, truth, criteria, out, digests));
    }
    return new GateReport(states, out);
  }

  private GateState evaluate(Gate gate, Truth truth, Criteria criteria, List<Finding> out, GateDigests digests) {
    List<ManifestKind> kinds = ContentDigest.kinds(gate.governs());
    SortedSet<String> required = RequiredReviewers.of(gate, truth);
    String digest = digests.of(truth, kinds);
    boolean judgeable = kinds.stream().noneMatch(truth.incomplete()::contains);

    List<GateState.ReviewerResult> signers = new ArrayList<>();
    for (Gate.Signoff signoff : gate.signoffs()) {
      String reviewer = signoff.reviewer().id();
      if (!isCalendarDate(signoff.date())) {
        out.add(Finding.error(SIGNOFF_DATE.id(), signoff.dateAt(), "sign-off of " + gate.id() + " by " + reviewer
            + " is dated '" + signoff.date() + "', which is not a day of the calendar", SIGNOFF_DATE.fix()));
      }
      if (!required.contains(reviewer)) {
        signers.add(new GateState.ReviewerResult(reviewer, GateState.Standing.NOT_REQUIRED,
            Optional.of(signoff.date()), ""));
        out.add(Finding.warning(SIGNOFF_UNKNOWN_REVIEWER.id(), signoff.reviewer().at(),
            "'" + reviewer + "' signed " + gate.id() + " but is not one of its required reviewers ("
                + String.join(", ", required) + ")",
            "remove the sign-off; the required reviewers are the owners of what " + gate.id() + " governs ("
                + String.join(", ", gate.governs()) + ")"));
      } else if (!judgeable) {
        signers.add(new GateState.ReviewerResult(reviewer, GateState.Standing.UNJUDGED,
            Optional.of(signoff.date()), "the governed manifests do not load"));
      } else if (signoff.digest().equals(digest)) {
        signers.add(new GateState.ReviewerResult(reviewer, GateState.Standing.SIGNED,
            Optional.of(signoff.date()), ""));
      } else {
        String changed = review.whatChanged(signoff.digest(), signoff.date(), kinds, truth);
        signers.add(new GateState.ReviewerResult(reviewer, GateState.Standing.STALE,
            Optional.of(signoff.date()), changed));
        out.add(Finding.error(SIGNOFF_STALE.id(), signoff.reviewer().at(),
            "sign-off of " + gate.id() + " by " + reviewer + " (" + signoff.date() + ") is stale: " + changed,
            "review the changes, then sign again: truthbook sign " + gate.id() + " --as " + reviewer));
      }
    }

    List<GateState.ReviewerResult> reviewers = new ArrayList<>();
    for (String reviewer : required) {
      reviewers.add(signers.stream().filter(s -> s.reviewer().equals(reviewer))
          .min(java.util.Comparator.comparing(GateState.ReviewerResult::standing))
          .orElse(new GateState.ReviewerResult(reviewer, GateState.Standing.MISSING, Optional.empty(), "")));
    }
    signers.stream().filter(s -> s.standing() == GateState.Standing.NOT_REQUIRED)
        .sorted(java.util.Comparator.comparing(GateState.ReviewerResult::reviewer))
        .forEach(reviewers::add);
    boolean signed = reviewers.stream().filter(r -> required.contains(r.reviewer()))
        .allMatch(r -> r.standing() == GateState.Standing.SIGNED);

    return new GateState(gate.id(), gate.title(), gate.governs(), digest, criteria.evaluate(gate, kinds, signed),
        List.copyOf(required), reviewers);
  }
}
