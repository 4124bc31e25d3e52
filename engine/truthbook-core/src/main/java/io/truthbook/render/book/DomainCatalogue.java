package io.truthbook.render.book;

import io.truthbook.model.Domain;
import io.truthbook.model.EntityEvidence;
import io.truthbook.model.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A section per canonical domain: its fields, tables, interfaces and legacy mapping with state. */
final class DomainCatalogue implements ReferenceSection {
  @Override
  public void write(ReferenceContext c, AsciiDocWriter out) {
    out.section(1, "", "Domains and tables");
    out.paragraph("One section per canonical domain: its owner, its table prefix, the domains it may depend on, "
        + "its canonical tables, the read interfaces it publishes and the migration of current tables.");
    Relations relations = new Relations(c);
    for (Domain domain : c.truth().domains()) {
      writeDomain(c, out, domain, relations);
    }
  }

  /**
   * What points at a domain, a table or an interface from elsewhere in the truth, gathered in one
   * pass: looking it up per entity made the section quadratic in a large truth.
   */
  private static final class Relations {
    private final Map<String, List<String>> families = new HashMap<>();
    private final Map<String, List<String>> migratesFrom = new HashMap<>();
    private final Map<String, List<String>> readers = new HashMap<>();

    Relations(ReferenceContext c) {
      c.truth().families().forEach(f -> families.computeIfAbsent(f.domain().id(), k -> new ArrayList<>())
          .add(c.link(EntityKind.FAMILY, f.id()) + " " + c.mono(f.prefix())));
      for (Domain domain : c.truth().domains()) {
        for (Domain.LegacyMapping mapping : domain.legacy()) {
          migratesFrom.computeIfAbsent(mapping.target().id(), k -> new ArrayList<>())
              .add(c.mono(mapping.table()) + " " + c.text(mapping.state()));
        }
        // a domain reads an interface once, however many of its dependencies go through it
        Set<String> read = new HashSet<>();
        for (Domain.Dependency dep : domain.dependsOn()) {
          dep.via().filter(v -> read.add(v.id())).ifPresent(v -> readers.computeIfAbsent(v.id(),
              k -> new ArrayList<>()).add(c.link(EntityKind.DOMAIN, domain.id())));
        }
      }
    }

    private static String of(Map<String, List<String>> relation, String id) {
      return String.join(", ", relation.getOrDefault(id, List.of()));
    }
  }

  private void writeDomain(ReferenceContext c, AsciiDocWriter out, Domain d, Relations relations) {
    out.section(2, c.place(EntityKind.DOMAIN, d.id()), "Domain " + c.text(d.name()));
    out.fields()
        .field("Id", c.mono(d.id()))
        .field("Owner", c.link(EntityKind.OWNER, d.owner()))
        .field("Table prefix",
            d.prefix().map(c::mono).orElse("none: the tables of an existing schema, named as they are"))
        .field("Purpose", c.text(d.purpose()));
    d.adjacentTo().ifPresent(a -> out.field("Adjacent to", c.link(EntityKind.DOMAIN, a)));
    out.field("May depend on", String.join(", ", d.dependsOn().stream()
        .map(dep -> c.link(EntityKind.DOMAIN, dep.domain())
            + dep.via().map(v -> " through " + c.link(EntityKind.INTERFACE, v)).orElse(""))
        .toList()));
    out.field("Route families", Relations.of(relations.families, d.id()));
    out.field("Referenced from", c.referencedFrom(EntityKind.DOMAIN, d.id()));

    List<List<String>> tables = new ArrayList<>();
    for (Domain.Table table : d.tables()) {
      tables.add(c.withEvidence(List.of(c.inlineAnchor(EntityKind.TABLE, table.name()) + c.mono(table.name()),
          c.text(table.description()), Relations.of(relations.migratesFrom, table.name()),
          c.referencedFrom(EntityKind.TABLE, table.name())), 3, EntityEvidence.TABLE, table.name()));
    }
    if (!tables.isEmpty()) {
      out.table("Canonical tables of " + c.text(d.name()),
          String.join(",", c.withEvidenceColumn(List.of("2", "4", "2", "2"), 3, "3")),
          c.withEvidenceColumn(List.of("Table", "Description", "Migrates from", "Referenced from"), 3, "Created at"),
          tables);
    }

    List<List<String>> interfaces = new ArrayList<>();
    for (Domain.Interface api : d.interfaces()) {
      interfaces.add(List.of(c.inlineAnchor(EntityKind.INTERFACE, api.id()) + c.mono(api.id()),
          c.text(api.description()),
          String.join(", ", api.tables().stream().map(t -> c.link(EntityKind.TABLE, t)).toList()),
          Relations.of(relations.readers, api.id()), c.referencedFrom(EntityKind.INTERFACE, api.id())));
    }
    if (!interfaces.isEmpty()) {
      out.table("Read interfaces of " + c.text(d.name()), "2,3,2,1,2",
          List.of("Interface", "Description", "Tables", "Read by", "Referenced from"), interfaces);
    }

    List<List<String>> views = new ArrayList<>();
    for (Domain.View view : d.views()) {
      views.add(List.of(c.mono(view.name()), view.materialized() ? "materialized" : "computed on read",
          c.text(view.description())));
    }
    if (!views.isEmpty()) {
      out.table("Views of " + c.text(d.name()), "2,1,4", List.of("View", "Kind", "Description"), views);
    }

    List<List<String>> legacy = new ArrayList<>();
    for (Domain.LegacyMapping mapping : d.legacy()) {
      legacy.add(List.of(c.mono(mapping.table()), c.link(EntityKind.TABLE, mapping.target()),
          c.mono(mapping.state()), c.text(mapping.note().orElse(""))));
    }
    if (!legacy.isEmpty()) {
      out.table("Legacy mapping of " + c.text(d.name()), "2,2,1,3",
          List.of("Current table", "Target", "State", "Note"), legacy);
    }
  }
}
