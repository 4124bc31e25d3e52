package io.truthbook.reconcile.claims;

import io.truthbook.model.SubjectIndex;
import io.truthbook.history.Revision;
import io.truthbook.history.Snapshot;
import io.truthbook.history.TruthHistory;
import io.truthbook.model.Claim;
import io.truthbook.model.ClaimDocument;
import io.truthbook.model.Location;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares each claim with the truth now and with the truth at each commit of the manifests'
 * history (newest first), and classifies it:
 *
 * <ul>
 *   <li>{@code current}: the subject's field has the expected value now;
 *   <li>{@code stale}: not now, but it had at an earlier commit;
 *   <li>{@code contradicted}: it never had, and the subject exists now or existed then;
 *   <li>{@code unverifiable}: the claim expects nothing, names a field that cannot be checked (see
 *       {@link ClaimFields}), names a subject that does not exist and never did, or the subject's
 *       manifests do not load now.
 * </ul>
 *
 * A claim's "since" is the oldest commit of the newest unbroken run of commits at which it had the
 * status it has now (each commit judged with the history older than it), so the commit at which its
 * status last changed. Only the claim's subject, field and value are compared across history; the
 * claim as it is written today is judged against each past truth.
 */
public final class ClaimReconciler {
  private final TruthHistory history;

  public ClaimReconciler(TruthHistory history) {
    this.history = history;
  }

  /** The rule ids this stage reports. */
  public static List<RuleInfo> reports() {
    return List.of(ReconciliationMatrix.MUST_HOLD);
  }

  /** The matrix of every claim of {@code now}. */
  public ReconciliationMatrix reconcile(Truth now) {
    SubjectIndex current = new SubjectIndex(now);
    List<Snapshot> snapshots = history.snapshots();
    List<SubjectIndex> past = new ArrayList<>();
    snapshots.forEach(s -> past.add(new SubjectIndex(s.truth())));
    Map<String, ClaimDocument> documents = new HashMap<>();
    now.documents().forEach(d -> documents.putIfAbsent(d.id(), d));
    List<MatrixRow> rows = new ArrayList<>();
    for (Claim claim : now.claims()) {
      rows.add(row(claim, current, past, snapshots, documents));
    }
    return new ReconciliationMatrix(rows);
  }

  private MatrixRow row(Claim claim, SubjectIndex current, List<SubjectIndex> past, List<Snapshot> snapshots,
      Map<String, ClaimDocument> documents) {
    List<Outcome> outcomes = new ArrayList<>();
    outcomes.add(Outcome.of(claim, current));
    past.forEach(index -> outcomes.add(Outcome.of(claim, index)));
    Timeline timeline = new Timeline(outcomes);
    ClaimStatus status = timeline.status(0);

    Optional<Revision> since = Optional.empty();
    if (!snapshots.isEmpty() && timeline.status(1) == status) {
      int oldest = 1;
      while (oldest + 1 < outcomes.size() && timeline.status(oldest + 1) == status) {
        oldest++;
      }
      since = Optional.of(snapshots.get(oldest - 1).revision());
    }

    Outcome now = outcomes.get(0);
    Optional<Location> evidence;
    List<String> owners;
    if (now.subject().isPresent()) {
      Location at = now.subject().get().at();
      evidence = Optional.of(history.newest().filter(s -> history.committed(at.file()))
          .map(s -> withCommit(at, s)).orElse(at));
      owners = now.owners();
    } else {
      // a subject gone from the truth is shown where it last was: where it last matched, if it ever did
      int found = timeline.newest(status == ClaimStatus.STALE
          ? o -> o.result() == Outcome.Result.MATCH
          : o -> true);
      evidence = found < 0 ? Optional.empty()
          : Optional.of(withCommit(outcomes.get(found).subject().orElseThrow().at(), snapshots.get(found - 1)));
      owners = found < 0 ? List.of() : outcomes.get(found).owners();
    }

    ClaimDocument document = documents.get(claim.document().id());
    return new MatrixRow(claim.id(), claim.at(), claim.document().id(),
        document == null ? "" : document.title(), claim.section(), claim.statement(), claim.subjectKind(),
        claim.subjectId(), claim.expects(), now.truth(), evidence, status, since, claim.legacyFeeder(),
        claim.mustHold(), owners);
  }

  private static Location withCommit(Location at, Snapshot snapshot) {
    return new Location(at.file(), at.line(), at.column(), Optional.of(snapshot.revision().commit()));
  }

  /** A claim's outcomes, now (index 0) then at each commit newest first, and its status at each. */
  private static final class Timeline {
    private final List<Outcome> outcomes;
    private final boolean[] matchedBefore;
    private final boolean[] existedBefore;

    Timeline(List<Outcome> outcomes) {
      this.outcomes = outcomes;
      int n = outcomes.size();
      matchedBefore = new boolean[n + 1];
      existedBefore = new boolean[n + 1];
      // [k] answers "at any commit older than k?"
      for (int k = n - 1; k >= 0; k--) {
        Outcome.Result older = k + 1 < n ? outcomes.get(k + 1).result() : null;
        matchedBefore[k] = matchedBefore[k + 1] || older == Outcome.Result.MATCH;
        existedBefore[k] = existedBefore[k + 1] || older == Outcome.Result.MISMATCH;
      }
    }

    /** The status the claim had at position {@code k}, judged with the history older than it. */
    ClaimStatus status(int k) {
      Outcome.Result result = outcomes.get(k).result();
      return switch (result) {
        case MATCH -> ClaimStatus.CURRENT;
        case UNCHECKABLE, UNKNOWN -> ClaimStatus.UNVERIFIABLE;
        case MISMATCH -> matchedBefore[k] ? ClaimStatus.STALE : ClaimStatus.CONTRADICTED;
        case ABSENT -> matchedBefore[k] ? ClaimStatus.STALE
            : existedBefore[k] ? ClaimStatus.CONTRADICTED : ClaimStatus.UNVERIFIABLE;
      };
    }

    /** The newest past position (1 and up) that found the subject and passes {@code test}; -1 if none. */
    int newest(java.util.function.Predicate<Outcome> test) {
      for (int k = 1; k < outcomes.size(); k++) {
        Outcome outcome = outcomes.get(k);
        if (outcome.subject().isPresent() && test.test(outcome)) {
          return k;
        }
      }
      return -1;
    }
  }
}
