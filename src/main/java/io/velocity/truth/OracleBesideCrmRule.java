package io.velocity.truth;

import io.truthbook.model.Domain;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import io.truthbook.model.Truth;
import io.truthbook.rules.Rule;
import io.truthbook.rules.TruthIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Velocity's first architecture rule: Oracle sits beside CRM, never above it. The engine's
 * {@code domain.adjacency} rule keeps any domain declared {@code adjacentTo} another beside it; this
 * rule makes sure Oracle keeps that declaration, so that deleting one line of the domains manifest
 * cannot switch the guard off (risk: overloading Oracle with CRM responsibilities).
 */
public final class OracleBesideCrmRule implements Rule {
  static final String CRM = "crm";
  static final String ORACLE = "oracle";

  static final RuleInfo BESIDE = new RuleInfo("velocity.oracle-beside-crm", Severity.ERROR,
      "Oracle does not declare that it sits beside CRM",
      "The founder backlog keeps Oracle adjacent to CRM, not above it. The domain 'oracle' must declare"
          + " 'adjacentTo: crm' so that domain.adjacency holds it to CRM's interfaces; without that line"
          + " Oracle could own crm_ tables and CRM routes unnoticed.",
      "add 'adjacentTo: crm' to the oracle domain in manifests/domains.yaml");

  @Override
  public List<RuleInfo> reports() {
    return List.of(BESIDE);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    Truth truth = index.truth();
    Optional<Domain> oracle = domain(truth, ORACLE);
    List<Finding> findings = new ArrayList<>();
    if (oracle.isEmpty() || domain(truth, CRM).isEmpty()) {
      // a truth without both domains is not Velocity's as the backlog describes it; a domains manifest
      // that did not load is reported by the stage that read it
      Optional<Location> at = oracle.map(Domain::at).or(() -> truth.domains().stream().findFirst().map(Domain::at));
      at.ifPresent(where -> findings.add(Finding.error(BESIDE.id(), where,
          "Velocity's truth must define the domains 'crm' and 'oracle'", "define both domains in manifests/domains.yaml")));
      return findings;
    }
    Domain domain = oracle.get();
    boolean beside = domain.adjacentTo().map(ref -> ref.id().equals(CRM)).orElse(false);
    if (!beside) {
      findings.add(Finding.error(BESIDE.id(), domain.at(),
          "domain 'oracle' does not declare 'adjacentTo: crm'"
              + domain.adjacentTo().map(ref -> " (it says '" + ref.id() + "')").orElse(""),
          BESIDE.fix()));
    }
    return findings;
  }

  private static Optional<Domain> domain(Truth truth, String id) {
    return truth.domains().stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
