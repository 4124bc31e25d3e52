package io.truthbook.rules;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Domain;
import io.truthbook.model.Finding;
import io.truthbook.model.RouteFamily;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A domain declared {@code adjacentTo} another stays beside it, never above it:
 * it owns none of the other's tables or routes, reads it only through a declared interface, and
 * the other does not depend on it.
 */
final class AdjacencyRule implements Rule {
  static final RuleInfo ADJACENCY = new RuleInfo("domain.adjacency", Severity.ERROR,
      "an adjacent domain reaches into the domain it sits beside",
      "A domain declared 'adjacentTo: <other>' sits beside the other domain, not above it: it may own no table"
          + " carrying the other's prefix (when it has one) and no route under one of the other's families, must"
          + " read the other only through an interface the other declares, and the other must not depend on it.",
      "move the table or route to the other domain, or read it through one of its declared interfaces");

  @Override
  public List<RuleInfo> reports() {
    return List.of(ADJACENCY);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    List<Finding> findings = new ArrayList<>();
    for (Domain domain : index.truth().domains()) {
      if (domain.adjacentTo().isEmpty()) {
        continue;
      }
      Optional<Domain> host = find(index, domain.adjacentTo().get().id());
      host.ifPresent(h -> check(index, domain, h, findings));
    }
    return findings;
  }

  private static void check(TruthIndex index, Domain side, Domain host, List<Finding> findings) {
    String hostName = "'" + host.id() + "'";
    host.prefix().ifPresent(prefix -> {
      for (Domain.Table table : side.tables()) {
        if (table.name().startsWith(prefix)) {
          findings.add(Finding.error(ADJACENCY.id(), table.at(),
              "domain '" + side.id() + "' owns table '" + table.name() + "', which carries " + hostName
                  + "'s prefix '" + prefix + "'",
              "move the table to domain " + hostName + " and read it through one of its interfaces"));
        }
      }
    });
    List<RouteFamily> hostFamilies = index.truth().families().stream()
        .filter(f -> f.domain().id().equals(host.id())).toList();
    for (RouteFamily family : index.truth().families()) {
      if (!family.domain().id().equals(side.id())) {
        continue;
      }
      for (RouteFamily hostFamily : hostFamilies) {
        if (hostFamily.covers(family.prefix())) {
          findings.add(Finding.error(ADJACENCY.id(), family.prefixAt(),
              "route family '" + family.id() + "' of domain '" + side.id() + "' sits under " + hostName
                  + "'s family '" + hostFamily.prefix() + "'",
              "serve it under the '" + side.id() + "' prefix, or give it to domain " + hostName));
        }
      }
    }
    for (Domain.Dependency dependency : side.dependsOn()) {
      if (!dependency.domain().id().equals(host.id())) {
        continue;
      }
      if (dependency.via().isEmpty()) {
        findings.add(Finding.error(ADJACENCY.id(), dependency.domain().at(),
            "domain '" + side.id() + "' depends on " + hostName + " without a declared interface",
            "add 'via: <interface>' naming one of " + hostName + "'s interfaces: "
                + String.join(", ", host.interfaces().stream().map(Domain.Interface::id).toList())));
      } else {
        String via = dependency.via().get().id();
        boolean hostDeclares = host.interfaces().stream().anyMatch(i -> i.id().equals(via));
        if (!hostDeclares && index.exists(io.truthbook.model.EntityKind.INTERFACE, via)) {
          findings.add(Finding.error(ADJACENCY.id(), dependency.via().get().at(),
              "interface '" + via + "' is not one of " + hostName + "'s interfaces",
              "read " + hostName + " through an interface it declares"));
        }
      }
    }
    for (Domain.Dependency dependency : host.dependsOn()) {
      if (dependency.domain().id().equals(side.id())) {
        findings.add(Finding.error(ADJACENCY.id(), dependency.domain().at(),
            "domain " + hostName + " depends on '" + side.id() + "', which is declared adjacent to it",
            "invert the dependency: '" + side.id() + "' may read " + hostName + ", not the other way"));
      }
    }
  }

  private static Optional<Domain> find(TruthIndex index, String id) {
    return index.truth().domains().stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
