package io.truthbook.cli;

import io.truthbook.imports.ImportSummary;
import io.truthbook.model.TerminalText;

/** The end of an import check as text: what was used, the row counts, and a line per canonical column. */
final class ImportSummaryText {
  private ImportSummaryText() {}

  static String render(ImportSummary s) {
    StringBuilder out = new StringBuilder();
    out.append("profile ").append(s.profile()).append(" (").append(s.how()).append("), mapping ")
        .append(s.mapping()).append(" version ").append(s.version()).append(", read as ").append(s.charset())
        .append('\n');
    int width = s.columns().stream().mapToInt(c -> c.column().length()).max().orElse(6);
    out.append(String.format("%-" + width + "s %8s %8s %8s  %s%n", "column", "filled", "empty", "refused", "from"));
    for (ImportSummary.ColumnCount c : s.columns()) {
      out.append(String.format("%-" + width + "s %8d %8d %8d  %s%n", c.column(), c.filled(), c.empty(), c.refused(),
          TerminalText.line(c.from())));
    }
    out.append(s.good()).append(s.good() == 1 ? " row" : " rows").append(" would load, ").append(s.bad())
        .append(s.bad() == 1 ? " row" : " rows").append(" would not");
    if (s.empty() > 0) {
      out.append(", ").append(s.empty()).append(s.empty() == 1 ? " empty row" : " empty rows").append(" skipped");
    }
    return out.toString();
  }
}
