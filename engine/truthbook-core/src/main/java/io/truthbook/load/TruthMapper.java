package io.truthbook.load;

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
import io.truthbook.model.Risk;
import io.truthbook.model.RouteFamily;
import io.truthbook.model.Service;
import io.truthbook.model.Source;
import io.truthbook.model.Truth;
import io.truthbook.model.Workstream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Turns schema-valid manifests into the immutable {@link Truth}, merging files of one kind. */
public final class TruthMapper {

  private final List<Owner> owners = new ArrayList<>();
  private final List<Domain> domains = new ArrayList<>();
  private final List<RouteFamily> families = new ArrayList<>();
  private final List<Endpoint> endpoints = new ArrayList<>();
  private final List<IngressHost> hosts = new ArrayList<>();
  private final List<Node> nodes = new ArrayList<>();
  private final List<Service> services = new ArrayList<>();
  private final List<ClaimDocument> documents = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();
  private final List<Gate> gates = new ArrayList<>();
  private final List<Readiness> readiness = new ArrayList<>();
  private final List<Workstream> workstreams = new ArrayList<>();
  private final List<Risk> risks = new ArrayList<>();
  private final List<Chapter> chapters = new ArrayList<>();
  private final List<GlossaryEntry> glossary = new ArrayList<>();
  private final List<Source> sources = new ArrayList<>();
  private Optional<String> bookTitle = Optional.empty();

  /** Maps every valid manifest; {@code incomplete} names kinds that had an invalid manifest. */
  public static Truth map(List<Manifest> valid, Set<ManifestKind> present, Set<ManifestKind> incomplete) {
    TruthMapper mapper = new TruthMapper();
    valid.forEach(mapper::add);
    return mapper.truth(present, incomplete);
  }

  private Truth truth(Set<ManifestKind> present, Set<ManifestKind> incomplete) {
    return new Truth(owners, domains, families, endpoints, hosts, nodes, services, documents, claims,
        gates, readiness, workstreams, risks, bookTitle, chapters, glossary, sources,
        present.isEmpty() ? Set.of() : EnumSet.copyOf(present),
        incomplete.isEmpty() ? Set.of() : EnumSet.copyOf(incomplete));
  }

  private void add(Manifest manifest) {
    Fields root = new Fields(manifest.root());
    switch (manifest.kind()) {
      case OWNERS -> root.objects("owners").forEach(f -> owners.add(owner(f)));
      case DOMAINS -> root.objects("domains").forEach(f -> domains.add(domain(f)));
      case ROUTES -> {
        root.objects("families").forEach(f -> families.add(family(f)));
        root.objects("endpoints").forEach(f -> endpoints.add(endpoint(f)));
      }
      case INGRESS -> root.objects("hosts").forEach(f -> hosts.add(host(f)));
      case TOPOLOGY -> {
        root.objects("nodes").forEach(f -> nodes.add(node(f)));
        root.objects("services").forEach(f -> services.add(service(f)));
      }
      case CLAIMS -> {
        root.objects("documents").forEach(f -> documents.add(
            new ClaimDocument(f.text("id"), f.at(), f.text("title"), f.text("date"), f.optText("path"))));
        root.objects("claims").forEach(f -> claims.add(claim(f)));
      }
      case GATES -> {
        root.objects("gates").forEach(f -> gates.add(gate(f)));
        root.objects("readiness").forEach(f -> readiness.add(
            new Readiness(f.text("id"), f.at(), f.text("statement"), f.optRef("gate"))));
      }
      case WORKSTREAMS -> root.objects("workstreams").forEach(f -> workstreams.add(workstream(f)));
      case RISKS -> root.objects("risks").forEach(f -> risks.add(risk(f)));
      case BOOK -> {
        bookTitle = root.optText("title");
        root.objects("chapters").forEach(f -> chapters.add(
            new Chapter(f.text("id"), f.at(), f.ref("file"), f.text("title"), f.ref("owner"))));
        root.objects("glossary").forEach(f -> glossary.add(
            new GlossaryEntry(f.text("term"), f.at(), f.text("definition"))));
      }
      case SOURCES -> root.objects("sources").forEach(f -> sources.add(new Source(f.text("id"), f.at(),
          f.optText("path"), f.optText("repository"), f.optText("url"), f.optText("subdir"), f.optText("ref"),
          f.objects("extractors").stream()
              .map(e -> new Source.ExtractorSelection(e.text("name"), e.texts("include"), e.texts("exclude")))
              .toList())));
    }
  }

  private static Owner owner(Fields f) {
    return new Owner(f.text("id"), f.at(), f.text("name"), f.text("title"), f.texts("areas"),
        f.refs("domains"), f.flag("runtime"), f.texts("paths"));
  }

  private static Domain domain(Fields f) {
    return new Domain(f.text("id"), f.at(), f.text("name"), f.text("prefix"), f.at("prefix"),
        f.ref("owner"), f.text("purpose"), f.optRef("adjacentTo"),
        f.objects("dependsOn").stream()
            .map(d -> new Domain.Dependency(d.ref("domain"), d.optRef("via"))).toList(),
        f.objects("interfaces").stream()
            .map(i -> new Domain.Interface(i.text("id"), i.at(), i.text("description"), i.refs("tables")))
            .toList(),
        f.objects("tables").stream()
            .map(t -> new Domain.Table(t.text("name"), t.at(), t.text("description"))).toList(),
        f.objects("legacy").stream()
            .map(l -> new Domain.LegacyMapping(l.text("table"), l.at(), l.ref("target"), l.text("state"),
                l.optText("note")))
            .toList());
  }

  private static RouteFamily family(Fields f) {
    return new RouteFamily(f.text("id"), f.at(), f.text("prefix"), f.at("prefix"), f.ref("domain"),
        f.ref("owner"), f.ref("service"), f.text("description"));
  }

  private static Endpoint endpoint(Fields f) {
    return new Endpoint(f.text("method").toUpperCase(Locale.ROOT), f.text("path"), f.at(),
        f.text("summary"), f.optRef("owner"), f.optText("surface"));
  }

  private static IngressHost host(Fields f) {
    Optional<Fields> tls = f.objectAt("tls");
    return new IngressHost(f.text("host"), f.at(), f.ref("edge"), f.flag("public"),
        tls.map(t -> t.text("mode")).orElse("none"),
        tls.flatMap(t -> t.optText("certificate")),
        f.objects("routes").stream()
            .map(r -> new IngressHost.Route(r.text("path"), r.at(), r.optText("match").orElse("prefix"),
                r.ref("upstream"), r.optText("description")))
            .toList());
  }

  private static Node node(Fields f) {
    return new Node(f.text("id"), f.at(), f.text("role"), f.text("hostname"), f.text("os"),
        f.integer("cpus", 0), f.integer("memoryGb", 0), f.optText("description"),
        f.objects("gpus").stream()
            .map(g -> new Node.Gpu(g.text("model"), g.integer("count", 0), g.integer("memoryGb", 0)))
            .toList(),
        f.objects("nvme").stream()
            .map(n -> new Node.Nvme(n.text("device"), n.at(), n.text("mount"), n.integer("sizeGb", 0),
                n.text("purpose")))
            .toList());
  }

  private static Service service(Fields f) {
    return new Service(f.text("id"), f.at(), f.ref("node"), f.text("kind"), f.text("description"),
        f.optText("image"),
        f.list("ports").stream()
            .map(p -> new Service.Port(((Number) ((YamlNode.Scalar) p).value()).intValue(), p.at()))
            .toList(),
        f.integer("gpus", 0), f.at("gpus"),
        f.objects("volumes").stream()
            .map(v -> new Service.Volume(v.ref("device"), v.text("mount"))).toList());
  }

  private static Claim claim(Fields f) {
    Fields subject = f.objectAt("subject").orElseThrow();
    Optional<Claim.Expectation> expects = f.objectAt("expects")
        .map(e -> new Claim.Expectation(e.text("field"), e.text("value")));
    return new Claim(f.text("id"), f.at(), f.ref("document"), f.text("section"), f.text("statement"),
        subject.text("kind"), subject.text("id"), expects, f.flag("legacyFeeder"), f.flag("mustHold"));
  }

  private static Gate gate(Fields f) {
    return new Gate(f.text("id"), f.at(), f.text("title"), f.texts("governs"),
        f.objects("criteria").stream()
            .map(c -> new Gate.Criterion(c.text("id"), c.at(), c.text("description"), c.optRef("workstream"),
                c.optText("artifact")))
            .toList(),
        f.objects("signoffs").stream()
            .map(s -> new Gate.Signoff(s.ref("reviewer"), s.text("date"), s.at("date"), s.text("digest"))).toList());
  }

  private static Workstream workstream(Fields f) {
    return new Workstream(f.text("id"), f.at(), f.text("title"), f.ref("owner"), f.text("objective"),
        f.objects("tasks").stream().map(t -> new Workstream.Task(t.text("title"), t.flag("done"))).toList(),
        f.texts("definitionOfDone"), f.refs("dependsOn"));
  }

  private static Risk risk(Fields f) {
    return new Risk(f.text("id"), f.at(), f.text("title"), f.text("description"), f.text("severity"),
        f.ref("owner"), f.refs("detectedBy"), f.text("mitigation"));
  }
}
