package io.truthbook.rules;

import java.util.Map;
import java.util.Optional;

/**
 * Rule ids are stable: a renamed rule keeps answering to its old id, so that a truth's risks and a
 * team's severity overrides written for it go on working while they move to the new id.
 */
final class RenamedRules {
  /** Old id to current id. */
  private static final Map<String, String> RENAMED = Map.of(
      // the adjacency rule is generic: any domain declared adjacentTo another (Velocity's Oracle beside CRM)
      "oracle.adjacency", "domain.adjacency");

  private RenamedRules() {}

  /** The current id of a renamed rule; empty for any other id. */
  static Optional<String> current(String id) {
    return Optional.ofNullable(RENAMED.get(id));
  }
}
