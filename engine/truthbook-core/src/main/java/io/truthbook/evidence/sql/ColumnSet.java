package io.truthbook.evidence.sql;

import io.truthbook.evidence.ColumnChange;
import io.truthbook.evidence.Evidence.ColumnDef;
import io.truthbook.evidence.Evidence.ColumnOp;
import io.truthbook.evidence.Evidence.ForeignKey;
import io.truthbook.evidence.Evidence.MigrationStep;
import io.truthbook.evidence.Evidence.TableOp;
import io.truthbook.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The columns of every table after applying table and column operations in order (see
 * {@link MigrationOrder}): a CREATE TABLE gives a table its columns (unless one of that name exists:
 * IF NOT EXISTS), a rename carries them, a drop loses them, and column operations change them.
 * Foreign keys follow the tables and columns they point at through renames, as PostgreSQL's do.
 * Views are left out; which tables exist is {@link TableSet}'s business, and its anomalies are not
 * repeated here: only a column operation that does not fit is one of these.
 */
public final class ColumnSet {
  private static final Comparator<Table> BY_NAME =
      Comparator.comparing((Table t) -> t.schema().orElse("")).thenComparing(Table::name);

  /**
   * A table and its columns in the order they were added. {@code columnsKnown} is false when the
   * statement that created it did not list them (CREATE TABLE ... AS): its columns are those added
   * since, and more may exist.
   */
  public record Table(Optional<String> schema, String name, boolean columnsKnown, List<ColumnDef> columns) {
    public Table {
      columns = List.copyOf(columns);
    }

    public Optional<ColumnDef> column(String column) {
      return columns.stream().filter(c -> c.name().equals(column)).findFirst();
    }
  }

  /** A column operation that did not fit the columns before it, at the operation's location. */
  public record Anomaly(Location at, String message) {}

  /** A table while operations apply: its columns by name, in order. */
  private static final class Shape {
    private final QualifiedName name;
    private final boolean known;
    private final Map<String, ColumnDef> columns = new LinkedHashMap<>();

    Shape(QualifiedName name, boolean known) {
      this.name = name;
      this.known = known;
    }

    Shape renamed(QualifiedName newName) {
      Shape moved = new Shape(newName, known);
      moved.columns.putAll(columns);
      return moved;
    }
  }

  private final List<Table> tables;
  private final List<Anomaly> anomalies;

  private ColumnSet(List<Table> tables, List<Anomaly> anomalies) {
    this.tables = List.copyOf(tables);
    this.anomalies = List.copyOf(anomalies);
  }

  /** Applies the operations in the order given (other evidence is ignored). */
  public static ColumnSet apply(List<? extends MigrationStep> orderedSteps) {
    Applied applied = new Applied();
    for (MigrationStep step : orderedSteps) {
      if (step instanceof TableOp op) {
        applied.table(op);
      } else if (step instanceof ColumnOp op) {
        applied.column(op);
      }
    }
    List<Table> result = new ArrayList<>();
    for (Shape shape : applied.tables.values()) {
      result.add(new Table(shape.name.schema(), shape.name.name(), shape.known, List.copyOf(shape.columns.values())));
    }
    result.sort(BY_NAME);
    return new ColumnSet(result, applied.anomalies);
  }

  /** Tables, sorted by schema and name. */
  public List<Table> tables() {
    return tables;
  }

  /** The table of that name, in any schema. */
  public Optional<Table> table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** Column operations that did not fit, in the order applied. */
  public List<Anomaly> anomalies() {
    return anomalies;
  }

  /** The state while applying. */
  private static final class Applied {
    private final TableIndex<Shape> tables = new TableIndex<>();
    private final List<Anomaly> anomalies = new ArrayList<>();

    void table(TableOp op) {
      if (op.view()) {
        return;
      }
      QualifiedName name = new QualifiedName(op.schema(), op.name());
      switch (op.action()) {
        case CREATE:
          if (tables.find(name).isEmpty()) {
            Shape shape = new Shape(name, op.columns().isPresent());
            tables.put(name, shape);
            op.columns().orElse(List.of()).forEach(c -> shape.columns.put(c.name(), c));
            // a REFERENCES naming only the table means its primary key, known once the table exists
            shape.columns.replaceAll((n, c) -> c.withReferences(c.references().map(this::resolved), c.at()));
          }
          break;
        case RENAME:
          tables.remove(name).ifPresent(old -> {
            QualifiedName renamed = new QualifiedName(old.name.schema(), op.newName().orElse(op.name()));
            tables.remove(renamed);
            tables.put(renamed, old.renamed(renamed));
            retarget(fk -> fk.table().equals(old.name.name()) ? new ForeignKey(renamed.name(), fk.column()) : fk);
          });
          break;
        case DROP:
          tables.remove(name);
          break;
        default:
          throw new IllegalStateException("unknown table action " + op.action());
      }
    }

    void column(ColumnOp op) {
      QualifiedName name = new QualifiedName(op.schema(), op.table());
      Optional<Shape> found = tables.get(name);
      if (found.isEmpty()) {
        anomalies.add(new Anomaly(op.at(), "changes the columns of table '" + name + "', which does not exist"
            + " at this point"));
        return;
      }
      Shape shape = found.get();
      ColumnChange change = op.change();
      if (change instanceof ColumnChange.Add add) {
        ColumnDef column = add.column();
        if (shape.columns.containsKey(column.name())) {
          if (!add.ifNotExists()) {
            anomalies.add(new Anomaly(op.at(), "adds column '" + column.name() + "' to table '" + name
                + "', which already has it"));
          }
          return;
        }
        shape.columns.put(column.name(), column.withReferences(column.references().map(this::resolved), op.at()));
      } else if (change instanceof ColumnChange.Drop drop) {
        if (shape.columns.remove(drop.column()) == null) {
          if (!drop.ifExists()) {
            missing(op, shape, drop.column(), "drops");
          }
          return;
        }
        String table = shape.name.name();
        retarget(fk -> fk.table().equals(table) && fk.column().filter(drop.column()::equals).isPresent() ? null : fk);
      } else if (change instanceof ColumnChange.Rename rename) {
        rename(op, shape, rename);
      } else if (change instanceof ColumnChange.SetType set) {
        update(op, shape, set.column(), "changes the type of", c -> c.withType(set.type(), op.at()));
      } else if (change instanceof ColumnChange.SetNotNull set) {
        update(op, shape, set.column(), "changes the nullability of", c -> c.withNotNull(set.notNull(), op.at()));
      } else if (change instanceof ColumnChange.SetDefault set) {
        update(op, shape, set.column(), "changes the default of", c -> c.withDefault(set.expression(), op.at()));
      } else if (change instanceof ColumnChange.AddPrimaryKey key) {
        key.columns().forEach(column -> update(op, shape, column, "makes a primary key of",
            c -> c.withKeys(true, c.unique(), op.at())));
      } else if (change instanceof ColumnChange.AddUnique unique) {
        if (unique.columns().size() == 1) {
          update(op, shape, unique.columns().get(0), "makes unique",
              c -> c.withKeys(c.primaryKey(), true, op.at()));
        }
      } else if (change instanceof ColumnChange.AddForeignKey key) {
        for (int i = 0; i < key.columns().size(); i++) {
          Optional<String> target = i < key.referenced().size() ? Optional.of(key.referenced().get(i)) : Optional.empty();
          ForeignKey fk = resolved(new ForeignKey(key.table(), target));
          update(op, shape, key.columns().get(i), "adds a foreign key on",
              c -> c.withReferences(Optional.of(fk), op.at()));
        }
      }
    }

    private void rename(ColumnOp op, Shape shape, ColumnChange.Rename rename) {
      if (!shape.columns.containsKey(rename.column())) {
        missing(op, shape, rename.column(), "renames");
        return;
      }
      if (shape.columns.containsKey(rename.newName())) {
        anomalies.add(new Anomaly(op.at(), "renames column '" + rename.column() + "' of table '" + shape.name
            + "' to '" + rename.newName() + "', which already exists"));
      }
      // rebuild in order, so the renamed column keeps its place
      Map<String, ColumnDef> before = new LinkedHashMap<>(shape.columns);
      shape.columns.clear();
      before.forEach((n, c) -> {
        if (n.equals(rename.column())) {
          shape.columns.put(rename.newName(), c.withName(rename.newName(), op.at()));
        } else if (!n.equals(rename.newName())) {
          shape.columns.put(n, c);
        }
      });
      String table = shape.name.name();
      retarget(fk -> fk.table().equals(table) && fk.column().filter(rename.column()::equals).isPresent()
          ? new ForeignKey(table, Optional.of(rename.newName())) : fk);
    }

    private void update(ColumnOp op, Shape shape, String column, String verb, UnaryOperator<ColumnDef> change) {
      ColumnDef current = shape.columns.get(column);
      if (current == null) {
        missing(op, shape, column, verb);
        return;
      }
      shape.columns.put(column, change.apply(current));
    }

    /** A column that is not there; in a table whose columns are not all known, it may well be. */
    private void missing(ColumnOp op, Shape shape, String column, String verb) {
      if (shape.known) {
        anomalies.add(new Anomaly(op.at(), verb + " column '" + column + "' of table '" + shape.name
            + "', which does not exist at this point"));
      }
    }

    /** The foreign key with its column filled in from the target's single primary key column, if known. */
    private ForeignKey resolved(ForeignKey fk) {
      if (fk.column().isPresent()) {
        return fk;
      }
      List<String> keys = tables.get(new QualifiedName(Optional.empty(), fk.table()))
          .map(t -> t.columns.values().stream().filter(ColumnDef::primaryKey).map(ColumnDef::name).toList())
          .orElse(List.of());
      return keys.size() == 1 ? new ForeignKey(fk.table(), Optional.of(keys.get(0))) : fk;
    }

    /** Rewrites every foreign key (null drops it), keeping each column's location. */
    private void retarget(UnaryOperator<ForeignKey> change) {
      for (Shape shape : tables.values()) {
        shape.columns.replaceAll((n, c) -> c.references().isEmpty() ? c
            : c.withReferences(Optional.ofNullable(change.apply(c.references().get())), c.at()));
      }
    }
  }
}
