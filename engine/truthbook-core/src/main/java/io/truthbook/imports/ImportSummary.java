package io.truthbook.imports;

import java.util.List;

/**
 * What a dry run found: the profile and mapping used, how it was recognised, the rows that would load,
 * those that would not and the empty ones skipped, and per canonical column how many rows fill it,
 * leave it empty or were refused for it. Counts only: memory does not grow with the file.
 */
public record ImportSummary(String profile, String mapping, int version, String how, String charset, long good,
    long bad, long empty, List<ColumnCount> columns) {
  public ImportSummary {
    columns = List.copyOf(columns);
  }

  /** Every row that holds something would load. */
  public boolean allGood() {
    return bad == 0;
  }

  /** One canonical column: rows that fill it, leave it empty, or were refused for it. */
  public record ColumnCount(String column, String from, long filled, long empty, long refused) {}
}
