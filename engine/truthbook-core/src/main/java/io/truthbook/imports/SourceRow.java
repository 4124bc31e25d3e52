package io.truthbook.imports;

import java.util.List;

/** One record of an export as read: the physical line it starts on (1-based) and its cells. */
public record SourceRow(long line, List<String> cells) {
  public SourceRow {
    cells = List.copyOf(cells);
  }
}
