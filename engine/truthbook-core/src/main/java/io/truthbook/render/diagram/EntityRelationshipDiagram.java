package io.truthbook.render.diagram;

import io.truthbook.model.Domain;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Per domain that declares columns, an entity-relationship diagram of its canonical tables: each
 * table with its columns (key marks, portable type, NOT NULL), and a crow's-foot edge for each
 * foreign key, labelled with the column. A table of another domain that a key references is drawn
 * as a grey stub carrying its domain, so a reader sees where the domain reaches out.
 */
final class EntityRelationshipDiagram implements DiagramGenerator {
  static final String PREFIX = "er-";

  /** The id of the domain's diagram, as the book and the site anchor it. */
  static String id(String domainId) {
    return PREFIX + DiagramSource.idOf(domainId);
  }

  @Override
  public List<DiagramSource> generate(Truth truth) {
    List<Domain> domains = Distinct.by(truth.domains(), Domain::id);
    Map<String, Domain> domainOfTable = new LinkedHashMap<>();
    domains.forEach(d -> d.tables().forEach(t -> domainOfTable.putIfAbsent(t.name(), d)));
    List<DiagramSource> diagrams = new ArrayList<>();
    for (Domain domain : domains) {
      if (domain.tables().stream().anyMatch(t -> !t.columns().isEmpty())) {
        diagrams.add(diagram(domain, domainOfTable));
      }
    }
    return diagrams;
  }

  private static DiagramSource diagram(Domain domain, Map<String, Domain> domainOfTable) {
    List<Domain.Table> tables = Distinct.by(domain.tables(), Domain.Table::name);
    Aliases aliases = new Aliases();
    String title = domain.nameWithPrefix() + ": entity-relationship diagram";
    PlantUmlSource puml = new PlantUmlSource(title);
    puml.line("hide circle");
    puml.line("hide empty members");
    for (Domain.Table table : tables) {
      puml.open("entity", List.of(table.name()), aliases.of("table", table.name()));
      List<Domain.Column> columns = Distinct.by(table.columns(), Domain.Column::name);
      columns.stream().filter(Domain.Column::primaryKey).forEach(c -> puml.line(member(c)));
      if (columns.stream().anyMatch(Domain.Column::primaryKey)) {
        puml.line("--");
      }
      columns.stream().filter(c -> !c.primaryKey()).forEach(c -> puml.line(member(c)));
      puml.close();
    }
    Map<String, String> stubs = new LinkedHashMap<>();
    for (Domain.Table table : tables) {
      for (Domain.Column column : Distinct.by(table.columns(), Domain.Column::name)) {
        if (column.references().isEmpty()) {
          continue;
        }
        String target = column.referencedTable().orElseThrow();
        Domain owner = domainOfTable.get(target);
        if (aliases.find("table", target).isEmpty() && !stubs.containsKey(target)) {
          String alias = aliases.of("table", target);
          stubs.put(target, alias);
          puml.element("entity", List.of(target, owner == null ? "undeclared" : owner.nameWithPrefix()), alias,
              "#EEEEEE");
        }
        // many rows of this table to one row of the referenced one; a nullable key may point nowhere
        String arrow = column.nullable() ? "}o..o|" : "}o--||";
        puml.edge(aliases.of("table", table.name()), arrow, aliases.of("table", target), List.of(column.name()));
      }
    }
    String source = puml.end("no tables declared");
    String alt = title + ". " + tables.stream()
        .map(t -> t.name() + " (" + t.columns().stream().map(Domain.Column::name).collect(Collectors.joining(", "))
            + ")")
        .collect(Collectors.joining("; ")) + ".";
    return new DiagramSource(id(domain.id()), title,
        "The canonical tables of " + domain.name() + " with their declared columns: key columns above the line,"
            + " * marks NOT NULL; each foreign key is an edge labelled with its column (dotted when nullable);"
            + " grey boxes are tables of other domains. Generated from the domains manifest.",
        alt, source);
  }

  /** {@code * email : text} — the marker, the column and its type; keys and references noted. */
  private static String member(Domain.Column column) {
    StringBuilder label = new StringBuilder(column.nullable() ? "" : "* ");
    label.append(column.name()).append(" : ").append(column.typeName());
    if (column.primaryKey()) {
      label.append(" <<PK>>");
    }
    column.references().ifPresent(r -> label.append(" <<FK>>"));
    if (column.unique()) {
      label.append(" <<unique>>");
    }
    return PlantUmlText.escape(label.toString());
  }
}
