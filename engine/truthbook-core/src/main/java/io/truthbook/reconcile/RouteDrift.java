package io.truthbook.reconcile;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.http.RoutePaths;
import io.truthbook.model.Endpoint;
import io.truthbook.model.Finding;
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

/** Endpoints in code against endpoints in the manifests, both ways; path parameter names do not matter. */
final class RouteDrift implements DriftRule {
  static final RuleInfo UNDOCUMENTED = new RuleInfo("drift.route.undocumented", Severity.ERROR,
      "code serves an endpoint the truth does not list",
      "A route decorator, mapping or OpenAPI path serves an endpoint that no manifest documents; its family,"
          + " owner and domain are unknown (risk: route-family sprawl).",
      "add the endpoint to the routes manifest under its family, or remove the route from the code");
  static final RuleInfo MISSING = new RuleInfo("drift.route.missing", Severity.ERROR,
      "a documented endpoint is served by no code",
      "The routes manifest documents an endpoint that no route in the repository serves.",
      "implement the route, or remove the endpoint from the routes manifest");

  @Override
  public List<RuleInfo> reports() {
    return List.of(UNDOCUMENTED, MISSING);
  }

  @Override
  public Set<ManifestKind> compares() {
    return EnumSet.of(ManifestKind.ROUTES);
  }

  @Override
  public List<Finding> check(Truth truth, EvidenceSet evidence) {
    List<Evidence.Route> routes = evidence.all(Evidence.Route.class);
    if (routes.isEmpty()) {
      return List.of();
    }
    Map<String, Evidence.Route> inCode = new LinkedHashMap<>();
    routes.forEach(r -> inCode.putIfAbsent(key(r.method(), r.path()), r));
    Map<String, Endpoint> documented = new LinkedHashMap<>();
    truth.endpoints().forEach(e -> documented.putIfAbsent(key(e.method(), e.path()), e));
    List<Finding> findings = new ArrayList<>();
    inCode.forEach((key, route) -> {
      if (!documented.containsKey(key)) {
        String family = truth.familyOf(route.path()).map(f -> "family '" + f.id() + "'").orElse("no family");
        findings.add(Finding.error(UNDOCUMENTED.id(), route.at(),
            "endpoint '" + route.method() + " " + route.path() + "' is served here but not documented (" + family + ")",
            "add it to the routes manifest: '- method: " + route.method() + "' with 'path: " + route.path() + "'"));
      }
    });
    documented.forEach((key, endpoint) -> {
      if (!inCode.containsKey(key)) {
        findings.add(Finding.error(MISSING.id(), endpoint.at(),
            "endpoint '" + endpoint.id() + "' is documented but no route in the repository serves it",
            MISSING.fix()));
      }
    });
    return findings;
  }

  private static String key(String method, String path) {
    return method.toUpperCase(java.util.Locale.ROOT) + " " + RoutePaths.normalise(path);
  }
}
