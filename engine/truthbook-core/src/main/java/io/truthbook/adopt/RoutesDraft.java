package io.truthbook.adopt;

import io.truthbook.evidence.Evidence.Route;
import io.truthbook.evidence.http.RoutePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Route families and endpoints from the routes the code serves: each endpoint with its method and path, the
 * families from their longest common prefixes ({@link RouteFamilies}), each owned by the code owner of the
 * files that serve it and served by the service the ingress sends its prefix to.
 */
final class RoutesDraft {
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

  private record Endpoint(String method, String path, String file) {}

  private record Family(String id, String prefix, String domain, String owner, Optional<String> service) {}

  private final Map<String, List<Endpoint>> byFamily = new TreeMap<>();
  private final List<Family> families = new ArrayList<>();

  RoutesDraft(ProductEvidence evidence, List<ProductEvidence.Item<Route>> routes, DomainsDraft domains,
      OwnersDraft owners, IngressDraft ingress) {
    Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    for (ProductEvidence.Item<Route> item : routes) {
      Route route = item.evidence();
      if (!METHODS.contains(route.method())) {
        evidence.skip(item, "it serves '" + route.method() + " " + route.path() + "', and a routes manifest lists only "
            + String.join(", ", METHODS) + "; give the handler its methods");
        continue;
      }
      endpoints.putIfAbsent(route.method() + " " + RoutePaths.normalise(route.path()),
          new Endpoint(route.method(), route.path(), evidence.file(route)));
    }
    List<String> prefixes = RouteFamilies.prefixes(endpoints.values().stream().map(Endpoint::path).toList());
    Map<String, String> ids = RouteFamilies.ids(prefixes);
    for (Endpoint endpoint : endpoints.values()) {
      String family = prefixes.stream().filter(p -> covers(p, endpoint.path()))
          .max(Comparator.comparingInt(String::length)).orElse(RouteFamilies.ROOT);
      byFamily.computeIfAbsent(family, k -> new ArrayList<>()).add(endpoint);
    }
    // a family's code owner is one CODEOWNERS gives every file that serves it; they own its domain first
    Map<String, Optional<String>> codeOwners = new TreeMap<>();
    Map<String, String> domainOf = new TreeMap<>();
    byFamily.forEach((prefix, served) -> {
      Optional<String> owner = commonOwner(served.stream().map(Endpoint::file).distinct().toList(), owners);
      codeOwners.put(prefix, owner);
      String domain = domains.domainFor(RouteFamilies.staticSegments(prefix));
      domainOf.put(prefix, domain);
      owner.ifPresent(o -> domains.own(domain, o));
    });
    domains.settle(owners);
    byFamily.keySet().forEach(prefix -> {
      String domain = domainOf.get(prefix);
      String owner = codeOwners.get(prefix).orElse(domains.ownerOf(domain));
      if (!owner.equals(domains.ownerOf(domain))) {
        owners.steward(owner);
      }
      families.add(new Family(ids.get(prefix), prefix, domain, owner, ingress.serviceFor(prefix)));
    });
  }

  private static boolean covers(String prefix, String path) {
    return prefix.equals(RouteFamilies.ROOT) || path.equals(prefix) || path.startsWith(prefix + "/");
  }

  private static Optional<String> commonOwner(List<String> files, OwnersDraft owners) {
    Set<String> common = new LinkedHashSet<>(owners.ownersOf(files.get(0)));
    files.forEach(file -> common.retainAll(owners.ownersOf(file)));
    return common.stream().findFirst();
  }

  void write(YamlWriter yaml) {
    if (families.isEmpty()) {
      yaml.list(0, "families", List.of()).list(0, "endpoints", List.of());
      return;
    }
    yaml.key(0, "families");
    for (Family family : families) {
      yaml.item(1, "id", family.id()).field(2, "prefix", family.prefix()).field(2, "domain", family.domain())
          .field(2, "owner", family.owner());
      family.service().ifPresent(service -> yaml.field(2, "service", service, "the ingress sends its prefix there"));
    }
    yaml.key(0, "endpoints");
    yaml.comment(1, "each summary says where the code serves the endpoint: say what it does");
    for (Family family : families) {
      yaml.comment(1, family.prefix());
      byFamily.get(family.prefix()).stream()
          .sorted(Comparator.comparing(Endpoint::path).thenComparingInt(e -> METHODS.indexOf(e.method())))
          .forEach(e -> yaml.item(1, "method", e.method()).field(2, "path", e.path())
              .field(2, "summary", "Served in " + e.file() + "."));
    }
  }
}
