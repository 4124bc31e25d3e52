package io.truthbook.rules;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Domain;
import io.truthbook.model.Endpoint;
import io.truthbook.model.Finding;
import io.truthbook.model.Owner;
import io.truthbook.model.Ref;
import io.truthbook.model.RouteFamily;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ownership follows the seed's ownership model: a domain's owner lists it, and a route family or
 * endpoint is owned by its domain's owner or by a runtime steward.
 */
final class OwnerBoundaryRule implements Rule {
  static final RuleInfo BOUNDARY = new RuleInfo("owner.boundary", Severity.ERROR,
      "ownership crosses the ownership model",
      "Each owner lists the domains they may own; route families and endpoints are owned by their"
          + " domain's owner or by a runtime steward (runtime: true), as the seed's ownership model says. An owner"
          + " without a 'domains' list states no boundary, so the domains they own are not judged ('domains: []'"
          + " says they may own none).",
      "give the entity to the owner who owns its domain, or extend that owner's 'domains' deliberately");

  @Override
  public List<RuleInfo> reports() {
    return List.of(BOUNDARY);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    var truth = index.truth();
    Map<String, Owner> owners = truth.owners().stream()
        .collect(Collectors.toMap(Owner::id, Function.identity(), (a, b) -> a));
    Map<String, Domain> domains = truth.domains().stream()
        .collect(Collectors.toMap(Domain::id, Function.identity(), (a, b) -> a));
    List<Finding> findings = new ArrayList<>();
    for (Domain domain : truth.domains()) {
      Owner owner = owners.get(domain.owner().id());
      if (owner != null && owner.domains().filter(listed -> listed.stream()
          .noneMatch(d -> d.id().equals(domain.id()))).isPresent()) {
        findings.add(Finding.error(BOUNDARY.id(), domain.owner().at(),
            "owner '" + owner.id() + "' owns domain '" + domain.id() + "' but does not list it in their domains",
            "add '" + domain.id() + "' to " + owner.id() + "'s domains in the owners manifest, or give the"
                + " domain to the owner who lists it"));
      }
    }
    for (RouteFamily family : truth.families()) {
      Optional.ofNullable(domains.get(family.domain().id()))
          .flatMap(domain -> crossing(owners, domain, family.owner()))
          .ifPresent(message -> findings.add(Finding.error(BOUNDARY.id(), family.owner().at(),
              "route family '" + family.id() + "': " + message, BOUNDARY.fix())));
    }
    for (Endpoint endpoint : truth.endpoints()) {
      if (endpoint.owner().isEmpty()) {
        continue;
      }
      truth.familyOf(endpoint.path())
          .flatMap(family -> Optional.ofNullable(domains.get(family.domain().id())))
          .flatMap(domain -> crossing(owners, domain, endpoint.owner().get()))
          .ifPresent(message -> findings.add(Finding.error(BOUNDARY.id(), endpoint.owner().get().at(),
              "endpoint '" + endpoint.id() + "': " + message, BOUNDARY.fix())));
    }
    return findings;
  }

  private static Optional<String> crossing(Map<String, Owner> owners, Domain domain, Ref ownerRef) {
    Owner owner = owners.get(ownerRef.id());
    // an unknown domain owner is ref.unknown's finding; judging boundaries against it would only echo it
    if (owner == null || !owners.containsKey(domain.owner().id()) || owner.runtime()
        || owner.id().equals(domain.owner().id())) {
      return Optional.empty();
    }
    return Optional.of("owner '" + owner.id() + "' neither owns domain '" + domain.id()
        + "' (owner: " + domain.owner().id() + ") nor is a runtime steward");
  }
}
