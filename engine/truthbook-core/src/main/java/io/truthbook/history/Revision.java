package io.truthbook.history;

import java.time.LocalDate;
import java.util.Objects;

/** A commit of the manifests' history: its full id and the day it was committed (committer's time zone). */
public record Revision(String commit, LocalDate date) {
  public Revision {
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(date, "date");
  }

  /** The abbreviated id people read, seven hex digits. */
  public String shortId() {
    return commit.length() > 7 ? commit.substring(0, 7) : commit;
  }

  /** {@code abc1234 (2026-04-20)}. */
  @Override
  public String toString() {
    return shortId() + " (" + date + ")";
  }
}
