package io.truthbook.reconcile;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.EvidenceCollector;
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
import java.util.Optional;
import java.util.Set;

/**
 * Endpoints in code against endpoints in the manifests, both ways; path parameter names do not matter.
 * An endpoint is a method and path as one source serves it: the same path in two applications is two
 * endpoints, so one cannot hide the other.
 */
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

  /** A route as one source serves it: two applications serving the same path are two endpoints. */
  private record Served(String source, Evidence.Route route, String key) {}

  @Override
  public List<Finding> check(Truth truth, EvidenceSet evidence) {
    Map<String, Served> inCode = new LinkedHashMap<>();
    for (EvidenceCollector.Collected source : evidence.sources()) {
      source.evidence().stream().filter(Evidence.Route.class::isInstance).map(Evidence.Route.class::cast)
          .forEach(r -> {
            String key = key(r.method(), r.path());
            inCode.putIfAbsent(source.sourceId() + " " + key, new Served(source.sourceId(), r, key));
          });
    }
    if (inCode.isEmpty()) {
      return List.of();
    }
    // documented endpoints by their key, and by the key without a trailing slash, to match slash-blind
    // frameworks and to tell "differs only by the slash" from "not documented"
    Map<String, List<Endpoint>> documented = new LinkedHashMap<>();
    Map<String, List<Endpoint>> bySlashless = new LinkedHashMap<>();
    for (Endpoint endpoint : truth.endpoints()) {
      String key = key(endpoint.method(), endpoint.path());
      documented.computeIfAbsent(key, k -> new ArrayList<>()).add(endpoint);
      bySlashless.computeIfAbsent(RoutePaths.slashless(key), k -> new ArrayList<>()).add(endpoint);
    }
    // which source each endpoint stands for: its own, or (without one) the first source that serves it
    // by identity: each endpoint of the truth is one object, and a record's hash walks all of its fields
    Map<Endpoint, String> claimed = new java.util.IdentityHashMap<>();
    List<Finding> findings = new ArrayList<>();
    inCode.values().forEach(served -> {
      Evidence.Route route = served.route();
      String key = served.key();
      Optional<Endpoint> exact = claim(documented.getOrDefault(key, List.of()), served.source(), claimed);
      Optional<Endpoint> near = exact.isPresent() ? Optional.empty()
          : claim(bySlashless.getOrDefault(RoutePaths.slashless(key), List.of()), served.source(), claimed);
      if (near.isPresent() && !SLASH_BLIND.contains(route.framework())) {
        findings.add(Finding.warning(SLASH.id(), route.at(),
            "endpoint '" + route.method() + " " + route.path() + "' is served here, but the truth documents '"
                + near.get().id() + "' (" + near.get().at() + "); " + route.framework()
                + " serves the two spellings as different paths",
            "write 'path: " + route.path() + "' in the routes manifest, or change the route to match it"));
      } else if (exact.isEmpty() && near.isEmpty()) {
        findings.add(undocumented(truth, served, documented.containsKey(key) || bySlashless.containsKey(
            RoutePaths.slashless(key))));
      }
    });
    for (Endpoint endpoint : truth.endpoints()) {
      if (!claimed.containsKey(endpoint)) {
        findings.add(Finding.error(MISSING.id(), endpoint.at(),
            "endpoint '" + endpoint.id() + "' is documented but no route in "
                + endpoint.source().map(s -> "source '" + s + "'").orElse("the repository") + " serves it",
            MISSING.fix()));
      }
    }
    return findings;
  }

  /**
   * The endpoint that documents a route of {@code source}: the one naming that source, else one naming
   * none that no other source has claimed.
   */
  private static Optional<Endpoint> claim(List<Endpoint> candidates, String source, Map<Endpoint, String> claimed) {
    Optional<Endpoint> chosen = candidates.stream().filter(e -> e.source().filter(source::equals).isPresent())
        .findFirst()
        .or(() -> candidates.stream().filter(e -> e.source().isEmpty())
            .filter(e -> claimed.getOrDefault(e, source).equals(source)).findFirst());
    chosen.ifPresent(e -> claimed.putIfAbsent(e, source));
    return chosen;
  }

  private static Finding undocumented(Truth truth, Served served, boolean elsewhere) {
    Evidence.Route route = served.route();
    String family = truth.familyOf(route.path()).map(f -> "family '" + f.id() + "'").orElse("no family");
    return Finding.error(UNDOCUMENTED.id(), route.at(),
        "endpoint '" + route.method() + " " + route.path() + "' is served here but not documented (" + family + ")"
            + (elsewhere ? "; the truth documents it for another source" : ""),
        "add it to the routes manifest: '- method: " + route.method() + "' with 'path: " + route.path() + "'"
            + (elsewhere ? " and 'source: " + served.source() + "'" : ""));
  }

  /** An endpoint's key: the method in capitals and the normalised path. */
  static String key(String method, String path) {
    return method.toUpperCase(java.util.Locale.ROOT) + " " + RoutePaths.normalise(path);
  }
}
