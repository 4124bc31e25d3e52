package io.truthbook.render.book;

import io.truthbook.model.Domain;
import io.truthbook.model.EntityKind;
import io.truthbook.render.SchemaDdl;
import io.truthbook.render.diagram.DiagramSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema blueprint: per domain that declares columns, its entity-relationship diagram and, per
 * table, its columns with type, nullability, default, keys, references and personal-data marks, then
 * the PostgreSQL DDL that creates them. Tables without declared columns are listed as such, so a
 * reader sees how far the blueprint goes.
 */
final class SchemaBlueprint implements ReferenceSection {
  @Override
  public void write(ReferenceContext c, AsciiDocWriter out) {
    List<Domain> domains = c.truth().domains().stream()
        .filter(d -> d.tables().stream().anyMatch(t -> !t.columns().isEmpty())).toList();
    if (domains.isEmpty()) {
      return;
    }
    out.section(1, "schema-blueprint", "Schema blueprint");
    out.paragraph("Every canonical table whose columns the truth declares, as PostgreSQL will hold it: columns"
        + " with their portable type, NOT NULL, default, keys and references, and the personal data an import"
        + " must never key duplicates on. Migrations are checked against it column by column"
        + " (the drift.column rules); a table without declared columns is not.");
    for (Domain domain : domains) {
      writeDomain(c, out, domain);
    }
  }

  private static void writeDomain(ReferenceContext c, AsciiDocWriter out, Domain domain) {
    out.section(2, "blueprint-" + Anchors.slug(domain.id()), "Blueprint of " + c.text(domain.name()));
    long declared = domain.tables().stream().filter(t -> !t.columns().isEmpty()).count();
    out.paragraph(c.link(EntityKind.DOMAIN, domain.id(), domain.name()) + ": " + declared + " of "
        + domain.tables().size() + " tables declare their columns. The diagram "
        + c.diagramLink(DiagramSet.entityRelationshipOf(domain.id())) + " among the diagrams draws them with their foreign keys.");
    List<String> undeclared = new ArrayList<>();
    for (Domain.Table table : domain.tables()) {
      if (table.columns().isEmpty()) {
        undeclared.add(c.link(EntityKind.TABLE, table.name()));
        continue;
      }
      List<List<String>> rows = new ArrayList<>();
      for (Domain.Column column : table.columns()) {
        rows.add(List.of(c.mono(column.name()), c.mono(column.postgresType()), column.nullable() ? "yes" : "no",
            column.defaultValue().map(c::mono).orElse(""), key(column),
            column.referencedTable().map(t -> c.link(EntityKind.TABLE, t)
                + c.text("." + column.referencedColumn().orElseThrow())).orElse(""),
            (column.personal() ? "personal data. " : "") + c.text(column.description().orElse(""))));
      }
      out.table("Columns of " + c.link(EntityKind.TABLE, table.name()), "2,2,1,2,1,2,3",
          List.of("Column", "Type", "Null", "Default", "Key", "References", "Notes"), rows);
    }
    if (!undeclared.isEmpty()) {
      out.paragraph("Tables whose columns are not declared yet: " + String.join(", ", undeclared) + ".");
    }
    out.line(".PostgreSQL DDL of " + c.text(domain.name()));
    out.listing("sql", SchemaDdl.of(domain.tables()));
  }

  private static String key(Domain.Column column) {
    List<String> marks = new ArrayList<>();
    if (column.primaryKey()) {
      marks.add("PK");
    }
    if (column.references().isPresent()) {
      marks.add("FK");
    }
    if (column.unique()) {
      marks.add("unique");
    }
    return String.join(", ", marks);
  }
}
