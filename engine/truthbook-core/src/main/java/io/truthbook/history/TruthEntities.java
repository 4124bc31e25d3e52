package io.truthbook.history;

import io.truthbook.model.Chapter;
import io.truthbook.model.Claim;
import io.truthbook.model.ClaimDocument;
import io.truthbook.model.Domain;
import io.truthbook.model.Endpoint;
import io.truthbook.model.Gate;
import io.truthbook.model.GlossaryEntry;
import io.truthbook.model.IngressHost;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Node;
import io.truthbook.model.Owner;
import io.truthbook.model.Readiness;
import io.truthbook.model.Ref;
import io.truthbook.model.Risk;
import io.truthbook.model.RouteFamily;
import io.truthbook.model.Service;
import io.truthbook.model.Source;
import io.truthbook.model.Truth;
import io.truthbook.model.Workstream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The truth of some manifest kinds as canonical entities, keyed and sorted, with no locations: what
 * a manifest says, not where or in which order (except where order means something, such as the
 * book's chapters). Comments, formatting and reordering change nothing here. Sign-offs are not part
 * of a gate's entity: they approve content, they are not content.
 */
public final class TruthEntities {
  private TruthEntities() {}

  /** The entities of the given kinds, by key. */
  public static SortedMap<String, Entity> of(Truth truth, Collection<ManifestKind> kinds) {
    List<Entity> entities = new ArrayList<>();
    kinds.stream().distinct().sorted().forEach(kind -> entities.addAll(of(truth, kind)));
    SortedMap<String, Entity> byKey = new TreeMap<>();
    for (Entity entity : entities) {
      // a duplicate id (reported by id.duplicate) must not hide content: number the second one
      Entity unique = entity;
      for (int n = 2; byKey.containsKey(unique.key()); n++) {
        unique = entity.withId(entity.id() + " (" + n + ")");
      }
      byKey.put(unique.key(), unique);
    }
    return Collections.unmodifiableSortedMap(byKey);
  }

  /** The entities one kind of manifest defines, in truth order. */
  public static List<Entity> of(Truth truth, ManifestKind kind) {
    List<Entity> out = new ArrayList<>();
    switch (kind) {
      case OWNERS -> truth.owners().forEach(o -> out.add(owner(o)));
      case DOMAINS -> truth.domains().forEach(d -> domain(d, out));
      case ROUTES -> {
        truth.families().forEach(f -> out.add(family(f)));
        truth.endpoints().forEach(e -> out.add(endpoint(e)));
      }
      case INGRESS -> truth.hosts().forEach(h -> host(h, out));
      case TOPOLOGY -> {
        truth.nodes().forEach(n -> out.add(node(n)));
        truth.services().forEach(s -> out.add(service(s)));
      }
      case CLAIMS -> {
        truth.documents().forEach(d -> out.add(document(d)));
        truth.claims().forEach(c -> out.add(claim(c)));
      }
      case GATES -> {
        truth.gates().forEach(g -> gate(g, out));
        truth.readiness().forEach(r -> out.add(readiness(r)));
      }
      case WORKSTREAMS -> truth.workstreams().forEach(w -> out.add(workstream(w)));
      case RISKS -> truth.risks().forEach(r -> out.add(risk(r)));
      case BOOK -> book(truth, out);
      case SOURCES -> truth.sources().forEach(s -> out.add(source(s)));
    }
    return out;
  }

  private static List<String> ids(List<Ref> refs) {
    return refs.stream().map(Ref::id).toList();
  }

  private static Entity owner(Owner o) {
    return new Entity.Builder("owner", o.id()).put("name", o.name()).put("title", o.title())
        .list("areas", o.areas()).list("domains", ids(o.domains())).put("runtime", o.runtime())
        .list("paths", o.paths()).build();
  }

  private static void domain(Domain d, List<Entity> out) {
    out.add(new Entity.Builder("domain", d.id()).put("name", d.name()).put("prefix", d.prefix())
        .put("owner", d.owner().id()).put("purpose", d.purpose()).put("adjacentTo", d.adjacentTo().map(Ref::id))
        .list("dependsOn", d.dependsOn().stream()
            .map(x -> x.domain().id() + x.via().map(v -> " via " + v.id()).orElse("")).toList())
        .build());
    d.interfaces().forEach(i -> out.add(new Entity.Builder("interface", i.id()).put("domain", d.id())
        .put("description", i.description()).list("tables", ids(i.tables())).build()));
    d.tables().forEach(t -> out.add(new Entity.Builder("table", t.name()).put("domain", d.id())
        .put("description", t.description()).build()));
    d.legacy().forEach(l -> out.add(new Entity.Builder("legacy table", l.table()).put("domain", d.id())
        .put("target", l.target().id()).put("state", l.state()).put("note", l.note()).build()));
  }

  private static Entity family(RouteFamily f) {
    return new Entity.Builder("route family", f.id()).label(f.prefix()).put("prefix", f.prefix())
        .put("domain", f.domain().id())
        .put("owner", f.owner().id()).put("service", f.service().id()).put("description", f.description()).build();
  }

  private static Entity endpoint(Endpoint e) {
    return new Entity.Builder("endpoint", e.id()).put("summary", e.summary())
        .put("owner", e.owner().map(Ref::id)).put("surface", e.surface()).build();
  }

  private static void host(IngressHost h, List<Entity> out) {
    out.add(new Entity.Builder("host", h.host()).put("edge", h.edge().id()).put("public", h.isPublic())
        .put("tls", h.tlsMode()).put("certificate", h.certificate()).build());
    h.routes().forEach(r -> out.add(new Entity.Builder("ingress route", h.host() + r.path())
        .put("match", r.match()).put("upstream", r.upstream().id()).put("description", r.description()).build()));
  }

  private static Entity node(Node n) {
    return new Entity.Builder("node", n.id()).put("role", n.role()).put("hostname", n.hostname())
        .put("os", n.os()).put("cpus", n.cpus()).put("memoryGb", n.memoryGb()).put("description", n.description())
        .list("gpus", n.gpus().stream().map(g -> g.count() + "x " + g.model() + " " + g.memoryGb() + "GB").toList())
        .list("nvme", n.nvme().stream()
            .map(v -> v.device() + " " + v.mount() + " " + v.sizeGb() + "GB " + v.purpose()).toList())
        .build();
  }

  private static Entity service(Service s) {
    return new Entity.Builder("service", s.id()).put("node", s.node().id()).put("kind", s.kind())
        .put("description", s.description()).put("image", s.image())
        .list("ports", s.ports().stream().map(p -> Integer.toString(p.number())).toList())
        .put("gpus", s.gpus())
        .list("volumes", s.volumes().stream().map(v -> v.device().id() + ":" + v.mount()).toList())
        .build();
  }

  private static Entity document(ClaimDocument d) {
    return new Entity.Builder("document", d.id()).put("title", d.title()).put("date", d.date())
        .put("path", d.path()).build();
  }

  private static Entity claim(Claim c) {
    return new Entity.Builder("claim", c.id()).put("document", c.document().id()).put("section", c.section())
        .put("statement", c.statement()).put("subject", c.subjectKind() + " " + c.subjectId())
        .put("expects", c.expects().map(e -> e.field() + " = " + e.value()))
        .put("legacyFeeder", c.legacyFeeder()).put("mustHold", c.mustHold()).build();
  }

  private static void gate(Gate g, List<Entity> out) {
    out.add(new Entity.Builder("gate", g.id()).put("title", g.title()).list("governs", g.governs()).build());
    g.criteria().forEach(c -> out.add(new Entity.Builder("gate criterion", g.id() + "/" + c.id())
        .put("description", c.description()).put("workstream", c.workstream().map(Ref::id))
        .put("artifact", c.artifact()).build()));
  }

  private static Entity readiness(Readiness r) {
    return new Entity.Builder("readiness", r.id()).put("statement", r.statement())
        .put("gate", r.gate().map(Ref::id)).build();
  }

  private static Entity workstream(Workstream w) {
    return new Entity.Builder("workstream", w.id()).put("title", w.title()).put("owner", w.owner().id())
        .put("objective", w.objective())
        .list("tasks", w.tasks().stream().map(t -> (t.done() ? "[x] " : "[ ] ") + t.title()).toList())
        .list("definitionOfDone", w.definitionOfDone()).list("dependsOn", ids(w.dependsOn())).build();
  }

  private static Entity risk(Risk r) {
    return new Entity.Builder("risk", r.id()).put("title", r.title()).put("description", r.description())
        .put("severity", r.severity()).put("owner", r.owner().id()).list("detectedBy", ids(r.detectedBy()))
        .put("mitigation", r.mitigation()).build();
  }

  private static void book(Truth truth, List<Entity> out) {
    truth.bookTitle().ifPresent(t -> out.add(new Entity.Builder("book", "").put("title", t).build()));
    int order = 1;
    for (Chapter c : truth.chapters()) {
      // chapter order is content: moving a chapter changes the book
      out.add(new Entity.Builder("chapter", c.id()).put("order", order++).put("file", c.file().id())
          .put("title", c.title()).put("owner", c.owner().id()).build());
    }
    for (GlossaryEntry g : truth.glossary()) {
      out.add(new Entity.Builder("glossary", g.term()).put("definition", g.definition()).build());
    }
  }

  private static Entity source(Source s) {
    return new Entity.Builder("source", s.id()).put("path", s.path()).put("repository", s.repository())
        .put("url", s.url()).put("subdir", s.subdir()).put("ref", s.ref())
        .list("extractors", s.extractors().stream()
            .map(x -> x.name() + " include " + x.include() + " exclude " + x.exclude()).toList())
        .build();
  }
}
