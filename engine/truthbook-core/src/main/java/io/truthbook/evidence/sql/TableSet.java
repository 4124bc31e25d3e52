package io.truthbook.evidence.sql;

import io.truthbook.evidence.Evidence.TableOp;
import io.truthbook.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tables and views that exist after applying table operations in order (see
 * {@link MigrationOrder}), each with the operation that last created or renamed it, and the
 * operations that did not fit: renaming or dropping something that does not exist, or renaming onto
 * a name that does.
 *
 * <p>An operation without a schema matches a table of any schema, and one with a schema matches a
 * table written without one: migrations say {@code sales_account} where a dump says
 * {@code public.sales_account}.
 */
public final class TableSet {
  private static final Comparator<Table> BY_NAME =
      Comparator.comparing((Table t) -> t.schema().orElse("")).thenComparing(Table::name);

  /** A table (or view) that exists, and the operation that gave it its current name. */
  public record Table(Optional<String> schema, String name, TableOp origin) {
    public Table {
      Objects.requireNonNull(schema, "schema");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(origin, "origin");
    }

    /** {@code schema.name}, or the name alone. */
    public String qualifiedName() {
      return schema.map(s -> s + "." + name).orElse(name);
    }
  }

  /** An operation that did not fit the tables before it, at the operation's location. */
  public record Anomaly(Location at, String message, TableOp op) {}

  private final List<Table> tables;
  private final List<Table> views;
  private final List<Anomaly> anomalies;

  private TableSet(List<Table> tables, List<Table> views, List<Anomaly> anomalies) {
    this.tables = List.copyOf(tables);
    this.views = List.copyOf(views);
    this.anomalies = List.copyOf(anomalies);
  }

  /** Applies the operations in the order given. */
  public static TableSet apply(List<TableOp> orderedOps) {
    Entries tables = new Entries();
    Entries views = new Entries();
    List<Anomaly> anomalies = new ArrayList<>();
    for (TableOp op : orderedOps) {
      Entries own = op.view() ? views : tables;
      QualifiedName name = new QualifiedName(op.schema(), op.name());
      switch (op.action()) {
        case CREATE:
          // a view is created or replaced; a table that exists stays as first created (IF NOT EXISTS)
          if (op.view() || own.find(name).isEmpty()) {
            own.remove(name);
            own.put(new Table(op.schema(), op.name(), op));
          }
          break;
        case RENAME:
          // ALTER TABLE renames views too in PostgreSQL, so look in the other kind as well
          rename(op, name, own.find(name).isPresent() ? own : op.view() ? tables : views, anomalies);
          break;
        case DROP:
          if (own.remove(name).isEmpty()) {
            anomalies.add(new Anomaly(op.at(), "drops " + kind(op) + " '" + name + "', which does not exist"
                + " at this point (dropped IF EXISTS, or created where no scan looked?)", op));
          }
          break;
        default:
          throw new IllegalStateException("unknown table action " + op.action());
      }
    }
    return new TableSet(tables.sorted(), views.sorted(), anomalies);
  }

  /** Tables that exist, sorted by schema and name. */
  public List<Table> tables() {
    return tables;
  }

  /** Views that exist, sorted by schema and name. */
  public List<Table> views() {
    return views;
  }

  /** Operations that did not fit, in the order applied. */
  public List<Anomaly> anomalies() {
    return anomalies;
  }

  private static void rename(TableOp op, QualifiedName name, Entries holder, List<Anomaly> anomalies) {
    Optional<Table> old = holder.remove(name);
    if (old.isEmpty()) {
      anomalies.add(new Anomaly(op.at(), "renames " + kind(op) + " '" + name + "', which does not exist"
          + " at this point", op));
      return;
    }
    // the new name stays in the old schema, as with PostgreSQL's RENAME TO
    QualifiedName renamed = new QualifiedName(old.get().schema(), op.newName().orElse(op.name()));
    if (holder.remove(renamed).isPresent()) {
      anomalies.add(new Anomaly(op.at(), "renames '" + name + "' to '" + renamed + "', which already exists",
          op));
    }
    holder.put(new Table(renamed.schema(), renamed.name(), op));
  }

  private static String kind(TableOp op) {
    return op.view() ? "view" : "table";
  }

  /** Tables or views by qualified name. */
  private static final class Entries {
    private final TableIndex<Table> index = new TableIndex<>();

    Optional<QualifiedName> find(QualifiedName name) {
      return index.find(name);
    }

    void put(Table table) {
      index.put(new QualifiedName(table.schema(), table.name()), table);
    }

    Optional<Table> remove(QualifiedName name) {
      return index.remove(name);
    }

    List<Table> sorted() {
      List<Table> list = index.values();
      list.sort(BY_NAME);
      return list;
    }
  }
}
