package io.truthbook.evidence;

import io.truthbook.evidence.Evidence.ColumnDef;
import java.util.List;
import java.util.Optional;

/** What an {@link Evidence.ColumnOp} does to a table's columns: a closed set of changes. */
public sealed interface ColumnChange {

  /** {@code ADD COLUMN}; with {@code ifNotExists} an existing column is left as it is, silently. */
  record Add(ColumnDef column, boolean ifNotExists) implements ColumnChange {}

  /** {@code DROP COLUMN}; with {@code ifExists} a missing column is no anomaly. */
  record Drop(String column, boolean ifExists) implements ColumnChange {}

  /** {@code RENAME COLUMN column TO newName}. */
  record Rename(String column, String newName) implements ColumnChange {}

  /** {@code ALTER COLUMN column TYPE type}, the type as written. */
  record SetType(String column, String type) implements ColumnChange {}

  /** {@code SET NOT NULL} ({@code notNull}) or {@code DROP NOT NULL}. */
  record SetNotNull(String column, boolean notNull) implements ColumnChange {}

  /** {@code SET DEFAULT expression}, or {@code DROP DEFAULT} when empty. */
  record SetDefault(String column, Optional<String> expression) implements ColumnChange {}

  /** {@code ADD PRIMARY KEY (columns)}. */
  record AddPrimaryKey(List<String> columns) implements ColumnChange {
    public AddPrimaryKey {
      columns = List.copyOf(columns);
    }
  }

  /** {@code ADD UNIQUE (columns)}: one column alone becomes unique, several together do not. */
  record AddUnique(List<String> columns) implements ColumnChange {
    public AddUnique {
      columns = List.copyOf(columns);
    }
  }

  /**
   * {@code ADD FOREIGN KEY (columns) REFERENCES table (referenced)}; {@code referenced} is empty when
   * the migration names the table alone (its primary key).
   */
  record AddForeignKey(List<String> columns, String table, List<String> referenced) implements ColumnChange {
    public AddForeignKey {
      columns = List.copyOf(columns);
      referenced = List.copyOf(referenced);
    }
  }
}
