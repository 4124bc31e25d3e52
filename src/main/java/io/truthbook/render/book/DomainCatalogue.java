package io.truthbook.render.book;

import io.truthbook.model.Domain;
import io.truthbook.model.EntityKind;
import java.util.ArrayList;
import java.util.List;

/** A section per canonical domain: its fields, tables, interfaces and legacy mapping with state. */
final class DomainCatalogue implements ReferenceSection {
  @Override
  public void write(ReferenceContext c, AsciiDocWriter out) {
    out.section(1, "", "Domains and tables");
    out.paragraph("One section per canonical domain: its owner, its table prefix, the domains it may depend on, "
        + "its canonical tables, the read interfaces it publishes and the migration of current tables.");
    for (Domain domain : c.truth().domains()) {
      writeDomain(c, out, domain);
    }
  }

  private void writeDomain(ReferenceContext c, AsciiDocWriter out, Domain d) {
    out.section(2, c.place(EntityKind.DOMAIN, d.id()), "Domain " + c.text(d.name()));
    out.fields()
        .field("Id", c.mono(d.id()))
        .field("Owner", c.link(EntityKind.OWNER, d.owner()))
        .field("Table prefix", c.mono(d.prefix()))
        .field("Purpose", c.text(d.purpose()));
    d.adjacentTo().ifPresent(a -> out.field("Adjacent to", c.link(EntityKind.DOMAIN, a)));
    out.field("May depend on", String.join(", ", d.dependsOn().stream()
        .map(dep -> c.link(EntityKind.DOMAIN, dep.domain())
            + dep.via().map(v -> " through " + c.link(EntityKind.INTERFACE, v)).orElse(""))
        .toList()));
    out.field("Route families", String.join(", ", c.truth().families().stream()
        .filter(f -> f.domain().id().equals(d.id()))
        .map(f -> c.link(EntityKind.FAMILY, f.id()) + " " + c.mono(f.prefix()))
        .toList()));
    out.field("Referenced from", c.referencedFrom(EntityKind.DOMAIN, d.id()));

    List<List<String>> tables = new ArrayList<>();
    for (Domain.Table table : d.tables()) {
      tables.add(List.of(c.inlineAnchor(EntityKind.TABLE, table.name()) + c.mono(table.name()),
          c.text(table.description()), migratesFrom(c, table.name()),
          c.referencedFrom(EntityKind.TABLE, table.name())));
    }
    if (!tables.isEmpty()) {
      out.table("Canonical tables of " + c.text(d.name()), "2,4,2,2",
          List.of("Table", "Description", "Migrates from", "Referenced from"), tables);
    }

    List<List<String>> interfaces = new ArrayList<>();
    for (Domain.Interface api : d.interfaces()) {
      interfaces.add(List.of(c.inlineAnchor(EntityKind.INTERFACE, api.id()) + c.mono(api.id()),
          c.text(api.description()),
          String.join(", ", api.tables().stream().map(t -> c.link(EntityKind.TABLE, t)).toList()),
          readers(c, api.id()), c.referencedFrom(EntityKind.INTERFACE, api.id())));
    }
    if (!interfaces.isEmpty()) {
      out.table("Read interfaces of " + c.text(d.name()), "2,3,2,1,2",
          List.of("Interface", "Description", "Tables", "Read by", "Referenced from"), interfaces);
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

  /** The current tables that migrate into a canonical table, with their state. */
  private static String migratesFrom(ReferenceContext c, String table) {
    List<String> from = new ArrayList<>();
    for (Domain domain : c.truth().domains()) {
      for (Domain.LegacyMapping mapping : domain.legacy()) {
        if (mapping.target().id().equals(table)) {
          from.add(c.mono(mapping.table()) + " " + c.text(mapping.state()));
        }
      }
    }
    return String.join(", ", from);
  }

  /** The domains that depend on another through this interface. */
  private static String readers(ReferenceContext c, String api) {
    return String.join(", ", c.truth().domains().stream()
        .filter(d -> d.dependsOn().stream().anyMatch(dep -> dep.via().map(v -> v.id().equals(api)).orElse(false)))
        .map(d -> c.link(EntityKind.DOMAIN, d.id()))
        .toList());
  }

}
