package io.truthbook.evidence;

import io.truthbook.model.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fact found in the product repository, with the place it was found. */
public sealed interface Evidence
    permits Evidence.MigrationStep, Evidence.Route, Evidence.IngressRoute, Evidence.ServiceSpec, Evidence.CodeOwner {

  Location at();

  /** What a SQL migration (or Alembic op, or schema dump) does to a table. */
  enum TableAction { CREATE, RENAME, DROP }

  /** A table or column operation of a migration, with its place in the apply order. */
  sealed interface MigrationStep extends Evidence permits TableOp, ColumnOp {

    /** Sorts steps across files: the migration version (or Alembic revision), then the position in file. */
    String order();
  }

  /**
   * One table operation. {@code name} is unqualified and unquoted, lower-cased unless it was
   * quoted; {@code schema} is the qualifier if one was written. {@code newName} is set for RENAME.
   * {@code order} sorts operations across files: the migration version, then the position in file.
   * {@code view} marks CREATE VIEW / DROP VIEW (views are not tables, but are reported).
   * {@code columns} are the columns a CREATE TABLE lists, its table constraints folded into them;
   * empty when the statement does not list them (CREATE TABLE ... AS, LIKE, INHERITS, a view, a
   * rename or a drop), so that a table of unknown columns is never judged missing any.
   */
  record TableOp(TableAction action, Optional<String> schema, String name, Optional<String> newName,
      boolean view, String order, Location at, Optional<List<ColumnDef>> columns) implements MigrationStep {
    public TableOp {
      columns = columns.map(List::copyOf);
    }

    /** An operation that lists no columns. */
    public TableOp(TableAction action, Optional<String> schema, String name, Optional<String> newName,
        boolean view, String order, Location at) {
      this(action, schema, name, newName, view, order, at, Optional.empty());
    }
  }

  /**
   * A column as a migration defines it. {@code type} is written as the migration writes it
   * ({@code numeric(14,2)}, {@code DateTime(timezone=True)}); {@code defaultValue} is the SQL default
   * expression as written; {@code at} is where the definition (or the last change to it) was made.
   */
  record ColumnDef(String name, String type, boolean notNull, Optional<String> defaultValue, boolean primaryKey,
      boolean unique, Optional<ForeignKey> references, Location at) {

    public ColumnDef withName(String newName, Location where) {
      return new ColumnDef(newName, type, notNull, defaultValue, primaryKey, unique, references, where);
    }

    public ColumnDef withType(String newType, Location where) {
      return new ColumnDef(name, newType, notNull, defaultValue, primaryKey, unique, references, where);
    }

    public ColumnDef withNotNull(boolean newNotNull, Location where) {
      return new ColumnDef(name, type, newNotNull, defaultValue, primaryKey, unique, references, where);
    }

    public ColumnDef withDefault(Optional<String> newDefault, Location where) {
      return new ColumnDef(name, type, notNull, newDefault, primaryKey, unique, references, where);
    }

    public ColumnDef withKeys(boolean newPrimaryKey, boolean newUnique, Location where) {
      return new ColumnDef(name, type, notNull, defaultValue, newPrimaryKey, newUnique, references, where);
    }

    public ColumnDef withReferences(Optional<ForeignKey> newReferences, Location where) {
      return new ColumnDef(name, type, notNull, defaultValue, primaryKey, unique, newReferences, where);
    }
  }

  /**
   * The target of a foreign key: a table (unqualified) and its column; the column is empty when the
   * migration names only the table ({@code REFERENCES t}), which means its primary key.
   */
  record ForeignKey(String table, Optional<String> column) {

    /** {@code table.column}, or the table alone. */
    @Override
    public String toString() {
      return column.map(c -> table + "." + c).orElse(table);
    }
  }

  /**
   * One change to the columns of an existing table ({@code ALTER TABLE}, {@code op.add_column} and
   * kin); {@code schema} and {@code table} name the table as {@link TableOp} does.
   */
  record ColumnOp(Optional<String> schema, String table, ColumnChange change, String order, Location at)
      implements MigrationStep {}

  /** An HTTP route found in code: method upper-case, full path with prefixes joined, params as {name}. */
  record Route(String method, String path, String framework, Location at) implements Evidence {}

  /**
   * An ingress rule found in proxy config: host ("" when the server has no name / catch-all), path,
   * match kind (prefix | exact | regex), and the upstream service name as best resolved.
   */
  record IngressRoute(String host, String path, String match, String upstream, String source, Location at)
      implements Evidence {}

  /**
   * A service found in compose or Kubernetes: name, the container ports it listens on, GPU count
   * requested, volumes as "source:target" (host path or named volume), node selector hints. {@code gpusAt}
   * is where the GPUs are requested (a {@code nvidia.com/gpu} line), {@code at} where the service is named,
   * {@code portsAt} where a port was found elsewhere than at the name (a Kubernetes Service's target port).
   */
  record ServiceSpec(String name, List<Integer> ports, int gpus, List<String> volumes,
      Optional<String> nodeHint, String source, Location at, Location gpusAt, Map<Integer, Location> portsAt)
      implements Evidence {
    public ServiceSpec {
      ports = List.copyOf(ports);
      volumes = List.copyOf(volumes);
      portsAt = Map.copyOf(portsAt);
    }

    /** A service whose ports are all found where it is named. */
    public ServiceSpec(String name, List<Integer> ports, int gpus, List<String> volumes, Optional<String> nodeHint,
        String source, Location at, Location gpusAt) {
      this(name, ports, gpus, volumes, nodeHint, source, at, gpusAt, Map.of());
    }

    /** A service whose GPU request has no line of its own. */
    public ServiceSpec(String name, List<Integer> ports, int gpus, List<String> volumes, Optional<String> nodeHint,
        String source, Location at) {
      this(name, ports, gpus, volumes, nodeHint, source, at, at);
    }

    /** Where {@code port} was found: its own line if it has one, else where the service is named. */
    public Location portAt(int port) {
      return portsAt.getOrDefault(port, at);
    }
  }

  /** A CODEOWNERS line: a path pattern and its owners (handles as written, e.g. "@ben"). */
  record CodeOwner(String pattern, List<String> owners, Location at) implements Evidence {
    public CodeOwner {
      owners = List.copyOf(owners);
    }
  }
}
