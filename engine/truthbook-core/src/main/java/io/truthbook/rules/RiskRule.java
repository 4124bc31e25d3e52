package io.truthbook.rules;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Finding;
import io.truthbook.model.Ref;
import io.truthbook.model.Risk;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A risk names the rules that detect it; each must be a rule this tool has. */
final class RiskRule implements Rule {
  static final RuleInfo DETECTOR = new RuleInfo("risk.detector", Severity.ERROR,
      "a risk names a rule that does not exist",
      "Each risk is tied to the rules that detect it, so that CI watches for it; a misspelt rule id"
          + " watches nothing.",
      "use a rule id from 'truthbook explain --list'");

  private final KnownRuleIds known;

  RiskRule(Set<String> known) {
    this.known = new KnownRuleIds(known);
  }

  @Override
  public List<RuleInfo> reports() {
    return List.of(DETECTOR);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    List<Finding> findings = new ArrayList<>();
    for (Risk risk : index.truth().risks()) {
      for (Ref rule : risk.detectedBy()) {
        if (!known.has(rule.id())) {
          findings.add(Finding.error(DETECTOR.id(), rule.at(),
              "risk '" + risk.id() + "' names unknown rule '" + rule.id() + "'" + known.didYouMean(rule.id()),
              DETECTOR.fix()));
        }
      }
    }
    return findings;
  }
}
