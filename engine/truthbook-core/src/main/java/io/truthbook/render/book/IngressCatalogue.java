package io.truthbook.render.book;

import io.truthbook.model.EntityEvidence;
import io.truthbook.model.EntityKind;
import io.truthbook.model.IngressHost;
import java.util.ArrayList;
import java.util.List;

/** A section per host: its edge, TLS, and each path with the service and node it reaches. */
final class IngressCatalogue implements ReferenceSection {
  @Override
  public void write(ReferenceContext c, AsciiDocWriter out) {
    out.section(1, "", "Ingress");
    out.paragraph("Every host name the edge serves, and where each path goes: the upstream service and the "
        + "node it runs on.");
    for (IngressHost host : c.truth().hosts()) {
      writeHost(c, out, host);
    }
  }

  /** " on " and the node, or nothing for a service the truth places on no node. */
  private static String on(String node) {
    return node.isEmpty() ? "" : " on " + node;
  }

  private void writeHost(ReferenceContext c, AsciiDocWriter out, IngressHost h) {
    out.section(2, c.place(EntityKind.HOST, h.host()), "Host " + c.mono(h.host()));
    out.fields()
        .field("Edge", c.link(EntityKind.SERVICE, h.edge()) + on(RouteCatalogue.node(c, h.edge().id())))
        .field("Public", h.isPublic() ? "yes" : "no")
        .field("TLS", c.mono(h.tlsMode()) + h.certificate().map(cert -> ", " + c.text(cert)).orElse(""))
        .field("Configured at", c.evidence(EntityEvidence.HOST, h.host()))
        .field("Referenced from", c.referencedFrom(EntityKind.HOST, h.host()));
    List<List<String>> rows = new ArrayList<>();
    for (IngressHost.Route route : h.routes()) {
      rows.add(c.withEvidence(List.of(c.mono(route.path()), c.text(route.match()),
          c.link(EntityKind.SERVICE, route.upstream()), RouteCatalogue.node(c, route.upstream().id()),
          c.text(route.description().orElse(""))), 5, EntityEvidence.INGRESS_ROUTE,
          EntityEvidence.ingressRoute(h.host(), route.path())));
    }
    if (!rows.isEmpty()) {
      out.table("Paths of " + c.text(h.host()), String.join(",", c.withEvidenceColumn(List.of("2", "1", "2", "2", "4"),
          5, "3")), c.withEvidenceColumn(List.of("Path", "Match", "Upstream", "Node", "Description"), 5,
          "Configured at"), rows);
    }
  }
}
