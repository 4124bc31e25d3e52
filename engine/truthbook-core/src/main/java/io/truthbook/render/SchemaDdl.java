package io.truthbook.render;

import io.truthbook.model.Domain;
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
    Map<String, Domain.Table> declared = new LinkedHashMap<>();
    tables.stream().filter(t -> !t.columns().isEmpty()).forEach(t -> declared.putIfAbsent(t.name(), t));
    List<String> order = new ArrayList<>();
    Set<String> visiting = new LinkedHashSet<>();
    List<String> deferred = new ArrayList<>();
    for (String name : declared.keySet()) {
      visit(name, declared, order, visiting, deferred);
    }
    StringBuilder out = new StringBuilder();
    Set<String> created = new LinkedHashSet<>();
    for (String name : order) {
      out.append(createTable(declared.get(name), declared, created, deferred)).append('\n');
      created.add(name);
    }
    deferred.forEach(statement -> out.append(statement).append('\n'));
    return out.toString();
  }

  /** Depth first over references to declared tables: what a table references is created before it. */
  private static void visit(String name, Map<String, Domain.Table> declared, List<String> order,
      Set<String> visiting, List<String> deferred) {
    if (order.contains(name) || !visiting.add(name)) {
      return;
    }
    for (Domain.Column column : declared.get(name).columns()) {
      String target = targetTable(column);
      if (target != null && declared.containsKey(target) && !target.equals(name)) {
        visit(target, declared, order, visiting, deferred);
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
    for (ForeignKey fk : foreignKeys(table, declared)) {
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

  /** One foreign key: columns of this table and the columns they reference, in the same order. */
  private record ForeignKey(List<String> columns, String target, List<String> targetColumns) {}

  /**
   * The table's foreign keys into declared tables. Columns that reference, between them, exactly the
   * composite primary key of one table are one composite key (PostgreSQL requires a key to reference a
   * unique set of columns); every other reference is a key of its own.
   */
  private static List<ForeignKey> foreignKeys(Domain.Table table, Map<String, Domain.Table> declared) {
    Map<String, List<Domain.Column>> byTarget = new LinkedHashMap<>();
    for (Domain.Column column : table.columns()) {
      String target = targetTable(column);
      if (target != null && declared.containsKey(target)) {
        byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(column);
      }
    }
    List<ForeignKey> keys = new ArrayList<>();
    byTarget.forEach((target, columns) -> {
      Set<String> primaryKey = new LinkedHashSet<>(declared.get(target).columns().stream()
          .filter(Domain.Column::primaryKey).map(Domain.Column::name).toList());
      List<String> referenced = columns.stream().map(SchemaDdl::targetColumn).toList();
      if (primaryKey.size() > 1 && new LinkedHashSet<>(referenced).equals(primaryKey)
          && referenced.size() == primaryKey.size()) {
        keys.add(new ForeignKey(columns.stream().map(Domain.Column::name).toList(), target, referenced));
      } else {
        columns.forEach(c -> keys.add(new ForeignKey(List.of(c.name()), target, List.of(targetColumn(c)))));
      }
    });
    return keys;
  }

  private static String targetColumn(Domain.Column column) {
    return column.referencedColumn().orElseThrow();
  }

  private static String targetTable(Domain.Column column) {
    return column.referencedTable().orElse(null);
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
