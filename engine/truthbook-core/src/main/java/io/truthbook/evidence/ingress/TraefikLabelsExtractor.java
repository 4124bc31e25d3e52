package io.truthbook.evidence.ingress;

import io.truthbook.evidence.Evidence.IngressRoute;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import io.truthbook.evidence.yaml.YamlDocuments;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the routes Traefik serves from the docker labels of a compose file: one per host and path
 * of each router's rule, upstream the compose service that carries the router — or, when the router
 * names a service ({@code traefik.http.routers.X.service=Y}), the compose service that defines Y.
 */
public final class TraefikLabelsExtractor implements Extractor {
  private static final String SOURCE = "traefik";
  private static final Pattern COMPOSE_FILE = Pattern.compile("(docker-)?compose[^/]*\\.ya?ml");
  private static final String ROUTERS = "traefik.http.routers.";
  private static final String SERVICES = "traefik.http.services.";

  @Override
  public String name() {
    return SOURCE;
  }

  @Override
  public boolean supports(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return COMPOSE_FILE.matcher(lower.substring(lower.lastIndexOf('/') + 1)).matches();
  }

  @Override
  public Result extract(SourceFile file) {
    YamlDocuments documents = YamlDocuments.read(file);
    List<ExtractionProblem> problems = new ArrayList<>(documents.problems());
    ComposeLabels reader = new ComposeLabels();
    documents.documents().forEach(reader::read);
    problems.addAll(reader.problems());
    List<ComposeLabel> labels = reader.labels();
    Map<String, String> owners = serviceOwners(labels);
    LinkedHashSet<IngressRoute> routes = new LinkedHashSet<>();
    for (Map.Entry<String, List<ComposeLabel>> service : byService(labels).entrySet()) {
      if (disabled(service.getValue())) {
        continue;
      }
      Map<String, ComposeLabel> rules = new LinkedHashMap<>();
      Map<String, ComposeLabel> targets = new HashMap<>();
      for (ComposeLabel label : service.getValue()) {
        routerProperty(label, "rule").ifPresent(router -> rules.putIfAbsent(router, label));
        routerProperty(label, "service").ifPresent(router -> targets.putIfAbsent(router, label));
      }
      for (Map.Entry<String, ComposeLabel> rule : rules.entrySet()) {
        String upstream = Optional.ofNullable(targets.get(rule.getKey()))
            .map(target -> upstream(target.value().trim(), owners))
            .orElse(service.getKey());
        ComposeLabel label = rule.getValue();
        TraefikRule.Parsed parsed = TraefikRule.parse(label.value());
        parsed.error().ifPresent(error -> problems.add(new ExtractionProblem(label.at(),
            "cannot read the rule of router '" + rule.getKey() + "': " + error)));
        for (TraefikRule.Target target : parsed.targets()) {
          routes.add(new IngressRoute(target.host(), target.path().path(), target.path().match(), upstream, SOURCE,
              label.at()));
        }
      }
    }
    return IngressResult.sorted(routes, problems);
  }

  /** The router named by a "traefik.http.routers.NAME.PROPERTY" label, if the property is the one asked. */
  private static Optional<String> routerProperty(ComposeLabel label, String property) {
    String key = label.key().toLowerCase(Locale.ROOT);
    int end = key.length() - property.length() - 1;
    // "traefik.http.routers.rule" ends in ".rule" with the dot of the prefix: it names no router
    if (!key.startsWith(ROUTERS) || !key.endsWith("." + property) || end < ROUTERS.length()) {
      return Optional.empty();
    }
    String router = key.substring(ROUTERS.length(), end);
    return router.isEmpty() || router.contains(".") ? Optional.empty() : Optional.of(router);
  }

  /** Traefik service name → the compose service whose labels define it. */
  private static Map<String, String> serviceOwners(List<ComposeLabel> labels) {
    Map<String, String> owners = new HashMap<>();
    for (ComposeLabel label : labels) {
      String key = label.key().toLowerCase(Locale.ROOT);
      if (key.startsWith(SERVICES)) {
        String rest = key.substring(SERVICES.length());
        int dot = rest.indexOf('.');
        owners.putIfAbsent(dot < 0 ? rest : rest.substring(0, dot), label.service());
      }
    }
    return owners;
  }

  /** "api" or "api@docker" → the compose service defining it; "api@internal" and unknown names stay. */
  private static String upstream(String service, Map<String, String> owners) {
    int at = service.indexOf('@');
    String provider = at < 0 ? "docker" : service.substring(at + 1).toLowerCase(Locale.ROOT);
    String name = at < 0 ? service : service.substring(0, at);
    if (provider.equals("docker") || provider.equals("swarm")) {
      return owners.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }
    return service;
  }

  private static Map<String, List<ComposeLabel>> byService(List<ComposeLabel> labels) {
    Map<String, List<ComposeLabel>> services = new LinkedHashMap<>();
    labels.forEach(l -> services.computeIfAbsent(l.service(), s -> new ArrayList<>()).add(l));
    return services;
  }

  /** traefik.enable=false takes a container out of Traefik whatever its other labels say. */
  private static boolean disabled(List<ComposeLabel> labels) {
    return labels.stream().anyMatch(l -> l.key().equalsIgnoreCase("traefik.enable")
        && l.value().trim().equalsIgnoreCase("false"));
  }
}
