package io.truthbook.render;

import io.truthbook.model.Domain;
import io.truthbook.model.ForeignKey;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PostgreSQL DDL of the canonical tables that declare columns: one {@code CREATE TABLE} per
 * table with its types, NOT NULL, defaults, primary key, unique columns and foreign keys, tables
 * ordered so each is created after the tables it references (a reference cycle is closed with
 * {@code ALTER TABLE … ADD FOREIGN KEY} at the end). Identifiers are quoted; names and types come
 * from the schema's patterns and vocabulary, and a default is an SQL expression the schema keeps to
 * one line without {@code ;}, so one default cannot add a statement.
 */
public final class SchemaDdl {
  private SchemaDdl() {}

  /** The DDL of every domain's declared tables, in creation order. */
  public static String of(Truth truth) {
    return of(truth.domains().stream().flatMap(d -> d.tables().stream()).toList());
  }

  /** The DDL of the given tables (those without columns are left out), in creation order. */
  public static String of(List<Domain.Table> tables) {
    Map<String, Domain.Table> declared = declared(tables);
    List<String> order = order(tables);
    List<String> deferred = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    Set<String> created = new LinkedHashSet<>();
    for (String name : order) {
      out.append(createTable(declared.get(name), declared, created, deferred)).append('\n');
      created.add(name);
    }
    deferred.forEach(statement -> out.append(statement).append('\n'));
    return out.toString();
  }

  /** The names of the tables with columns, in creation order: what a table references comes first. */
  public static List<String> order(List<Domain.Table> tables) {
    Map<String, Domain.Table> declared = declared(tables);
    List<String> order = new ArrayList<>();
    Set<String> visiting = new LinkedHashSet<>();
    for (String name : declared.keySet()) {
      visit(name, declared, order, visiting);
    }
    return order;
  }

  private static Map<String, Domain.Table> declared(List<Domain.Table> tables) {
    Map<String, Domain.Table> declared = new LinkedHashMap<>();
    tables.stream().filter(t -> !t.columns().isEmpty()).forEach(t -> declared.putIfAbsent(t.name(), t));
    return declared;
  }

  /** Depth first over references to declared tables: what a table references is created before it. */
  private static void visit(String name, Map<String, Domain.Table> declared, List<String> order,
      Set<String> visiting) {
    if (order.contains(name) || !visiting.add(name)) {
      return;
    }
    for (Domain.Column column : declared.get(name).columns()) {
      String target = targetTable(column);
      if (target != null && declared.containsKey(target) && !target.equals(name)) {
        visit(target, declared, order, visiting);
      }
    }
    visiting.remove(name);
    order.add(name);
  }

  private static String createTable(Domain.Table table, Map<String, Domain.Table> declared, Set<String> created,
      List<String> deferred) {
    List<String> lines = new ArrayList<>();
    for (Domain.Column column : table.columns()) {
      StringBuilder line = new StringBuilder("  ").append(quote(column.name())).append(' ')
          .append(column.postgresType());
      if (!column.nullable()) {
        line.append(" NOT NULL");
      }
      column.defaultValue().ifPresent(d -> line.append(" DEFAULT ").append(d));
      if (column.unique()) {
        line.append(" UNIQUE");
      }
      lines.add(line.toString());
    }
    List<String> key = table.columns().stream().filter(Domain.Column::primaryKey).map(c -> quote(c.name())).toList();
    if (!key.isEmpty()) {
      lines.add("  PRIMARY KEY (" + String.join(", ", key) + ")");
    }
    for (ForeignKey fk : ForeignKey.of(table, declared)) {
      String foreignKey = "FOREIGN KEY (" + String.join(", ", fk.columns().stream().map(SchemaDdl::quote).toList())
          + ") REFERENCES " + quote(fk.target()) + " ("
          + String.join(", ", fk.targetColumns().stream().map(SchemaDdl::quote).toList()) + ")";
      if (created.contains(fk.target()) || fk.target().equals(table.name())) {
        lines.add("  " + foreignKey);
      } else {
        deferred.add("ALTER TABLE " + quote(table.name()) + " ADD " + foreignKey + ";");
      }
    }
    return "CREATE TABLE " + quote(table.name()) + " (\n" + String.join(",\n", lines) + "\n);\n";
  }

  private static String targetTable(Domain.Column column) {
    return column.referencedTable().orElse(null);
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
