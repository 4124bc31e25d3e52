package io.truthbook.render.diagram;

import io.truthbook.model.Domain;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The domain map: each domain, the domains it may depend on (through which interface), and a
 * domain that sits beside another ({@code adjacentTo}, a catalogue beside sales) drawn on the same rank.
 *
 * <p>Dependencies point down, so a dependent domain is drawn above what it uses; an edge between
 * adjacent domains is a single-dash arrow (same rank in PlantUML), and where there is no such edge a
 * hidden one holds them side by side. The side domain therefore never appears above its host.
 */
final class DomainMapDiagram implements DiagramGenerator {
  static final String ID = "domain-map";

  @Override
  public List<DiagramSource> generate(Truth truth) {
    List<Domain> domains = Distinct.by(truth.domains(), Domain::id);
    Aliases aliases = new Aliases();
    PlantUmlSource puml = new PlantUmlSource("Domain map");
    for (Domain domain : domains) {
      List<String> label = new ArrayList<>();
      label.add(domain.nameWithPrefix());
      domain.adjacentTo().ifPresent(a -> label.add("beside " + name(domains, a.id())));
      label.add("owner " + domain.owner().id() + " · " + domain.tables().size()
          + (domain.tables().size() == 1 ? " table" : " tables"));
      puml.element("rectangle", label, aliases.of("domain", domain.id()),
          domain.adjacentTo().isPresent() ? "#FFF8E1" : "");
    }
    for (Domain domain : domains) {
      for (Domain.Dependency dependency : Distinct.by(domain.dependsOn(), d -> d.domain().id())) {
        Optional<String> target = aliases.find("domain", dependency.domain().id());
        if (target.isEmpty() || dependency.domain().id().equals(domain.id())) {
          continue;
        }
        String arrow = adjacent(domain, dependency.domain().id(), domains) ? "->" : "-->";
        puml.edge(aliases.of("domain", domain.id()), arrow, target.get(),
            dependency.via().map(v -> List.of("via " + v.id())).orElse(List.of()));
      }
    }
    for (Domain domain : domains) {
      Optional<String> beside = domain.adjacentTo().flatMap(a -> aliases.find("domain", a.id()));
      boolean linked = beside.isPresent() && hasEdge(domain, domain.adjacentTo().get().id(), domains);
      if (beside.isPresent() && !linked && !domain.adjacentTo().get().id().equals(domain.id())) {
        puml.line(beside.get() + " -[hidden]right- " + aliases.of("domain", domain.id()));
      }
    }
    String source = puml.end("no domains declared");
    return List.of(new DiagramSource(ID, "Domain map",
        "The canonical domains and the dependencies each may have; arrows point from a domain to one it "
            + "depends on, labelled with the interface it must read through. A domain beside another "
            + "(adjacentTo) is drawn on the same level. Generated from the domains manifest.",
        alt(domains), source));
  }

  /** True when one of the two domains is declared beside the other. */
  private static boolean adjacent(Domain domain, String other, List<Domain> domains) {
    return domain.adjacentTo().map(a -> a.id().equals(other)).orElse(false)
        || domains.stream().anyMatch(d -> d.id().equals(other)
            && d.adjacentTo().map(a -> a.id().equals(domain.id())).orElse(false));
  }

  private static boolean hasEdge(Domain domain, String other, List<Domain> domains) {
    return domain.dependsOn().stream().anyMatch(d -> d.domain().id().equals(other))
        || domains.stream().anyMatch(d -> d.id().equals(other)
            && d.dependsOn().stream().anyMatch(x -> x.domain().id().equals(domain.id())));
  }

  private static String name(List<Domain> domains, String id) {
    return domains.stream().filter(d -> d.id().equals(id)).map(Domain::name).findFirst().orElse(id);
  }

  private static String alt(List<Domain> domains) {
    StringBuilder alt = new StringBuilder("Domain map of ").append(domains.size()).append(" domains.");
    for (Domain domain : domains) {
      alt.append(' ').append(domain.nameWithPrefix());
      domain.adjacentTo().ifPresent(a -> alt.append(", beside ").append(name(domains, a.id())).append(','));
      alt.append(domain.dependsOn().isEmpty() ? " depends on nothing" : " depends on " + domain.dependsOn().stream()
          .map(d -> name(domains, d.domain().id()) + d.via().map(v -> " via " + v.id()).orElse(""))
          .collect(Collectors.joining(", ")));
      alt.append('.');
    }
    return alt.toString();
  }
}
