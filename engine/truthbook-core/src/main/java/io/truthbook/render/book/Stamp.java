package io.truthbook.render.book;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When the truth was verified: the commit it was read at and that commit's date. Passed in, never
 * taken from the clock, so the same commit gives the same book.
 */
public record Stamp(String commit, LocalDate date) {
  private static final Pattern COMMIT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  public Stamp {
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(date, "date");
    if (!COMMIT.matcher(commit).matches()) {
      throw new IllegalArgumentException("a commit is 1 to 64 letters, digits, '.', '_' or '-': '" + commit + "'");
    }
  }

  /** The commit as people read it: a full hash cut to 12 characters. */
  public String shortCommit() {
    return commit.matches("[0-9a-f]{40,64}") ? commit.substring(0, 12) : commit;
  }
}
