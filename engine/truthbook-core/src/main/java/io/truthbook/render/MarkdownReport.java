package io.truthbook.render;

import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import io.truthbook.model.TerminalText;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A pull-request summary: the verdict, counts by rule, then every finding with its hint. */
public final class MarkdownReport implements ReportFormat {
  private static final int MAX_ROWS = 200;
  /** Between {@code @} or {@code #} and what follows, so GitHub sees no mention or issue reference. */
  private static final String ZERO_WIDTH_SPACE = "&#8203;";

  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public String render(CheckResult result) {
    StringBuilder out = new StringBuilder();
    out.append("## Truthbook check: ").append(result.passed() ? "passed" : "failed").append("\n\n");
    out.append(TextReport.summary(result)).append(".\n");
    if (result.findings().isEmpty()) {
      return out.toString();
    }
    Map<String, Long> byRule = result.findings().stream()
        .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
    out.append("\n| rule | findings |\n| --- | ---: |\n");
    byRule.forEach((rule, count) -> out.append("| `").append(code(rule)).append("` | ").append(count).append(" |\n"));
    out.append("\n| | where | rule | finding | how to fix |\n| --- | --- | --- | --- | --- |\n");
    int rows = 0;
    for (Finding f : result.findings()) {
      if (rows++ == MAX_ROWS) {
        out.append("\n… and ").append(result.findings().size() - MAX_ROWS)
            .append(" more; see the full report (`truthbook check`).\n");
        break;
      }
      out.append("| ").append(f.isError() ? "error" : f.severity().label())
          .append(" | `").append(code(f.location().toString())).append("` | `").append(code(f.ruleId()))
          .append("` | ").append(text(f.message())).append(" | ").append(text(f.hint())).append(" |\n");
    }
    return out.toString();
  }

  /**
   * Inert Markdown table-cell text: HTML is entity-escaped, Markdown punctuation backslash-escaped,
   * line breaks flattened, so manifest text can neither format, link nor break the table. {@code @}
   * and {@code #} get a zero-width space after them, as Dependabot does: GitHub links mentions and
   * issue references in the rendered text, after Markdown escapes are gone, so {@code @team} or
   * {@code #12} in a description would otherwise notify people or link an issue.
   */
  static String text(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    raw.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '|' -> out.append("\\|");
        case '@' -> out.append("@").append(ZERO_WIDTH_SPACE);
        case '#' -> out.append("\\#").append(ZERO_WIDTH_SPACE);
        case '\n', '\r', '\t' -> out.append(' ');
        default -> {
          if ("\\`*_{}[]()!~:.".indexOf(cp) >= 0) {
            out.append('\\').appendCodePoint(cp);
          } else if (Character.isISOControl(cp) || TerminalText.isBidiControl(cp)) {
            out.append('\uFFFD');
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }

  /** Text inside a code span: backticks and pipes cannot end it or the cell; control and bidi characters show as U+FFFD. */
  static String code(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    raw.replace("`", "'").replace("|", "\\|").replaceAll("[\\r\\n\\t]", " ").codePoints()
        .forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) || TerminalText.isBidiControl(cp) ? 0xFFFD : cp));
    return out.toString();
  }
}
