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

  static final RuleInfo SLASH = new RuleInfo("drift.route.slash", Severity.WARNING,
      "code and truth spell an endpoint apart by a trailing slash",
      "FastAPI, Flask and Spring serve '/users/' and '/users' as two paths (one redirects to the other, which"
          + " drops a request body on the way), so the truth must spell the path as the code does. Express matches"
          + " both spellings by default and is not judged on the slash.",
      "spell the path in the routes manifest exactly as the code serves it");

  /** Frameworks whose default routing matches a path with or without its trailing slash. */
  private static final Set<String> SLASH_BLIND = Set.of("express");

  @Override
  public List<RuleInfo> reports() {
    return List.of(UNDOCUMENTED, MISSING, SLASH);
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
    // the same endpoints by their paths without a trailing slash, to match slash-blind frameworks and to
    // tell "differs only by the slash" from "not documented"
    Map<String, Endpoint> bySlashless = new LinkedHashMap<>();
    documented.forEach((key, endpoint) -> bySlashless.putIfAbsent(RoutePaths.slashless(key), endpoint));
    Set<Endpoint> served = new java.util.HashSet<>();
    List<Finding> findings = new ArrayList<>();
    inCode.forEach((key, route) -> {
      Endpoint exact = documented.get(key);
      Endpoint near = exact != null ? null : bySlashless.get(RoutePaths.slashless(key));
      if (exact != null) {
        served.add(exact);
      } else if (near != null && SLASH_BLIND.contains(route.framework())) {
        served.add(near);
      } else if (near != null) {
        served.add(near);
        findings.add(Finding.warning(SLASH.id(), route.at(),
            "endpoint '" + route.method() + " " + route.path() + "' is served here, but the truth documents '"
                + near.id() + "' (" + near.at() + "); " + route.framework()
                + " serves the two spellings as different paths",
            "write 'path: " + route.path() + "' in the routes manifest, or change the route to match it"));
      } else {
        String family = truth.familyOf(route.path()).map(f -> "family '" + f.id() + "'").orElse("no family");
        findings.add(Finding.error(UNDOCUMENTED.id(), route.at(),
            "endpoint '" + route.method() + " " + route.path() + "' is served here but not documented (" + family + ")",
            "add it to the routes manifest: '- method: " + route.method() + "' with 'path: " + route.path() + "'"));
      }
    });
    documented.values().forEach(endpoint -> {
      if (!served.contains(endpoint)) {
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
