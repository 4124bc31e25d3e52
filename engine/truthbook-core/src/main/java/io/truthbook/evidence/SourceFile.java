package io.truthbook.evidence;

import java.util.Objects;
import java.util.Optional;

/**
 * One file of the product repository as an extractor sees it: its repository-relative path
 * (forward slashes), its text, and the commit it was read at (empty for the working tree).
 */
public record SourceFile(String path, String text, Optional<String> commit) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(commit, "commit");
  }

  public static SourceFile of(String path, String text) {
    return new SourceFile(path, text, Optional.empty());
  }

  /** A location in this file, 1-based. */
  public io.truthbook.model.Location at(int line, int column) {
    return new io.truthbook.model.Location(path, line, column, commit);
  }
}
