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
import java.util.HashMap;
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

  /**
   * A column while operations apply. A foreign key points at the slot of the column it references
   * (or at least its table's shape), so that renames move it in constant time and drops cut it.
   */
  private static final class Slot {
    private String name;
    private ColumnDef definition;
    private final long position;
    private boolean dropped;
    private Optional<Shape> targetTable = Optional.empty();
    private Optional<Slot> targetColumn = Optional.empty();

    Slot(ColumnDef definition, long position) {
      this.name = definition.name();
      this.definition = definition;
      this.position = position;
    }

    /** The column as it stands: its name, and its foreign key as the target is now called. */
    ColumnDef column() {
      Optional<ForeignKey> references = definition.references();
      if (targetColumn.isPresent()) {
        Slot target = targetColumn.get();
        references = target.dropped || targetTable.get().dropped ? Optional.empty()
            : Optional.of(new ForeignKey(targetTable.get().name.name(), Optional.of(target.name)));
      } else if (targetTable.isPresent()) {
        references = targetTable.get().dropped ? Optional.empty()
            : references.map(fk -> new ForeignKey(targetTable.get().name.name(), fk.column()));
      }
      return definition.withName(name, definition.at()).withReferences(references, definition.at());
    }
  }

  /** A table while operations apply: its columns by name. */
  private static final class Shape {
    private QualifiedName name;
    private final boolean known;
    private final Map<String, Slot> columns = new HashMap<>();
    /** The primary key columns, so that {@code REFERENCES t} finds its target without a scan. */
    private final List<Slot> keys = new ArrayList<>();
    private boolean dropped;

    Shape(QualifiedName name, boolean known) {
      this.name = name;
      this.known = known;
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
      List<Slot> slots = new ArrayList<>(shape.columns.values());
      slots.sort(Comparator.comparingLong(slot -> slot.position));
      result.add(new Table(shape.name.schema(), shape.name.name(), shape.known,
          slots.stream().map(Slot::column).toList()));
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
    private long positions;

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
            List<Slot> added = new ArrayList<>();
            op.columns().orElse(List.of()).forEach(c -> add(shape, c).ifPresent(added::add));
            // foreign keys once every column is there: a table may reference itself
            added.forEach(this::link);
          }
          break;
        case RENAME:
          tables.remove(name).ifPresent(shape -> {
            QualifiedName renamed = new QualifiedName(shape.name.schema(), op.newName().orElse(op.name()));
            tables.remove(renamed).ifPresent(replaced -> replaced.dropped = true);
            shape.name = renamed;
            tables.put(renamed, shape);
          });
          break;
        case DROP:
          tables.remove(name).ifPresent(shape -> shape.dropped = true);
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
        if (shape.columns.containsKey(add.column().name())) {
          if (!add.ifNotExists()) {
            anomalies.add(new Anomaly(op.at(), "adds column '" + add.column().name() + "' to table '" + name
                + "', which already has it"));
          }
          return;
        }
        add(shape, add.column()).ifPresent(this::link);
      } else if (change instanceof ColumnChange.Drop drop) {
        Slot dropped = shape.columns.remove(drop.column());
        if (dropped == null) {
          if (!drop.ifExists()) {
            missing(op, shape, drop.column(), "drops");
          }
          return;
        }
        dropped.dropped = true;
        shape.keys.remove(dropped);
      } else if (change instanceof ColumnChange.Rename rename) {
        rename(op, shape, rename);
      } else if (change instanceof ColumnChange.SetType set) {
        update(op, shape, set.column(), "changes the type of", c -> c.withType(set.type(), op.at()));
      } else if (change instanceof ColumnChange.SetNotNull set) {
        update(op, shape, set.column(), "changes the nullability of", c -> c.withNotNull(set.notNull(), op.at()));
      } else if (change instanceof ColumnChange.SetDefault set) {
        update(op, shape, set.column(), "changes the default of", c -> c.withDefault(set.expression(), op.at()));
      } else if (change instanceof ColumnChange.AddPrimaryKey key) {
        for (String column : key.columns()) {
          update(op, shape, column, "makes a primary key of", c -> c.withKeys(true, c.unique(), op.at()))
              .filter(slot -> !shape.keys.contains(slot)).ifPresent(shape.keys::add);
        }
      } else if (change instanceof ColumnChange.AddUnique unique) {
        if (unique.columns().size() == 1) {
          update(op, shape, unique.columns().get(0), "makes unique", c -> c.withKeys(c.primaryKey(), true, op.at()));
        }
      } else if (change instanceof ColumnChange.AddForeignKey key) {
        for (int i = 0; i < key.columns().size(); i++) {
          Optional<String> target =
              i < key.referenced().size() ? Optional.of(key.referenced().get(i)) : Optional.empty();
          ForeignKey fk = new ForeignKey(key.table(), target);
          update(op, shape, key.columns().get(i), "adds a foreign key on",
              c -> c.withReferences(Optional.of(fk), op.at())).ifPresent(this::link);
        }
      }
    }

    /** A new column of the shape; empty (and nothing added) when the shape has one of that name. */
    private Optional<Slot> add(Shape shape, ColumnDef column) {
      if (shape.columns.containsKey(column.name())) {
        return Optional.empty();
      }
      Slot slot = new Slot(column, positions++);
      shape.columns.put(column.name(), slot);
      if (column.primaryKey()) {
        shape.keys.add(slot);
      }
      return Optional.of(slot);
    }

    private void rename(ColumnOp op, Shape shape, ColumnChange.Rename rename) {
      Slot slot = shape.columns.remove(rename.column());
      if (slot == null) {
        missing(op, shape, rename.column(), "renames");
        return;
      }
      Slot replaced = shape.columns.put(rename.newName(), slot);
      if (replaced != null) {
        replaced.dropped = true;
        shape.keys.remove(replaced);
        anomalies.add(new Anomaly(op.at(), "renames column '" + rename.column() + "' of table '" + shape.name
            + "' to '" + rename.newName() + "', which already exists"));
      }
      slot.name = rename.newName();
      slot.definition = slot.definition.withName(rename.newName(), op.at());
    }

    private Optional<Slot> update(ColumnOp op, Shape shape, String column, String verb,
        UnaryOperator<ColumnDef> change) {
      Slot slot = shape.columns.get(column);
      if (slot == null) {
        missing(op, shape, column, verb);
        return Optional.empty();
      }
      slot.definition = change.apply(slot.definition);
      return Optional.of(slot);
    }

    /** A column that is not there; in a table whose columns are not all known, it may well be. */
    private void missing(ColumnOp op, Shape shape, String column, String verb) {
      if (shape.known) {
        anomalies.add(new Anomaly(op.at(), verb + " column '" + column + "' of table '" + shape.name
            + "', which does not exist at this point"));
      }
    }

    /**
     * Points the slot's foreign key at the table and column it names as they exist now; a column left
     * out means the table's single primary key column. A target no scan created keeps its written name.
     */
    private void link(Slot slot) {
      Optional<ForeignKey> fk = slot.definition.references();
      slot.targetTable = fk.flatMap(f -> tables.get(new QualifiedName(Optional.empty(), f.table())));
      slot.targetColumn = slot.targetTable.flatMap(table -> fk.get().column().isPresent()
          ? Optional.ofNullable(table.columns.get(fk.get().column().get()))
          : table.keys.size() == 1 ? Optional.of(table.keys.get(0)) : Optional.empty());
    }
  }
}
