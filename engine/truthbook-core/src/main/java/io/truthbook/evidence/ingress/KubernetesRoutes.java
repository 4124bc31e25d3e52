package io.truthbook.evidence.ingress;

import io.truthbook.evidence.Evidence.IngressRoute;
import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.model.Location;
import io.truthbook.yaml.YamlNode;
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

  private final String source;
  private final List<IngressRoute> routes = new ArrayList<>();
  private final List<ExtractionProblem> problems = new ArrayList<>();

  KubernetesRoutes(String source) {
    this.source = source;
  }

  List<IngressRoute> routes() {
    return List.copyOf(routes);
  }

  List<ExtractionProblem> problems() {
    return List.copyOf(problems);
  }

  void read(YamlNode document, int depth) {
    String kind = document.text("kind").orElse("");
    switch (kind) {
      case "Ingress" -> ingress(document);
      case "HTTPRoute" -> httpRoute(document);
      case "List" -> {
        if (depth < MAX_LIST_DEPTH) {
          document.get("items").map(YamlNode::items).orElse(List.of()).forEach(item -> read(item, depth + 1));
        }
      }
      default -> {
        // Services, Deployments, ... carry no ingress routes
      }
    }
  }

  private void ingress(YamlNode ingress) {
    Optional<YamlNode> spec = ingress.get("spec");
    if (spec.isEmpty()) {
      return;
    }
    boolean regex = ingress.get("metadata").flatMap(m -> m.get("annotations"))
        .flatMap(a -> a.text("nginx.ingress.kubernetes.io/use-regex"))
        .map(v -> v.equalsIgnoreCase("true")).orElse(false);
    Optional<YamlNode> fallback = spec.get().get("defaultBackend").or(() -> spec.get().get("backend"));
    fallback.ifPresent(b -> add("", PathMatch.everything(), backend(b), b.at()));
    spec.get().get("tls").ifPresent(this::tls);
    for (YamlNode rule : list(spec.get(), "rules")) {
      String host = rule.text("host").orElse("");
      for (YamlNode path : rule.get("http").map(http -> list(http, "paths")).orElse(List.of())) {
        String value = path.text("path").orElse("/");
        String type = path.text("pathType").orElse("ImplementationSpecific");
        // a finding points at the path as written, or at the rule's host when the path is left out
        Location at = keyAt(path, "path").or(() -> keyAt(rule, "host")).orElse(path.at());
        add(host, new PathMatch(value, match(type, regex, path)), path.get("backend").map(this::backend).orElse(""),
            at);
      }
    }
  }

  /** The service a backend names: v1 service.name, v1beta1 serviceName, or a resource backend's name. */
  private String backend(YamlNode backend) {
    return backend.get("service").flatMap(s -> s.text("name"))
        .or(() -> backend.text("serviceName"))
        .or(() -> backend.get("resource").flatMap(r -> r.text("name")))
        .orElse("");
  }

  private String match(String pathType, boolean regex, YamlNode at) {
    switch (pathType) {
      case "Exact":
        return PathMatch.EXACT;
      case "Prefix":
        return PathMatch.PREFIX;
      case "ImplementationSpecific":
        // ingress-nginx reads these paths as regular expressions when use-regex is on
        return regex ? PathMatch.REGEX : PathMatch.PREFIX;
      default:
        problems.add(new ExtractionProblem(at.at(),
            "unknown pathType '" + pathType + "'; expected Exact, Prefix or ImplementationSpecific"));
        return PathMatch.PREFIX;
    }
  }

  /** TLS hosts are not routes; only a malformed tls section is worth saying something about. */
  private void tls(YamlNode tls) {
    if (!(tls instanceof YamlNode.Sequence)) {
      problems.add(new ExtractionProblem(tls.at(), "spec.tls should be a list of {hosts, secretName}"));
      return;
    }
    for (YamlNode entry : tls.items()) {
      entry.get("hosts").filter(hosts -> !(hosts instanceof YamlNode.Sequence)).ifPresent(hosts ->
          problems.add(new ExtractionProblem(hosts.at(), "spec.tls[].hosts should be a list of host names")));
    }
  }

  private void httpRoute(YamlNode route) {
    Optional<YamlNode> spec = route.get("spec");
    if (spec.isEmpty()) {
      return;
    }
    List<String> hostnames = new ArrayList<>();
    list(spec.get(), "hostnames").forEach(h -> h.text().ifPresent(hostnames::add));
    if (hostnames.isEmpty()) {
      hostnames.add("");
    }
    for (YamlNode rule : list(spec.get(), "rules")) {
      List<String> backends = new ArrayList<>();
      list(rule, "backendRefs").forEach(b -> b.text("name").ifPresent(backends::add));
      if (backends.isEmpty()) {
        backends.add("");
      }
      List<YamlNode> matches = list(rule, "matches");
      if (matches.isEmpty()) {
        routeAll(hostnames, PathMatch.everything(), backends, rule.at());
      }
      for (YamlNode match : matches) {
        routeAll(hostnames, pathOf(match), backends,
            match.get("path").flatMap(p -> keyAt(p, "value")).or(() -> keyAt(match, "path")).orElse(match.at()));
      }
    }
  }

  private PathMatch pathOf(YamlNode match) {
    Optional<YamlNode> path = match.get("path");
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
        problems.add(new ExtractionProblem(path.get().at(),
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

  /** Where {@code key} is written in a mapping: the line a finding about its value points at. */
  private static Optional<Location> keyAt(YamlNode mapping, String key) {
    return Optional.ofNullable(mapping.entries().get(key)).map(YamlNode.Entry::keyAt);
  }

  private static List<YamlNode> list(YamlNode parent, String key) {
    return parent.get(key).map(YamlNode::items).orElse(List.of());
  }
}
