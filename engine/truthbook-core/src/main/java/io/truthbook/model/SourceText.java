package io.truthbook.model;

import java.util.List;

/** The lines of a file the truth was read from, for prose scans and carets under findings. */
public record SourceText(String file, List<String> lines) {
  public SourceText {
    lines = List.copyOf(lines);
  }
}
