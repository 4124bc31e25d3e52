package io.truthbook.reconcile;

import io.truthbook.model.Finding;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Truth;
import java.util.List;

/** Every drift rule: the truth against the evidence of the product repositories. */
public final class Reconciler {
  private final List<DriftRule> rules = List.of(new TableDrift(), new RouteDrift(), new IngressDrift(),
      new TopologyDrift(), new CodeOwnersDrift());

  public List<Finding> drift(Truth truth, EvidenceSet evidence) {
    return rules.stream().flatMap(r -> r.check(truth, evidence).stream()).toList();
  }

  public List<RuleInfo> reports() {
    return rules.stream().flatMap(r -> r.reports().stream()).toList();
  }
}
