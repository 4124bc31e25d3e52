package io.truthbook.render.site;

import io.truthbook.model.RuleInfo;
import io.truthbook.render.SarifReport;
import io.truthbook.render.book.AsciiDocText;
import java.util.ArrayList;
import java.util.List;

/**
 * Every rule the check applies, as {@code truthbook explain} says it, each under the anchor SARIF's
 * {@code helpUri} points at ({@code rules.html#rule-ID}), so a code-scanning alert links its rule's page.
 */
final class RulesPage {
  static final String NAME = "rules";

  private RulesPage() {}

  static PageDraft draft(List<RuleInfo> rules) {
    List<String> body = new ArrayList<>();
    body.add("What each rule of `truthbook check` guards and how to fix what it flags: the text of"
        + " `truthbook explain RULE`. Severities are the defaults; `truthbook.yaml` may raise, lower or switch"
        + " them off.");
    for (RuleInfo rule : rules.stream().filter(r -> !r.id().endsWith("*")).sorted(
        java.util.Comparator.comparing(RuleInfo::id)).toList()) {
      body.add("");
      body.add("[[" + SarifReport.ruleAnchor(rule.id()) + "]]");
      body.add("== " + AsciiDocText.mono(rule.id()));
      body.add("");
      body.add("*" + AsciiDocText.inert(rule.severity().label()) + ":* " + AsciiDocText.inert(rule.title()));
      body.add("");
      body.add(AsciiDocText.inert(rule.description()));
      body.add("");
      body.add("*How to fix:* " + AsciiDocText.inert(rule.fix()));
    }
    return new PageDraft(NAME, "Rules", SitePage.Kind.REFERENCE, "Rules", List.of(), body);
  }
}
