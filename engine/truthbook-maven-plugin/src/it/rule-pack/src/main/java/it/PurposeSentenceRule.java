package it;

import io.truthbook.model.Domain;
import io.truthbook.model.Finding;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import io.truthbook.rules.Rule;
import io.truthbook.rules.TruthIndex;
import java.util.List;

/** A team's own rule: a domain's purpose is short, under 20 characters here so that this truth breaks it. */
public final class PurposeSentenceRule implements Rule {
  static final RuleInfo SHORT = new RuleInfo("acme.purpose-short", Severity.ERROR, "a domain's purpose is too long",
      "Purposes are one short line.", "shorten the purpose");

  @Override
  public List<RuleInfo> reports() {
    return List.of(SHORT);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    return index.truth().domains().stream().filter(d -> d.purpose().length() >= 20)
        .map(d -> Finding.error(SHORT.id(), d.at(), "domain '" + d.id() + "' has a purpose of "
            + d.purpose().length() + " characters", SHORT.fix()))
        .toList();
  }
}
