package io.truthbook.model;

import java.time.Instant;

/**
 * When the repository evidence for an entity last changed: the commit (and its date) that last
 * touched the file the evidence was found in.
 */
public record Freshness(String kind, String id, String file, String commit, Instant date)
    implements Comparable<Freshness> {

  @Override
  public int compareTo(Freshness other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : id.compareTo(other.id);
  }
}
