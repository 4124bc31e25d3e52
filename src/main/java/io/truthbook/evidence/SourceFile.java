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

  /** The 1-based line of a character offset in the text. */
  public int lineOf(int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The 1-based column of a character offset in the text. */
  public int columnOf(int offset) {
    int start = text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length()) - 1)) + 1;
    return offset - start + 1;
  }
}
