package io.truthbook.evidence.ingress;

import io.truthbook.evidence.Evidence.IngressRoute;
import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.SourceFile;
import io.truthbook.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the routes of one Kubernetes document. An Ingress routes each rule's host (any host when it
 * has none) and path to a service; its default backend takes everything else. An HTTPRoute routes
 * each hostname × path match to each backend of the rule.
 */
final class KubernetesRoutes {
  /** kind: List may wrap lists; one level of wrapping is all kubectl writes. */
  private static final int MAX_LIST_DEPTH = 4;

  private final SourceFile file;
  private final String source;
  private final List<IngressRoute> routes = new ArrayList<>();
  private final List<ExtractionProblem> problems = new ArrayList<>();

  KubernetesRoutes(SourceFile file, String source) {
    this.file = file;
    this.source = source;
  }

  List<IngressRoute> routes() {
    return List.copyOf(routes);
  }

  List<ExtractionProblem> problems() {
    return List.copyOf(problems);
  }

  void read(YamlView document, int depth) {
    String kind = document.text("kind").orElse("");
    switch (kind) {
      case "Ingress" -> ingress(document);
      case "HTTPRoute" -> httpRoute(document);
      case "List" -> {
        if (depth < MAX_LIST_DEPTH) {
          document.get("items").map(YamlView::items).orElse(List.of()).forEach(item -> read(item, depth + 1));
        }
      }
      default -> {
        // Services, Deployments, ... carry no ingress routes
      }
    }
  }

  private void ingress(YamlView ingress) {
    Optional<YamlView> spec = ingress.get("spec");
    if (spec.isEmpty()) {
      return;
    }
    boolean regex = ingress.get("metadata").flatMap(m -> m.get("annotations"))
        .flatMap(a -> a.text("nginx.ingress.kubernetes.io/use-regex"))
        .map(v -> v.equalsIgnoreCase("true")).orElse(false);
    Optional<YamlView> fallback = spec.get().get("defaultBackend").or(() -> spec.get().get("backend"));
    fallback.ifPresent(b -> add("", PathMatch.everything(), backend(b), b.at(file)));
    spec.get().get("tls").ifPresent(this::tls);
    for (YamlView rule : list(spec.get(), "rules")) {
      String host = rule.text("host").orElse("");
      for (YamlView path : rule.get("http").map(http -> list(http, "paths")).orElse(List.of())) {
        String value = path.text("path").orElse("/");
        String type = path.text("pathType").orElse("ImplementationSpecific");
        add(host, new PathMatch(value, match(type, regex, path)), path.get("backend").map(this::backend).orElse(""),
            path.at(file));
      }
    }
  }

  /** The service a backend names: v1 service.name, v1beta1 serviceName, or a resource backend's name. */
  private String backend(YamlView backend) {
    return backend.get("service").flatMap(s -> s.text("name"))
        .or(() -> backend.text("serviceName"))
        .or(() -> backend.get("resource").flatMap(r -> r.text("name")))
        .orElse("");
  }

  private String match(String pathType, boolean regex, YamlView at) {
    switch (pathType) {
      case "Exact":
        return PathMatch.EXACT;
      case "Prefix":
        return PathMatch.PREFIX;
      case "ImplementationSpecific":
        // ingress-nginx reads these paths as regular expressions when use-regex is on
        return regex ? PathMatch.REGEX : PathMatch.PREFIX;
      default:
        problems.add(new ExtractionProblem(at.at(file),
            "unknown pathType '" + pathType + "'; expected Exact, Prefix or ImplementationSpecific"));
        return PathMatch.PREFIX;
    }
  }

  /** TLS hosts are not routes; only a malformed tls section is worth saying something about. */
  private void tls(YamlView tls) {
    if (!tls.isSequence()) {
      problems.add(new ExtractionProblem(tls.at(file), "spec.tls should be a list of {hosts, secretName}"));
      return;
    }
    for (YamlView entry : tls.items()) {
      entry.get("hosts").filter(hosts -> !hosts.isSequence()).ifPresent(hosts ->
          problems.add(new ExtractionProblem(hosts.at(file), "spec.tls[].hosts should be a list of host names")));
    }
  }

  private void httpRoute(YamlView route) {
    Optional<YamlView> spec = route.get("spec");
    if (spec.isEmpty()) {
      return;
    }
    List<String> hostnames = new ArrayList<>();
    list(spec.get(), "hostnames").forEach(h -> h.text().ifPresent(hostnames::add));
    if (hostnames.isEmpty()) {
      hostnames.add("");
    }
    for (YamlView rule : list(spec.get(), "rules")) {
      List<String> backends = new ArrayList<>();
      list(rule, "backendRefs").forEach(b -> b.text("name").ifPresent(backends::add));
      if (backends.isEmpty()) {
        backends.add("");
      }
      List<YamlView> matches = list(rule, "matches");
      if (matches.isEmpty()) {
        routeAll(hostnames, PathMatch.everything(), backends, rule.at(file));
      }
      for (YamlView match : matches) {
        routeAll(hostnames, pathOf(match), backends, match.at(file));
      }
    }
  }

  private PathMatch pathOf(YamlView match) {
    Optional<YamlView> path = match.get("path");
    if (path.isEmpty()) {
      return PathMatch.everything();
    }
    String value = path.get().text("value").orElse("/");
    String type = path.get().text("type").orElse("PathPrefix");
    switch (type) {
      case "PathPrefix":
        return PathMatch.prefix(value);
      case "Exact":
        return PathMatch.exact(value);
      case "RegularExpression":
        return PathMatch.regex(value);
      default:
        problems.add(new ExtractionProblem(path.get().at(file),
            "unknown path match type '" + type + "'; expected PathPrefix, Exact or RegularExpression"));
        return PathMatch.prefix(value);
    }
  }

  private void routeAll(List<String> hosts, PathMatch path, List<String> backends, Location at) {
    for (String host : hosts) {
      for (String backend : backends) {
        add(host, path, backend, at);
      }
    }
  }

  private void add(String host, PathMatch path, String upstream, Location at) {
    routes.add(new IngressRoute(host, path.path(), path.match(), upstream, source, at));
  }

  private static List<YamlView> list(YamlView parent, String key) {
    return parent.get(key).map(YamlView::items).orElse(List.of());
  }
}
