package io.truthbook.adopt;

import io.truthbook.evidence.Evidence.IngressRoute;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Hosts and their routes from nginx, Traefik, Caddy and Kubernetes Ingress configuration. The edge of a host
 * is the deployed service that mounts the proxy's configuration, or is named for the proxy; the upstreams are
 * deployed services. When nothing is deployed at all, the proxy and its upstreams become services of their own.
 */
final class IngressDraft {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern HOSTNAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
  /** The host the manifest gives a catch-all server (one without a name). */
  static final String CATCH_ALL = "localhost";
  private static final Map<String, String> PROXIES = Map.of("nginx", "nginx", "traefik", "traefik", "caddy", "caddy",
      "k8s-ingress", "ingress-controller");
  private static final Set<String> PROXY_NAMES = Set.of("proxy", "reverse-proxy", "edge", "gateway", "ingress", "lb",
      "load-balancer");
  private static final Set<String> MATCHES = Set.of("prefix", "exact", "regex");

  private record Route(String path, String match, String upstream) {}

  private record Host(String edge, Map<String, Route> routes) {}

  private final Map<String, Host> hosts = new TreeMap<>();

  IngressDraft(ProductEvidence evidence, List<ProductEvidence.Item<IngressRoute>> found, TopologyDraft topology) {
    Map<String, List<ProductEvidence.Item<IngressRoute>>> byExtractor = new LinkedHashMap<>();
    // a location that answers from the proxy itself routes to no service (the drift rules skip it too)
    found.stream().filter(item -> !item.evidence().upstream().isBlank())
        .forEach(item -> byExtractor.computeIfAbsent(item.extractor(), k -> new ArrayList<>()).add(item));
    byExtractor.forEach((extractor, items) -> {
      Optional<String> edge = edge(extractor, items, evidence, topology);
      for (ProductEvidence.Item<IngressRoute> item : items) {
        if (edge.isEmpty()) {
          evidence.skip(item, "no deployed service is the " + extractor + " proxy (none mounts its configuration or is"
              + " named for it), so its hosts have no edge; name the proxy's service");
          continue;
        }
        route(item, edge.get(), evidence, topology);
      }
    });
  }

  private void route(ProductEvidence.Item<IngressRoute> item, String edge, ProductEvidence evidence,
      TopologyDraft topology) {
    IngressRoute route = item.evidence();
    String host = route.host().isEmpty() ? CATCH_ALL : route.host();
    boolean deploys = !topology.deployed().isEmpty();
    Optional<String> problem = !HOSTNAME.matcher(host).matches() ? Optional.of("host '" + host + "' is no host name")
        : !route.path().startsWith("/") ? Optional.of("path '" + route.path() + "' does not start with '/'")
        : !MATCHES.contains(route.match()) ? Optional.of("match '" + route.match() + "' is none of " + MATCHES)
        : deploys && !topology.deployed().containsKey(route.upstream())
            ? Optional.of("upstream '" + route.upstream() + "' is no deployed service")
        : !ID.matcher(route.upstream()).matches()
            ? Optional.of("upstream '" + route.upstream() + "' cannot be a service id") : Optional.empty();
    if (problem.isPresent()) {
      evidence.skip(item, route.source() + ": " + problem.get() + "; the ingress manifest cannot state it");
      return;
    }
    if (!deploys) {
      topology.undeployed(route.upstream(), "an upstream of the " + route.source()
          + " configuration; no file the sources read deploys it");
    }
    hosts.computeIfAbsent(host, h -> new Host(edge, new TreeMap<>()))
        .routes().putIfAbsent(trim(route.path()), new Route(route.path(), route.match(), route.upstream()));
  }

  /** The service that is the proxy an extractor read the configuration of. */
  private static Optional<String> edge(String extractor, List<ProductEvidence.Item<IngressRoute>> items,
      ProductEvidence evidence, TopologyDraft topology) {
    String word = PROXIES.getOrDefault(extractor, extractor);
    if (topology.deployed().isEmpty()) {
      topology.undeployed(word, "the " + extractor + " proxy; no file the sources read deploys it");
      topology.proxy(word, "it serves the hosts of the " + extractor + " configuration");
      return Optional.of(word);
    }
    List<String> files = items.stream().map(i -> evidence.file(i.evidence())).distinct().toList();
    Optional<String> mounting = topology.deployed().values().stream()
        .filter(s -> s.volumes().stream().anyMatch(v -> mounts(s.file(), v, files))).map(TopologyDraft.Deployed::id)
        .findFirst();
    Optional<String> named = topology.deployed().keySet().stream()
        .filter(id -> id.contains(word) || PROXY_NAMES.contains(id)).findFirst();
    mounting.ifPresent(id -> topology.proxy(id, "it mounts the " + extractor + " configuration"));
    if (mounting.isEmpty()) {
      named.ifPresent(id -> topology.proxy(id, "guessed from its name: it serves the hosts of the " + extractor
          + " configuration"));
    }
    return mounting.or(() -> named);
  }

  /** Whether a compose volume ({@code ./nginx/app.conf:/etc/nginx/conf.d/app.conf}) binds one of the files. */
  private static boolean mounts(String composeFile, String volume, List<String> files) {
    String source = volume.split(":", 2)[0];
    if (!source.startsWith(".")) {
      return false;
    }
    Path folder = Path.of(composeFile).getParent();
    String bound = (folder == null ? Path.of(source) : folder.resolve(source)).normalize().toString().replace('\\', '/');
    return files.stream().anyMatch(f -> f.equals(bound) || bound.isEmpty() || f.startsWith(bound + "/"));
  }

  /** The service the longest prefix route covering a family's prefix sends it to, when one does. */
  Optional<String> serviceFor(String prefix) {
    Map<String, Set<String>> byPath = new TreeMap<>();
    hosts.values().forEach(host -> host.routes().forEach((path, route) -> {
      boolean covers = route.match().equals("prefix")
          && (path.equals("/") || prefix.equals(path) || prefix.startsWith(path + "/"));
      if (covers) {
        byPath.computeIfAbsent(path, p -> new java.util.TreeSet<>()).add(route.upstream());
      }
    }));
    return byPath.entrySet().stream().max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
        .filter(e -> e.getValue().size() == 1).map(e -> e.getValue().iterator().next());
  }

  void write(YamlWriter yaml) {
    if (hosts.isEmpty()) {
      yaml.list(0, "hosts", List.of());
      return;
    }
    yaml.key(0, "hosts");
    hosts.forEach((name, host) -> {
      if (name.equals(CATCH_ALL)) {
        yaml.comment(1, "the catch-all server (it has no name) is written as " + CATCH_ALL + ": name the host it answers");
      }
      yaml.item(1, "host", name).field(2, "edge", host.edge());
      boolean internal = !name.contains(".") || name.matches(".*\\.(local|internal|localhost|lan|test)");
      yaml.field(2, "public", !internal, "guessed from the host name: say whether the internet reaches it");
      yaml.key(2, "tls").field(3, "mode", "none", "not read from the configuration: acme, managed, internal-ca or none");
      yaml.key(2, "routes");
      host.routes().values().forEach(route -> {
        yaml.item(3, "path", route.path());
        if (!route.match().equals("prefix")) {
          yaml.field(4, "match", route.match());
        }
        yaml.field(4, "upstream", route.upstream());
      });
    });
  }

  private static String trim(String path) {
    String trimmed = path.replaceAll("/+$", "");
    return trimmed.isEmpty() ? "/" : trimmed;
  }
}
