package io.truthbook.rules;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Finding;
import io.truthbook.model.IngressHost;
import io.truthbook.model.Service;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An ingress upstream on a node listens on a port; the edge is a proxy. */
final class IngressRule implements Rule {
  static final RuleInfo UPSTREAM = new RuleInfo("ingress.upstream", Severity.ERROR,
      "an ingress route sends traffic to a service that cannot take it",
      "Ingress routes proxy a host's path to an upstream service; a service placed on a node must listen on at"
          + " least one port there. A service without a node is run by a platform (a managed or cloud service)"
          + " and reached at the address the platform gives it, so its ports are not judged.",
      "declare the service's ports in the topology manifest, or route the path to a service that has them");
  static final RuleInfo EDGE = new RuleInfo("ingress.edge", Severity.ERROR,
      "a host's edge is not a proxy",
      "The edge of a host is the proxy (nginx, Traefik, Caddy) that terminates TLS and routes paths. A service"
          + " whose kind is not declared is not judged.",
      "point 'edge' at a service of kind 'proxy'");

  @Override
  public List<RuleInfo> reports() {
    return List.of(UPSTREAM, EDGE);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    Map<String, Service> services = index.truth().services().stream()
        .collect(Collectors.toMap(Service::id, Function.identity(), (a, b) -> a));
    List<Finding> findings = new ArrayList<>();
    for (IngressHost host : index.truth().hosts()) {
      Service edge = services.get(host.edge().id());
      Optional.ofNullable(edge).flatMap(Service::kind).filter(kind -> !kind.equals("proxy"))
          .ifPresent(kind -> findings.add(Finding.error(EDGE.id(), host.edge().at(),
              "edge of host '" + host.host() + "' is service '" + edge.id() + "' of kind '" + kind + "'",
              EDGE.fix())));
      for (IngressHost.Route route : host.routes()) {
        Service upstream = services.get(route.upstream().id());
        if (upstream != null && upstream.node().isPresent() && upstream.ports().isEmpty()) {
          findings.add(Finding.error(UPSTREAM.id(), route.upstream().at(),
              "'" + host.host() + route.path() + "' goes to service '" + upstream.id()
                  + "', which listens on no port",
              "add 'ports:' to service '" + upstream.id() + "', or route to a service that listens"));
        }
      }
    }
    return findings;
  }
}
