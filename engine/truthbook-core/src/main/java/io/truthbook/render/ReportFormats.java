package io.truthbook.render;

import io.truthbook.model.RuleInfo;
import java.util.List;
import java.util.Optional;

/** The registered report formats; a new format is one class and one line here. */
public final class ReportFormats {
  private final List<ReportFormat> all;

  /** The formats, given the rule metadata SARIF and JUnit carry and the tool's version. */
  public ReportFormats(List<RuleInfo> rules, String version) {
    this(rules, version, Optional.empty());
  }

  /**
   * The formats; {@code site} is the URL the truth's site is published at, so that SARIF rules link their
   * page ({@code rules.html#rule-ID}).
   */
  public ReportFormats(List<RuleInfo> rules, String version, Optional<String> site) {
    this.all = List.of(new TextReport(), new JsonReport(), new JUnitReport(rules),
        new SarifReport(rules, version, site), new GithubReport(), new MarkdownReport());
  }

  public Optional<ReportFormat> byName(String name) {
    return all.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public List<String> names() {
    return all.stream().map(ReportFormat::name).toList();
  }
}
