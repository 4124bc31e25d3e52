package io.truthbook.rules;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Endpoint;
import io.truthbook.model.Finding;
import io.truthbook.model.RouteFamily;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every endpoint falls in exactly one route family (risk: route-family sprawl). */
final class RouteRule implements Rule {
  static final RuleInfo UNMATCHED = new RuleInfo("route.unmatched", Severity.ERROR,
      "an endpoint belongs to no route family",
      "Endpoints belong to the family with the longest matching root prefix; an endpoint outside every"
          + " family has no domain, owner or service (risk: route-family sprawl).",
      "move the endpoint under an existing family's prefix, or declare a family for it");
  static final RuleInfo OVERLAP = new RuleInfo("route.overlap", Severity.ERROR,
      "two route families claim the same prefix",
      "Two families with one prefix make the owner of every endpoint below it ambiguous.",
      "merge the two families, or give one a longer, distinct prefix");

  @Override
  public List<RuleInfo> reports() {
    return List.of(UNMATCHED, OVERLAP);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    List<Finding> findings = new ArrayList<>();
    Map<String, RouteFamily> byPrefix = new HashMap<>();
    for (RouteFamily family : index.truth().families()) {
      String prefix = family.prefix().replaceAll("/+$", "");
      RouteFamily first = byPrefix.putIfAbsent(prefix, family);
      if (first != null) {
        findings.add(Finding.error(OVERLAP.id(), family.prefixAt(),
            "route family '" + family.id() + "' has prefix '" + family.prefix() + "', already claimed by '"
                + first.id() + "' at " + first.at(),
            OVERLAP.fix()));
      }
    }
    for (Endpoint endpoint : index.truth().endpoints()) {
      if (index.truth().familyOf(endpoint.path()).isEmpty()) {
        findings.add(Finding.error(UNMATCHED.id(), endpoint.at(),
            "endpoint '" + endpoint.id() + "' is under no route family",
            "move it under one of the family prefixes, or declare a family whose prefix covers '"
                + endpoint.path() + "'"));
      }
    }
    return findings;
  }
}
