package io.truthbook.render.book;

import io.truthbook.model.EntityKind;
import io.truthbook.model.IngressHost;
import io.truthbook.model.Node;
import io.truthbook.model.Service;
import java.util.ArrayList;
import java.util.List;

/** A section per node (GPUs, NVMe, what runs there), then one per service (node, ports, volumes, routes). */
final class TopologyCatalogue implements ReferenceSection {
  @Override
  public void write(ReferenceContext c, AsciiDocWriter out) {
    out.section(1, "", "Nodes and services");
    out.paragraph("The Linux machines of the platform with their GPUs and NVMe drives, then every service "
        + "placed on them.");
    for (Node node : c.truth().nodes()) {
      writeNode(c, out, node);
    }
    for (Service service : c.truth().services()) {
      writeService(c, out, service);
    }
  }

  private void writeNode(ReferenceContext c, AsciiDocWriter out, Node n) {
    out.section(2, c.place(EntityKind.NODE, n.id()), "Node " + c.mono(n.id()));
    out.fields()
        .field("Role", c.text(n.role()))
        .field("Host name", c.mono(n.hostname()))
        .field("OS", c.text(n.os()))
        .field("CPUs", Integer.toString(n.cpus()))
        .field("Memory", n.memoryGb() + " GB")
        .field("GPUs", String.join(", ", n.gpus().stream()
            .map(g -> g.count() + " × " + c.text(g.model()) + ", " + g.memoryGb() + " GB each").toList()))
        .field("Description", c.text(n.description().orElse("")))
        .field("Services", String.join(", ", c.truth().services().stream()
            .filter(s -> s.node().id().equals(n.id())).map(s -> c.link(EntityKind.SERVICE, s.id())).toList()))
        .field("Referenced from", c.referencedFrom(EntityKind.NODE, n.id()));
    List<List<String>> rows = new ArrayList<>();
    for (Node.Nvme drive : n.nvme()) {
      rows.add(List.of(c.mono(drive.device()), c.mono(drive.mount()), drive.sizeGb() + " GB",
          c.text(drive.purpose()), mountedBy(c, n.id(), drive.device())));
    }
    if (!rows.isEmpty()) {
      out.table("NVMe drives of " + c.text(n.id()), "2,2,1,1,3",
          List.of("Device", "Mount", "Size", "Purpose", "Mounted by"), rows);
    }
  }

  private void writeService(ReferenceContext c, AsciiDocWriter out, Service s) {
    out.section(2, c.place(EntityKind.SERVICE, s.id()), "Service " + c.mono(s.id()));
    out.fields()
        .field("Node", c.link(EntityKind.NODE, s.node()))
        .field("Kind", c.text(s.kind()))
        .field("Description", c.text(s.description()))
        .field("Image", c.mono(s.image().orElse("")))
        .field("Ports", String.join(", ", s.ports().stream().map(p -> Integer.toString(p.number())).toList()))
        .field("GPUs", s.gpus() == 0 ? "" : Integer.toString(s.gpus()))
        .field("Volumes", String.join(", ", s.volumes().stream()
            .map(v -> c.mono(v.device().id()) + " on " + c.mono(v.mount())).toList()))
        .field("Route families", String.join(", ", c.truth().families().stream()
            .filter(f -> f.service().id().equals(s.id())).map(f -> c.link(EntityKind.FAMILY, f.id())).toList()))
        .field("Ingress", ingress(c, s.id()))
        .field("Referenced from", c.referencedFrom(EntityKind.SERVICE, s.id()));
  }

  /** The services that mount a drive, with where. */
  private static String mountedBy(ReferenceContext c, String node, String device) {
    return String.join(", ", c.truth().services().stream()
        .filter(s -> s.node().id().equals(node))
        .flatMap(s -> s.volumes().stream().filter(v -> v.device().id().equals(device))
            .map(v -> c.link(EntityKind.SERVICE, s.id()) + " on " + c.mono(v.mount())))
        .toList());
  }

  /** The hosts this service is the edge of, and the host paths routed to it. */
  private static String ingress(ReferenceContext c, String service) {
    List<String> parts = new ArrayList<>();
    for (IngressHost host : c.truth().hosts()) {
      if (host.edge().id().equals(service)) {
        parts.add("edge of " + c.link(EntityKind.HOST, host.host()));
      }
      for (IngressHost.Route route : host.routes()) {
        if (route.upstream().id().equals(service)) {
          parts.add(c.link(EntityKind.HOST, host.host()) + " " + c.mono(route.path()));
        }
      }
    }
    return String.join(", ", parts);
  }
}
