package io.truthbook.render.diagram;

import io.truthbook.model.Domain;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Per domain, its current (legacy) tables → the canonical tables they migrate to, each arrow
 * labelled with the migration state. One diagram per domain keeps each legible at site width; a
 * domain without legacy tables has none.
 */
final class LegacyTablesDiagram implements DiagramGenerator {
  static final String PREFIX = "legacy-";

  @Override
  public List<DiagramSource> generate(Truth truth) {
    List<Domain> domains = Distinct.by(truth.domains(), Domain::id);
    Map<String, Domain> domainOfTable = new LinkedHashMap<>();
    for (Domain domain : domains) {
      domain.tables().forEach(t -> domainOfTable.putIfAbsent(t.name(), domain));
    }
    List<DiagramSource> diagrams = new ArrayList<>();
    for (Domain domain : domains) {
      if (!domain.legacy().isEmpty()) {
        diagrams.add(diagram(domain, domainOfTable));
      }
    }
    return diagrams;
  }

  private static DiagramSource diagram(Domain domain, Map<String, Domain> domainOfTable) {
    List<Domain.LegacyMapping> legacy = Distinct.by(domain.legacy(), Domain.LegacyMapping::table);
    Aliases aliases = new Aliases();
    String title = domain.name() + ": legacy tables → canonical tables";
    PlantUmlSource puml = new PlantUmlSource(title);
    puml.line("left to right direction");
    puml.open("package", List.of("current tables"), aliases.fresh("current"));
    for (Domain.LegacyMapping mapping : legacy) {
      puml.element("rectangle", List.of(mapping.table()), aliases.of("legacy", mapping.table()), "#EEEEEE");
    }
    puml.close();
    // canonical targets, grouped by the domain that declares them (a target may be in another domain)
    Map<String, List<String>> targets = new LinkedHashMap<>();
    for (Domain.LegacyMapping mapping : legacy) {
      String owner = Optional.ofNullable(domainOfTable.get(mapping.target().id()))
          .map(Domain::nameWithPrefix).orElse("undeclared");
      List<String> tables = targets.computeIfAbsent(owner, k -> new ArrayList<>());
      if (!tables.contains(mapping.target().id())) {
        tables.add(mapping.target().id());
      }
    }
    targets.forEach((owner, tables) -> {
      puml.open("package", List.of("canonical: " + owner), aliases.fresh("canonical"));
      tables.forEach(t -> puml.element("rectangle", List.of(t), aliases.of("table", t)));
      puml.close();
    });
    for (Domain.LegacyMapping mapping : legacy) {
      String arrow = switch (mapping.state()) {
        case "planned" -> "..>";
        case "retired" -> "-[#999999,dashed]->";
        default -> "-->";
      };
      puml.edge(aliases.of("legacy", mapping.table()), arrow, aliases.of("table", mapping.target().id()),
          List.of(mapping.state()));
    }
    String source = puml.end("no legacy tables");
    String alt = title + ". " + legacy.stream()
        .map(m -> m.table() + " to " + m.target().id() + " (" + m.state() + ")")
        .collect(Collectors.joining(", ")) + ".";
    return new DiagramSource(PREFIX + DiagramSource.idOf(domain.id()), title,
        "Where each current table of " + domain.name() + " goes, and how far its migration is: planned (dotted), "
            + "dual-write, backfilled, cut-over, retired (grey). Generated from the domains manifest.",
        alt, source);
  }
}
