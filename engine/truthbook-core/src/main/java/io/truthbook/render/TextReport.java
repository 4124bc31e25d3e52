package io.truthbook.render;

import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import java.util.List;

/** Compiler-style text: {@code file:line:col: error [rule] message}, the line, a caret, the hint. */
public final class TextReport implements ReportFormat {

  @Override
  public String name() {
    return "text";
  }

  @Override
  public String render(CheckResult result) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : result.findings()) {
      out.append(finding(finding, result.sources()));
    }
    out.append(summary(result)).append('\n');
    return out.toString();
  }

  /** One finding, compiler style: its location line, the source line with a caret, the hint; each line ends in a newline. */
  public static String finding(Finding finding, java.util.Map<String, List<String>> sources) {
    StringBuilder out = new StringBuilder();
    out.append(oneLine(finding.location().toString())).append(": ").append(finding.severity().label())
        .append(" [").append(finding.ruleId()).append("] ").append(oneLine(finding.message())).append('\n');
    List<String> lines = sources.getOrDefault(finding.location().file(), List.of());
    int line = finding.location().line();
    if (line >= 1 && line <= lines.size()) {
      String source = oneLine(lines.get(line - 1));
      out.append("    ").append(source).append('\n');
      int column = Math.max(1, Math.min(finding.location().column(), source.length() + 1));
      out.append("    ").append(" ".repeat(column - 1)).append("^\n");
    }
    out.append("  hint: ").append(oneLine(finding.hint())).append('\n');
    return out.toString();
  }

  /** {@code 2 errors, 1 warning in 11 manifests}, and {@code (3 baselined)} when a baseline set some aside. */
  public static String summary(CheckResult result) {
    return plural(result.errors(), "error") + ", " + plural(result.warnings(), "warning") + " in "
        + plural(result.manifestCount(), "manifest")
        + (result.baselined() > 0 ? " (" + result.baselined() + " baselined)" : "");
  }

  private static String plural(long count, String word) {
    return count + " " + word + (count == 1 ? "" : "s");
  }

  /** Keeps one finding on one line whatever the content says, and drops terminal and bidi control codes. */
  static String oneLine(String text) {
    String result = io.truthbook.model.TerminalText.line(text);
    return result.length() > 400 ? result.substring(0, 400) + "…" : result;
  }
}
