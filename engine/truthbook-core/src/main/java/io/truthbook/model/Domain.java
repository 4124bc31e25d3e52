package io.truthbook.model;

import java.util.List;
import java.util.Optional;

/**
 * A canonical data domain: its table prefix, owner, tables, views and the plan for its legacy tables. A
 * domain without a prefix holds the tables of an existing schema ({@code user}, {@code item}),
 * named as they are; {@code prefixAt} is then the domain's own place.
 */
public record Domain(
    String id,
    Location at,
    String name,
    Optional<String> prefix,
    Location prefixAt,
    Ref owner,
    String purpose,
    Optional<Ref> adjacentTo,
    List<Dependency> dependsOn,
    List<Interface> interfaces,
    List<Table> tables,
    List<LegacyMapping> legacy,
    List<View> views) {

  public Domain {
    dependsOn = List.copyOf(dependsOn);
    interfaces = List.copyOf(interfaces);
    tables = List.copyOf(tables);
    legacy = List.copyOf(legacy);
    views = List.copyOf(views);
  }

  /** The name with the table prefix, as diagrams show it: {@code Sales (sales_)}, or {@code Shop} without one. */
  public String nameWithPrefix() {
    return name + prefix.map(p -> " (" + p + ")").orElse("");
  }

  /** A domain this one may depend on, optionally only through one of its interfaces. */
  public record Dependency(Ref domain, Optional<Ref> via) {}

  /** A read interface a domain publishes to the domains that depend on it. */
  public record Interface(String id, Location at, String description, List<Ref> tables) {
    public Interface {
      tables = List.copyOf(tables);
    }
  }

  /**
   * A canonical table. {@code columns} is empty when the truth does not declare them yet: such a
   * table is not judged column by column (a team adopts columns table by table).
   */
  public record Table(String name, Location at, String description, List<Column> columns) {
    public Table {
      columns = List.copyOf(columns);
    }

    /** The declared column of that name. */
    public Optional<Column> column(String column) {
      return columns.stream().filter(c -> c.name().equals(column)).findFirst();
    }
  }

  /**
   * A declared column of a canonical table. {@code references} names {@code table.column}; a column
   * is nullable unless it says otherwise or is (part of) the primary key; {@code personal} marks
   * personal data (names, emails, phones, addresses), which is never a duplicate key in clear text;
   * {@code array} makes it a one-dimensional array of {@code type}.
   */
  public record Column(String name, Location at, ColumnType type, Location typeAt, boolean nullable,
      Optional<String> defaultValue, boolean primaryKey, boolean unique, Optional<Ref> references,
      Optional<String> description, boolean personal, boolean array) {

    /** A column that is not an array. */
    public Column(String name, Location at, ColumnType type, Location typeAt, boolean nullable,
        Optional<String> defaultValue, boolean primaryKey, boolean unique, Optional<Ref> references,
        Optional<String> description, boolean personal) {
      this(name, at, type, typeAt, nullable, defaultValue, primaryKey, unique, references, description, personal,
          false);
    }

    /** The type as a blueprint writes it for PostgreSQL: {@code uuid}, or {@code uuid[]} for an array. */
    public String postgresType() {
      return type.postgres() + (array ? "[]" : "");
    }

    /** The portable type as the manifest writes it: {@code uuid}, or {@code uuid[]} for an array. */
    public String typeName() {
      return type.id() + (array ? "[]" : "");
    }

    /** The table a foreign key references: {@code customer} of {@code customer.id}. */
    public Optional<String> referencedTable() {
      return references.map(r -> r.id().substring(0, Math.max(0, r.id().indexOf('.'))));
    }

    /** The column a foreign key references: {@code id} of {@code customer.id}. */
    public Optional<String> referencedColumn() {
      return references.map(r -> r.id().substring(r.id().indexOf('.') + 1));
    }

    /** NOT NULL without a default: every row written must give it a value. */
    public boolean required() {
      return !nullable && defaultValue.isEmpty();
    }
  }

  /**
   * A view the domain's migrations create: a read interface or a report, stored ({@code materialized})
   * or computed on each read. Views are not tables, but an undocumented one is still schema.
   */
  public record View(String name, Location at, String description, boolean materialized) {}

  /** A current (legacy) table and the canonical table it migrates to. */
  public record LegacyMapping(
      String table, Location at, Ref target, String state, Optional<String> note) {}
}
