package io.truthbook.render;

import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import io.truthbook.model.Severity;

/** GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,title=…::message}. */
public final class GithubReport implements ReportFormat {

  @Override
  public String name() {
    return "github";
  }

  @Override
  public String render(CheckResult result) {
    StringBuilder out = new StringBuilder();
    for (Finding f : result.findings()) {
      out.append("::").append(f.severity() == Severity.ERROR ? "error" : f.severity() == Severity.WARNING ? "warning" : "notice");
      if (result.originOf(f.location().file()).filter(io.truthbook.model.FileOrigin::foreign).isPresent()) {
        // a file of another repository names no file here: the annotation goes on the run, the place in its text
        out.append(" title=").append(property("truthbook [" + f.ruleId() + "]"))
            .append("::").append(data(f.location() + ": " + f.message() + "\nhint: " + f.hint())).append('\n');
        continue;
      }
      out.append(" file=").append(property(f.location().file()));
      if (f.location().line() > 0) {
        out.append(",line=").append(f.location().line());
        if (f.location().column() > 0) {
          out.append(",col=").append(f.location().column());
        }
      }
      out.append(",title=").append(property("truthbook [" + f.ruleId() + "]"))
          .append("::").append(data(f.message() + "\nhint: " + f.hint())).append('\n');
    }
    return out.toString();
  }

  /**
   * Escapes a message, as the Actions toolkit does; other control characters (terminal escapes the
   * log would act on) show as U+FFFD.
   */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        .replaceAll("[\\p{Cntrl}&&[^\t]]", "\uFFFD");
  }

  /** Escapes a property value, as the Actions toolkit does. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
