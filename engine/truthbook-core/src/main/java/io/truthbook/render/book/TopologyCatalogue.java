package io.truthbook.render.book;

import io.truthbook.model.EntityEvidence;
import io.truthbook.model.EntityKind;
import io.truthbook.model.IngressHost;
import io.truthbook.model.Node;
import io.truthbook.model.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A section per node (GPUs, NVMe, what runs there), then one per service (node, ports, volumes, routes). */
final class TopologyCatalogue implements ReferenceSection {
  @Override
  public void write(ReferenceContext c, AsciiDocWriter out) {
    out.section(1, "", "Nodes and services");
    out.paragraph("The Linux machines of the platform with their GPUs and NVMe drives, then every service, "
        + "placed on them or run by a platform the truth does not describe.");
    // grouped once: filtering every list per node and per service made the section quadratic
    Map<String, List<Service>> servicesOf = new HashMap<>();
    c.truth().services().forEach(s -> s.node().ifPresent(n -> servicesOf.computeIfAbsent(n.id(),
        k -> new ArrayList<>()).add(s)));
    Map<String, List<String>> familiesOf = new HashMap<>();
    c.truth().families().forEach(f -> f.service().ifPresent(s -> familiesOf.computeIfAbsent(s.id(),
        k -> new ArrayList<>()).add(c.link(EntityKind.FAMILY, f.id()))));
    Map<String, List<String>> ingressOf = ingress(c);
    for (Node node : c.truth().nodes()) {
      writeNode(c, out, node, servicesOf.getOrDefault(node.id(), List.of()));
    }
    for (Service service : c.truth().services()) {
      writeService(c, out, service, familiesOf.getOrDefault(service.id(), List.of()),
          ingressOf.getOrDefault(service.id(), List.of()));
    }
  }

  private void writeNode(ReferenceContext c, AsciiDocWriter out, Node n, List<Service> services) {
    out.section(2, c.place(EntityKind.NODE, n.id()), "Node " + c.mono(n.id()));
    out.fields()
        .field("Role", n.role().map(c::text))
        .field("Host name", n.hostname().map(c::mono))
        .field("OS", n.os().map(c::text))
        .field("CPUs", n.cpus().map(String::valueOf))
        .field("Memory", n.memoryGb().map(gb -> gb + " GB"))
        .field("GPUs", String.join(", ", n.gpus().stream()
            .map(g -> g.count() + " × " + c.text(g.model()) + ", " + g.memoryGb() + " GB each").toList()))
        .field("Description", c.text(n.description().orElse("")))
        .field("Services", String.join(", ", services.stream().map(s -> c.link(EntityKind.SERVICE, s.id())).toList()))
        .field("Referenced from", c.referencedFrom(EntityKind.NODE, n.id()));
    List<List<String>> rows = new ArrayList<>();
    for (Node.Nvme drive : n.nvme()) {
      rows.add(List.of(c.mono(drive.device()), c.mono(drive.mount()), drive.sizeGb() + " GB",
          c.text(drive.purpose()), mountedBy(c, services, drive.device())));
    }
    if (!rows.isEmpty()) {
      out.table("NVMe drives of " + c.text(n.id()), "2,2,1,1,3",
          List.of("Device", "Mount", "Size", "Purpose", "Mounted by"), rows);
    }
  }

  private void writeService(ReferenceContext c, AsciiDocWriter out, Service s, List<String> families,
      List<String> ingress) {
    out.section(2, c.place(EntityKind.SERVICE, s.id()), "Service " + c.mono(s.id()));
    out.fields()
        .field("Node", s.node().map(n -> c.link(EntityKind.NODE, n)).orElse("none: run by a platform"))
        .field("Kind", s.kind().map(c::text))
        .field("Description", s.description().map(c::text))
        .field("Image", c.mono(s.image().orElse("")))
        .field("Ports", String.join(", ", s.ports().stream().map(p -> Integer.toString(p.number())).toList()))
        .field("GPUs", s.gpus() == 0 ? "" : Integer.toString(s.gpus()))
        .field("Volumes", String.join(", ", s.volumes().stream()
            .map(v -> c.mono(v.device().id()) + " on " + c.mono(v.mount())).toList()))
        .field("Route families", String.join(", ", families))
        .field("Ingress", String.join(", ", ingress))
        .field("Defined at", c.evidence(EntityEvidence.SERVICE, s.id()))
        .field("Referenced from", c.referencedFrom(EntityKind.SERVICE, s.id()));
  }

  /** The services of the drive's node that mount it, with where. */
  private static String mountedBy(ReferenceContext c, List<Service> services, String device) {
    return String.join(", ", services.stream()
        .flatMap(s -> s.volumes().stream().filter(v -> v.device().id().equals(device))
            .map(v -> c.link(EntityKind.SERVICE, s.id()) + " on " + c.mono(v.mount())))
        .toList());
  }

  /** For each service, the hosts it is the edge of and the host paths routed to it, in host order. */
  private static Map<String, List<String>> ingress(ReferenceContext c) {
    Map<String, List<String>> parts = new HashMap<>();
    for (IngressHost host : c.truth().hosts()) {
      parts.computeIfAbsent(host.edge().id(), k -> new ArrayList<>())
          .add("edge of " + c.link(EntityKind.HOST, host.host()));
      for (IngressHost.Route route : host.routes()) {
        parts.computeIfAbsent(route.upstream().id(), k -> new ArrayList<>())
            .add(c.link(EntityKind.HOST, host.host()) + " " + c.mono(route.path()));
      }
    }
    return parts;
  }
}
