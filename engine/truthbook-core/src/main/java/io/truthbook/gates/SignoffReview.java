package io.truthbook.gates;

import io.truthbook.history.EntityDiff;
import io.truthbook.history.Snapshot;
import io.truthbook.kinds.TruthEntities;
import io.truthbook.history.TruthHistory;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Says what changed since a stale sign-off. A digest cannot be reversed, so the history is searched
 * (newest first) for the commit whose governed content had the signed digest, and that content is
 * diffed, entity by entity, with the content now.
 */
final class SignoffReview {
  /** How many changes a finding names before it says "and N more". */
  static final int SHOWN_CHANGES = 5;

  private final TruthHistory history;
  private final Map<String, String> digests = new HashMap<>();

  SignoffReview(TruthHistory history) {
    this.history = history;
  }

  /** The commit at which the governed content had {@code digest}, if the history reaches it. */
  Optional<Snapshot> approved(String digest, List<ManifestKind> kinds) {
    for (Snapshot snapshot : history.snapshots()) {
      String key = snapshot.revision().commit() + " " + kinds;
      String then = digests.computeIfAbsent(key, k -> ContentDigest.of(snapshot.truth(), kinds));
      if (then.equals(digest)) {
        return Optional.of(snapshot);
      }
    }
    return Optional.empty();
  }

  /** "changed since abc1234 (2026-04-20): route family x: owner a → b", or since the sign-off's date. */
  String whatChanged(String digest, String signedOn, List<ManifestKind> kinds, Truth now) {
    Optional<Snapshot> approved = approved(digest, kinds);
    if (approved.isEmpty()) {
      return "the content it governs (" + kinds.stream().map(ManifestKind::id).sorted()
          .collect(Collectors.joining(", "))
          + ") changed since " + signedOn;
    }
    List<EntityDiff.Change> changes = EntityDiff.between(TruthEntities.of(approved.get().truth(), kinds),
        TruthEntities.of(now, kinds));
    if (changes.isEmpty()) {
      // same entities, other digest: only a change of the digest's format can do that
      return "the content is unchanged since " + approved.get().revision() + " but its digest format changed";
    }
    return "changed since " + approved.get().revision() + ": " + EntityDiff.summary(changes, SHOWN_CHANGES);
  }
}
