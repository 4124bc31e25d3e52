package io.truthbook.rules;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Domain;
import io.truthbook.model.Finding;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** Every domain is served by at least one route family (risk: an AI graph operators cannot use). */
final class CoverageRule implements Rule {
  static final RuleInfo UNSERVED = new RuleInfo("domain.unserved", Severity.WARNING,
      "a domain has tables but no route family serves it",
      "Data no route family serves cannot reach an operator: the seed's risk of designing a perfect AI"
          + " graph that operators cannot practically use.",
      "declare a route family for the domain, or fold its tables into a domain that is served");

  @Override
  public List<RuleInfo> reports() {
    return List.of(UNSERVED);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    List<Finding> findings = new ArrayList<>();
    if (index.truth().incomplete().contains(io.truthbook.model.ManifestKind.ROUTES)) {
      return findings;
    }
    java.util.Set<String> served = new java.util.HashSet<>();
    index.truth().families().forEach(f -> served.add(f.domain().id()));
    for (Domain domain : index.truth().domains()) {
      if (!served.contains(domain.id()) && !domain.tables().isEmpty()) {
        findings.add(Finding.warning(UNSERVED.id(), domain.at(),
            "domain '" + domain.id() + "' has " + domain.tables().size() + " table(s) but no route family",
            "declare a route family with 'domain: " + domain.id() + "'"));
      }
    }
    return findings;
  }
}
