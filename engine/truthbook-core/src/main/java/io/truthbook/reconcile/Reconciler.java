package io.truthbook.reconcile;

import io.truthbook.model.Finding;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Truth;
import java.util.List;

/** Every drift rule: the truth against the evidence of the product repositories. */
public final class Reconciler {
  private final List<DriftRule> rules = List.of(new TableDrift(), new ColumnDrift(), new RouteDrift(), new IngressDrift(),
      new TopologyDrift(), new CodeOwnersDrift());

  /**
   * Every rule's findings; a rule whose manifests did not load is left out (their errors say why). The
   * rules share nothing but the immutable truth and evidence, so they run on every core; the findings
   * keep the rules' order.
   */
  public List<Finding> drift(Truth truth, EvidenceSet evidence) {
    return rules.parallelStream().filter(r -> r.compares().stream().noneMatch(truth.incomplete()::contains))
        .flatMap(r -> r.check(truth, evidence).stream()).toList();
  }

  public List<RuleInfo> reports() {
    return rules.stream().flatMap(r -> r.reports().stream()).toList();
  }
}
