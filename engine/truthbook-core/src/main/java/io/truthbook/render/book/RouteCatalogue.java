package io.truthbook.render.book;

import io.truthbook.model.Endpoint;
import io.truthbook.model.EntityEvidence;
import io.truthbook.model.EntityKind;
import io.truthbook.model.RouteFamily;
import io.truthbook.model.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The route families, then the endpoint ownership matrix: endpoint, family, owner, domain, service. */
final class RouteCatalogue implements ReferenceSection {
  @Override
  public void write(ReferenceContext c, AsciiDocWriter out) {
    out.section(1, "", "Route families and endpoints");
    out.paragraph("A route family is a root prefix with one domain, one owner and at most one serving service. "
        + "An endpoint belongs to the family with the longest prefix that covers its path.");
    // counted in one pass: counting per family made the section quadratic in a large truth
    Map<String, Long> endpoints = new HashMap<>();
    for (Endpoint e : c.truth().endpoints()) {
      c.truth().familyOf(e.path()).ifPresent(f -> endpoints.merge(f.id(), 1L, Long::sum));
    }
    for (RouteFamily family : c.truth().families()) {
      writeFamily(c, out, family, endpoints.getOrDefault(family.id(), 0L));
    }
    writeMatrix(c, out);
  }

  private void writeFamily(ReferenceContext c, AsciiDocWriter out, RouteFamily f, long endpoints) {
    out.section(2, c.place(EntityKind.FAMILY, f.id()), "Route family " + c.mono(f.prefix()));
    out.fields()
        .field("Id", c.mono(f.id()))
        .field("Prefix", c.mono(f.prefix()))
        .field("Domain", c.link(EntityKind.DOMAIN, f.domain()))
        .field("Owner", c.link(EntityKind.OWNER, f.owner()))
        .field("Service", f.service().map(s -> c.link(EntityKind.SERVICE, s)))
        .field("Node", f.service().map(s -> node(c, s.id())).filter(n -> !n.isEmpty()))
        .field("Description", f.description().map(c::text))
        .field("Endpoints", endpoints + " in the endpoint ownership matrix")
        .field("Referenced from", c.referencedFrom(EntityKind.FAMILY, f.id()));
  }

  private void writeMatrix(ReferenceContext c, AsciiDocWriter out) {
    out.section(2, "", "Endpoint ownership matrix");
    out.paragraph("Every endpoint with its family and what it inherits from it. An owner marked "
        + "_endpoint_ is set on the endpoint itself; the others are the family's owner."
        + (c.productRead() ? " _Defined at_ is where the product's code declares the route, as the check read it"
            + " (file:line@commit), and when that file last changed." : ""));
    List<List<String>> rows = new ArrayList<>();
    for (Endpoint e : c.truth().endpoints()) {
      Optional<RouteFamily> family = c.truth().familyOf(e.path());
      String owner = e.owner().map(o -> c.link(EntityKind.OWNER, o) + " _endpoint_")
          .orElseGet(() -> family.map(f -> c.link(EntityKind.OWNER, f.owner())).orElse(""));
      rows.add(c.withEvidence(List.of(
          c.inlineAnchor(EntityKind.ROUTE, e.id()) + c.mono(e.id()) + " +\n" + c.text(e.summary()),
          family.map(f -> c.link(EntityKind.FAMILY, f.id())).orElse("no family"),
          owner,
          family.map(f -> c.link(EntityKind.DOMAIN, f.domain())).orElse(""),
          family.flatMap(RouteFamily::service).map(s -> c.link(EntityKind.SERVICE, s)).orElse(""),
          c.referencedFrom(EntityKind.ROUTE, e.id())), 5, EntityEvidence.ENDPOINT, e.id()));
    }
    if (!rows.isEmpty()) {
      out.table("", String.join(",", c.withEvidenceColumn(List.of("5", "2", "2", "2", "2", "3"), 5, "4")),
          c.withEvidenceColumn(List.of("Endpoint", "Family", "Owner", "Domain", "Service", "Referenced from"), 5,
              "Defined at"), rows);
    }
  }

  /** The node a service runs on, as a link; empty when the truth places it on none. */
  static String node(ReferenceContext c, String service) {
    return c.service(service).flatMap(Service::node).map(n -> c.link(EntityKind.NODE, n)).orElse("");
  }
}
