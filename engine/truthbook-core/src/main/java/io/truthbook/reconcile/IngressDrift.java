package io.truthbook.reconcile;

import io.truthbook.evidence.Evidence;
import io.truthbook.model.Finding;
import io.truthbook.model.IngressHost;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Hosts and paths in proxy configuration against the ingress manifest, both ways. */
final class IngressDrift implements DriftRule {
  static final RuleInfo UNDOCUMENTED = new RuleInfo("drift.ingress.undocumented", Severity.ERROR,
      "proxy configuration routes a path the truth does not list",
      "An nginx location, Traefik rule, Caddy route or Kubernetes Ingress path proxies traffic that the ingress"
          + " manifest does not document (and no route family may cover). A location that serves files or answers"
          + " itself (root, alias, return) is a static route, documented with the host's edge as its upstream.",
      "add the route to the host in the ingress manifest, or remove it from the proxy configuration");
  static final RuleInfo MISSING = new RuleInfo("drift.ingress.missing", Severity.ERROR,
      "a documented ingress route is in no proxy configuration",
      "The ingress manifest documents a host path that no proxy configuration routes.",
      "configure the route in the proxy, or remove it from the ingress manifest");
  static final RuleInfo UPSTREAM = new RuleInfo("drift.ingress.upstream", Severity.ERROR,
      "a proxy sends a path to another service than the truth says",
      "The proxy configuration and the ingress manifest disagree on the upstream service of a path.",
      "point the proxy at the documented service, or correct the manifest");

  /**
   * The proxies whose routes without an upstream are static routes: an nginx location without a pass
   * serves files (root, alias) or answers itself (return). Other proxies' are not judged yet.
   */
  private static final Set<String> STATIC = Set.of("nginx");

  @Override
  public List<RuleInfo> reports() {
    return List.of(UNDOCUMENTED, MISSING, UPSTREAM);
  }

  @Override
  public Set<ManifestKind> compares() {
    return EnumSet.of(ManifestKind.INGRESS);
  }

  @Override
  public List<Finding> check(Truth truth, EvidenceSet evidence) {
    // a location that answers from the proxy itself (files, a return) is a static route of its host, served
    // by the host's edge; on a catch-all server it is no route anyone documents
    List<Evidence.IngressRoute> routes = judged(truth, evidence.all(Evidence.IngressRoute.class));
    if (routes.isEmpty()) {
      return List.of();
    }
    Set<String> hosts = truth.hosts().stream().map(IngressHost::host).collect(Collectors.toSet());
    Map<String, Evidence.IngressRoute> configured = configured(truth, routes);
    Map<String, IngressHost.Route> documented = new LinkedHashMap<>();
    truth.hosts().forEach(h -> h.routes().forEach(r -> documented.putIfAbsent(key(h.host(), r.path()), r)));
    List<Finding> findings = new ArrayList<>();
    for (Evidence.IngressRoute route : routes) {
      String host = route.host().isEmpty() ? null : route.host();
      boolean known = host == null ? hosts.stream().anyMatch(h -> documented.containsKey(key(h, route.path())))
          : documented.containsKey(key(host, route.path()));
      if (!known) {
        String family = truth.familyOf(trim(route.path())).map(f -> "route family '" + f.id() + "'")
            .orElse("no route family");
        findings.add(Finding.error(UNDOCUMENTED.id(), route.at(),
            (host == null ? "catch-all server" : "host '" + host + "'") + " routes '" + route.path() + "' to '"
                + route.upstream() + "' (" + family + " covers it), but the ingress manifest does not list it",
            "add '- path: " + route.path() + "' with 'upstream: " + route.upstream() + "' under the host in the"
                + " ingress manifest, or remove the " + route.source() + " rule"));
      }
    }
    for (IngressHost host : truth.hosts()) {
      for (IngressHost.Route route : host.routes()) {
        Evidence.IngressRoute found = configured.get(key(host.host(), route.path()));
        if (found == null) {
          findings.add(Finding.error(MISSING.id(), route.at(),
              "'" + host.host() + route.path() + "' is documented but no proxy configuration routes it", MISSING.fix()));
        } else if (!found.upstream().equals(route.upstream().id())) {
          findings.add(Finding.error(UPSTREAM.id(), found.at(),
              "'" + host.host() + route.path() + "' goes to '" + found.upstream() + "' here, but the truth says '"
                  + route.upstream().id() + "' (" + route.at() + ")", UPSTREAM.fix()));
        }
      }
    }
    return findings;
  }

  /**
   * The proxy routes judged: those with an upstream, and the static routes of a named host (served by
   * the host's edge).
   */
  static List<Evidence.IngressRoute> judged(Truth truth, List<Evidence.IngressRoute> found) {
    Map<String, String> edges = new LinkedHashMap<>();
    truth.hosts().forEach(h -> edges.putIfAbsent(h.host(), h.edge().id()));
    return found.stream()
        .filter(r -> !r.upstream().isBlank() || !r.host().isEmpty() && STATIC.contains(r.source()))
        .map(r -> r.upstream().isBlank() ? servedByEdge(r, edges) : r).toList();
  }

  /**
   * The judged routes by {@link #key} of host and path, the first of each; a catch-all server's route
   * counts for every documented host.
   */
  static Map<String, Evidence.IngressRoute> configured(Truth truth, List<Evidence.IngressRoute> routes) {
    Set<String> hosts = truth.hosts().stream().map(IngressHost::host).collect(Collectors.toSet());
    Map<String, Evidence.IngressRoute> configured = new LinkedHashMap<>();
    for (Evidence.IngressRoute route : routes) {
      if (route.host().isEmpty()) {
        hosts.forEach(h -> configured.putIfAbsent(key(h, route.path()), route));
      } else {
        configured.putIfAbsent(key(route.host(), route.path()), route);
      }
    }
    return configured;
  }

  /** A static route, as served by its host's edge (or by the proxy itself, named by the config's kind). */
  private static Evidence.IngressRoute servedByEdge(Evidence.IngressRoute route, Map<String, String> edges) {
    return new Evidence.IngressRoute(route.host(), route.path(), route.match(),
        edges.getOrDefault(route.host(), route.source()), route.source(), route.at());
  }

  static String key(String host, String path) {
    return host + " " + trim(path);
  }

  private static String trim(String path) {
    String trimmed = path.replaceAll("/+$", "");
    return trimmed.isEmpty() ? "/" : trimmed;
  }
}
