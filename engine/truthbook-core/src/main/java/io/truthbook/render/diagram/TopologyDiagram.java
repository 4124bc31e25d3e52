package io.truthbook.render.diagram;

import io.truthbook.model.IngressHost;
import io.truthbook.model.Node;
import io.truthbook.model.Service;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The runtime topology: ingress hosts → the edge proxy → services grouped on their nodes (GPUs,
 * NVMe devices, the database), and each service's volumes on its node's NVMe devices.
 */
final class TopologyDiagram implements DiagramGenerator {
  static final String ID = "topology";
  private static final int WIDTH = 44;

  @Override
  public List<DiagramSource> generate(Truth truth) {
    List<IngressHost> hosts = Distinct.by(truth.hosts(), IngressHost::host);
    List<Node> nodes = Distinct.by(truth.nodes(), Node::id);
    List<Service> services = Distinct.by(truth.services(), Service::id);
    Aliases aliases = new Aliases();
    PlantUmlSource puml = new PlantUmlSource("Runtime topology");
    puml.line("left to right direction");
    puml.line("skinparam componentStyle rectangle");

    if (!hosts.isEmpty()) {
      puml.open("rectangle", List.of("Ingress"), aliases.fresh("ingress"));
      for (IngressHost host : hosts) {
        puml.element("rectangle", List.of(host.host(),
            (host.isPublic() ? "public" : "internal") + " · TLS " + host.tlsMode()), aliases.of("host", host.host()));
      }
      puml.close();
    }
    Set<String> nodeIds = nodes.stream().map(Node::id).collect(Collectors.toSet());
    for (Node node : nodes) {
      puml.open("node", nodeLabel(node), aliases.of("node", node.id()));
      for (Service service : services) {
        if (service.node().filter(n -> n.id().equals(node.id())).isPresent()) {
          service(puml, aliases, service);
        }
      }
      for (Node.Nvme nvme : Distinct.by(node.nvme(), Node.Nvme::device)) {
        puml.element("storage", List.of(nvme.device(), nvme.mount() + " · " + nvme.sizeGb() + " GB", nvme.purpose()),
            aliases.of("nvme", node.id() + " " + nvme.device()));
      }
      puml.close();
    }
    // a service on no node, or on an undeclared one, is still drawn: the diagram shows every service
    for (Service service : services) {
      if (service.node().filter(n -> nodeIds.contains(n.id())).isEmpty()) {
        service(puml, aliases, service);
      }
    }

    Map<List<String>, List<String>> proxied = new LinkedHashMap<>();
    for (IngressHost host : hosts) {
      Optional<String> edge = aliases.find("service", host.edge().id());
      edge.ifPresent(e -> puml.edge(aliases.of("host", host.host()), "-->", e));
      for (IngressHost.Route route : host.routes()) {
        Optional<String> upstream = aliases.find("service", route.upstream().id());
        if (edge.isPresent() && upstream.isPresent()) {
          proxied.computeIfAbsent(List.of(edge.get(), upstream.get()), k -> new ArrayList<>())
              .add(host.host() + " " + route.path());
        }
      }
    }
    proxied.forEach((pair, routes) -> puml.edge(pair.get(0), "-->", pair.get(1), routes));
    for (Service service : services) {
      for (Service.Volume volume : service.volumes()) {
        service.node().flatMap(n -> aliases.find("nvme", n.id() + " " + volume.device().id())).ifPresent(nvme ->
            puml.edge(aliases.of("service", service.id()), "-->", nvme, List.of(volume.mount())));
      }
    }
    String source = puml.end("no hosts, nodes or services declared");
    return List.of(new DiagramSource(ID, "Runtime topology",
        "How ingress hosts reach services through the edge, which node runs each service, and the NVMe "
            + "volumes they mount. Generated from the ingress and topology manifests.",
        alt(hosts, nodes, services), source));
  }

  private static void service(PlantUmlSource puml, Aliases aliases, Service service) {
    List<String> label = new ArrayList<>();
    label.add(service.id());
    String detail = service.kind().orElse("")
        + service.ports().stream().map(p -> " :" + p.number()).collect(Collectors.joining());
    if (!detail.isBlank()) {
      label.add(detail.strip());
    }
    if (service.gpus() > 0) {
      label.add(service.gpus() + (service.gpus() == 1 ? " GPU" : " GPUs"));
    }
    String shape = switch (service.kind().orElse("")) {
      case "database" -> "database";
      case "queue", "cache" -> "queue";
      default -> "component";
    };
    puml.element(shape, label, aliases.of("service", service.id()));
  }

  private static List<String> nodeLabel(Node node) {
    List<String> label = new ArrayList<>();
    label.add(node.id());
    node.hostname().ifPresent(label::add);
    List<String> machine = new ArrayList<>();
    node.role().ifPresent(machine::add);
    node.os().ifPresent(machine::add);
    node.cpus().ifPresent(cpus -> machine.add(cpus + " CPU"));
    node.memoryGb().ifPresent(gb -> machine.add(gb + " GB RAM"));
    if (!machine.isEmpty()) {
      label.add(String.join(" · ", machine));
    }
    for (Node.Gpu gpu : node.gpus()) {
      label.add(gpu.count() + " × " + gpu.model() + " (" + gpu.memoryGb() + " GB)");
    }
    node.description().ifPresent(d -> label.addAll(PlantUmlText.wrap(d, WIDTH)));
    return label;
  }

  private static String alt(List<IngressHost> hosts, List<Node> nodes, List<Service> services) {
    StringBuilder alt = new StringBuilder("Runtime topology.");
    for (IngressHost host : hosts) {
      alt.append(" Host ").append(host.host()).append(host.isPublic() ? " (public)" : " (internal)")
          .append(" is served by ").append(host.edge().id()).append(", routing ")
          .append(host.routes().stream().map(r -> r.path() + " to " + r.upstream().id())
              .collect(Collectors.joining(", ")))
          .append('.');
    }
    for (Node node : nodes) {
      List<String> about = new ArrayList<>();
      node.role().ifPresent(about::add);
      node.gpus().forEach(g -> about.add(g.count() + " × " + g.model()));
      alt.append(" Node ").append(node.id()).append(about.isEmpty() ? "" : " (" + String.join(", ", about) + ")")
          .append(" runs ");
      List<String> on = services.stream().filter(s -> s.node().filter(n -> n.id().equals(node.id())).isPresent())
          .map(Service::id).toList();
      alt.append(on.isEmpty() ? "no services" : String.join(", ", on));
      if (!node.nvme().isEmpty()) {
        alt.append("; NVMe ").append(node.nvme().stream().map(n -> n.device() + " at " + n.mount())
            .collect(Collectors.joining(", ")));
      }
      alt.append('.');
    }
    List<String> homeless = services.stream().filter(s -> s.node()
        .filter(placed -> nodes.stream().noneMatch(n -> n.id().equals(placed.id()))).isPresent())
        .map(Service::id).toList();
    if (!homeless.isEmpty()) {
      alt.append(" On no declared node: ").append(String.join(", ", homeless)).append('.');
    }
    List<String> unplaced = services.stream().filter(s -> s.node().isEmpty()).map(Service::id).toList();
    if (!unplaced.isEmpty()) {
      alt.append(" Run by a platform, on no node: ").append(String.join(", ", unplaced)).append('.');
    }
    return alt.toString();
  }
}
